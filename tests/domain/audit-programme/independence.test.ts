import { independenceConflicts, type OwnershipByAccount } from '../../../src/domain/audit-programme/independence';
import { ownershipWithMonitoringItems } from '../../../src/domain/audit-programme/ownership-from-monitoring-items';
import { retireMonitoringItem } from '../../../src/domain/monitoring-item';
import { activeItem } from '../monitoring-builders';
import { AUDITOR, cancelledAudit, ctx, d, LEAD, ownership, plannedAudit } from './audit-builders';

describe('independenceConflicts', () => {
  describe('given an audit of A.5.15 and A.5.18 led by LEAD with AUDITOR', () => {
    const audit = plannedAudit({ scope: ['A.5.15', 'A.5.18'], processes: ['Joiners, movers and leavers'] });

    it('when the auditor owns A.5.15, then the auditor is flagged with a reason', () => {
      const conflicts = independenceConflicts([audit], { [AUDITOR]: ownership({ catalogueIds: ['A.5.15'] }) });
      expect(conflicts).toEqual([
        {
          auditId: 'IA-2026-03',
          accountId: AUDITOR,
          role: 'auditor',
          basis: 'owns_requirement',
          subject: 'A.5.15',
          reason: 'Auditor acc-auditor-2 owns A.5.15 Access control, which audit "Internal audit: access control" (2026-03) covers',
        },
      ]);
    });

    it.each<[string, OwnershipByAccount, readonly string[]]>([
      ['nobody owns anything audited', { [LEAD]: ownership({ catalogueIds: ['A.8.13'] }), [AUDITOR]: ownership({ processes: ['Backup'] }) }, []],
      ['the lead owns clause 9, which is not audited', { [LEAD]: ownership({ catalogueIds: ['9'] }) }, []],
      ['an owner who is not on the team owns A.5.15', { 'acc-someone-else': ownership({ catalogueIds: ['A.5.15'] }) }, []],
      ['the lead owns the audited process (in any letter case)', { [LEAD]: ownership({ processes: ['joiners, movers and leavers '] }) }, [`${LEAD}:owns_process`]],
      ['the lead owns A.5.15 and A.5.18', { [LEAD]: ownership({ catalogueIds: ['A.5.15', 'A.5.18'] }) }, [`${LEAD}:owns_requirement`, `${LEAD}:owns_requirement`]],
      [
        'both own something audited',
        { [LEAD]: ownership({ catalogueIds: ['A.5.18'] }), [AUDITOR]: ownership({ catalogueIds: ['A.5.15'] }) },
        [`${LEAD}:owns_requirement`, `${AUDITOR}:owns_requirement`],
      ],
    ])('when %s, then the conflicts are %j', (_, owners, expected) => {
      expect(independenceConflicts([audit], owners).map((c) => `${c.accountId}:${c.basis}`)).toEqual(expected);
    });

    it('when the lead is responsible for a monitoring item on A.5.18, then the lead is flagged for that item', () => {
      const owners = { [LEAD]: ownership({ monitoringItems: [{ id: 'MI-7', title: 'Quarterly access review', entity: 'Okta', covers: ['A.5.18'], responsibility: 'performs' }] }) };
      expect(independenceConflicts([audit], owners)).toEqual([
        expect.objectContaining({
          accountId: LEAD,
          role: 'lead_auditor',
          basis: 'responsible_for_monitoring_item',
          subject: 'MI-7',
          reason: 'Lead auditor acc-lead-1 is responsible for monitoring item "Quarterly access review", which monitors A.5.18 Access rights in the scope of audit "Internal audit: access control" (2026-03)',
        }),
      ]);
    });
  });

  it('given an audit of clause 9, when the auditor owns 9.2.2, then the nesting counts as a conflict', () => {
    const audit = plannedAudit({ scope: ['9'] });
    const [conflict] = independenceConflicts([audit], { [AUDITOR]: ownership({ catalogueIds: ['9.2.2'] }) });
    expect(conflict?.subject).toBe('9.2.2');
  });

  it('given an audit of 9.2.1, when the auditor owns clause 9 as a whole, then it is a conflict naming the shared requirement', () => {
    const audit = plannedAudit({ scope: ['9.2.1'] });
    const [conflict] = independenceConflicts([audit], { [AUDITOR]: ownership({ catalogueIds: ['9'] }) });
    expect(conflict?.reason).toContain('owns 9 Performance evaluation, which audit "Internal audit: access control" (2026-03) covers (9.2.1)');
  });

  it('given a cancelled audit, then nobody conflicts', () => {
    expect(independenceConflicts([cancelledAudit()], { [AUDITOR]: ownership({ catalogueIds: ['A.5.15'] }) })).toEqual([]);
  });

  describe('ownership from the monitoring matrix', () => {
    const item = activeItem({ id: 'MI-1', title: 'Review firewall logs', covers: ['A.8.15', 'A.8.16'], responsibleAccountId: AUDITOR, analysis: { analystAccountId: LEAD, withinWorkingDays: 2 } });
    const audit = plannedAudit({ scope: ['A.8.16'] });

    it('when the performer and the analyst of an item audit what it monitors, then both are flagged', () => {
      const owners = ownershipWithMonitoringItems({ [LEAD]: { catalogueIds: [], processes: [] } }, [item]);
      const conflicts = independenceConflicts([audit], owners);
      expect(conflicts.map((c) => [c.accountId, c.reason.split(' monitoring item')[0]])).toEqual([
        [LEAD, 'Lead auditor acc-lead-1 evaluates the results of'],
        [AUDITOR, 'Auditor acc-auditor-2 is responsible for'],
      ]);
    });

    it('when the item is retired, then it no longer makes anyone responsible', () => {
      const retired = retireMonitoringItem(item, { retiredOn: d('2026-02-01'), reason: 'Replaced by SIEM rule' }, ctx()).item;
      expect(independenceConflicts([audit], ownershipWithMonitoringItems({}, [retired]))).toEqual([]);
    });
  });
});
