import { standardAuditAreas } from '../../../src/domain/audit-programme/audit-area';
import { planProgramme, type PlanProgrammeInput } from '../../../src/domain/audit-programme/plan-programme';
import { applicableControlIds, everyControlApplicable } from '../../../src/domain/audit-programme/statement-of-applicability';
import { uncoveredInCycle } from '../../../src/domain/audit-programme/uncovered-in-cycle';
import type { AnnexAControlId } from '../../../src/domain/iso-catalogue/catalogue';
import { thrownDomainError } from '../thrown-domain-error';
import { ym } from './audit-builders';

const ALL_CONTROLS = applicableControlIds(everyControlApplicable());
/** A fully remote organisation: no offices, so the physical controls are excluded in its SoA. */
const REMOTE_ORG = ALL_CONTROLS.filter((id) => !id.startsWith('A.7.'));

function input(overrides: Partial<PlanProgrammeInput> = {}): PlanProgrammeInput {
  return { programmeId: 'AP-2026', cycleStart: ym('2026-01'), applicableControls: ALL_CONTROLS, maxItemsPerMonth: 2, ...overrides };
}

function monthOfArea(result: ReturnType<typeof planProgramme>, areaId: string, visit: 1 | 2 = 1): string | undefined {
  return result.placements.find((p) => p.areaId === areaId && p.visit === visit)?.month;
}

describe('planProgramme', () => {
  describe('given a 12-month cycle and every control applicable', () => {
    const result = planProgramme(input());

    it('then every clause 4–10 and every control is covered', () => {
      expect(uncoveredInCycle(result.programme)).toEqual({ clauses: [], controls: [] });
    });

    it('then there is one audit per area (7 clauses + 14 control sets), each in the cycle', () => {
      expect(result.programme.audits).toHaveLength(21);
      expect(new Set(result.programme.audits.map((audit) => audit.month)).size).toBe(12);
      expect(result.programme.audits.every((audit) => audit.month >= '2026-01' && audit.month <= '2026-12')).toBe(true);
    });

    it('then it is "little and often": no month holds more than ceil(21 / 12) = 2 audits', () => {
      const perMonth = new Map<string, number>();
      for (const audit of result.programme.audits) perMonth.set(audit.month, (perMonth.get(audit.month) ?? 0) + 1);
      expect(Math.max(...perMonth.values())).toBe(2);
    });

    it('then with equal weights the standard order holds: clause 4 first, the last control set last', () => {
      expect(result.programme.audits[0]).toMatchObject({ id: 'AP-2026-clause-4-1', month: '2026-01', scope: ['4'], status: 'planned', leadAuditor: null });
      expect(result.programme.audits.at(-1)).toMatchObject({ id: 'AP-2026-annex-a-secure-development-1', month: '2026-12' });
    });

    it('then the plan is deterministic', () => {
      expect(planProgramme(input())).toEqual(result);
    });
  });

  it('given a SoA excluding the physical controls, then the physical set is not planned and nothing applicable is uncovered', () => {
    const result = planProgramme(input({ applicableControls: REMOTE_ORG }));
    expect(result.placements.map((p) => p.areaId)).not.toContain('annex-a-physical');
    expect(result.programme.audits.flatMap((audit) => audit.scope).filter((id) => id.startsWith('A.7.'))).toEqual([]);
    expect(uncoveredInCycle(result.programme)).toEqual({ clauses: [], controls: [] });
  });

  describe('weights pull high-risk areas earlier', () => {
    it.each<[string, string, string, Partial<PlanProgrammeInput>]>([
      ['an importance of 5 on access control', '2026-01', 'annex-a-access-control', { importanceWeights: { 'annex-a-access-control': 5 } }],
      [
        'importances 5, 4 and 3 on access control, incidents and suppliers (third of 2 a month)',
        '2026-02',
        'annex-a-suppliers-cloud',
        { importanceWeights: { 'annex-a-access-control': 5, 'annex-a-incident-management': 4, 'annex-a-suppliers-cloud': 3 } },
      ],
      ['two nonconformities last cycle in incident management', '2026-01', 'annex-a-incident-management', { previousNonconformities: { 'annex-a-incident-management': 2 } }],
      ['importance 2 on clause 9 and on clause 10 (ties keep the standard order)', '2026-01', 'clause-9', { importanceWeights: { 'clause-9': 2, 'clause-10': 2 } }],
      ['importance 2 on clause 9 and on clause 10 (ties keep the standard order)', '2026-01', 'clause-10', { importanceWeights: { 'clause-9': 2, 'clause-10': 2 } }],
    ])('given %s, then its first audit moves to %s (%s)', (_, month, areaId, overrides) => {
      const baseline = monthOfArea(planProgramme(input()), areaId) ?? '';
      const weighted = monthOfArea(planProgramme(input(overrides)), areaId) ?? '';
      expect(weighted).toBe(month);
      expect(weighted < baseline).toBe(true);
    });

    it('given previous nonconformities, then the area is audited twice, the follow-up later in the cycle', () => {
      const result = planProgramme(input({ previousNonconformities: { 'annex-a-access-control': 3, 'clause-8': 1 } }));
      const accessFollowUp = result.programme.audits.find((audit) => audit.id === 'AP-2026-annex-a-access-control-2');
      expect(accessFollowUp?.title).toBe('Follow-up internal audit: Access control and identity management (A.5.15–A.5.18)');
      expect(accessFollowUp?.objectives).toContain('corrective actions were effective (10.2)');
      expect(monthOfArea(result, 'annex-a-access-control', 1)).toBe('2026-01');
      expect(monthOfArea(result, 'annex-a-access-control', 2)).toBe('2026-11');
      expect(monthOfArea(result, 'clause-8', 2)).toBe('2026-12');
      expect(result.programme.audits).toHaveLength(23);
    });

    it('given more troubled areas than free slots, then only the highest-priority ones get a follow-up', () => {
      const previousNonconformities = { 'clause-4': 1, 'clause-5': 1, 'clause-6': 3, 'clause-7': 1, 'clause-8': 2 };
      const result = planProgramme(input({ previousNonconformities }));
      expect(result.placements.filter((p) => p.visit === 2).map((p) => p.areaId)).toEqual(['clause-6', 'clause-8', 'clause-4']);
    });
  });

  it('given a 6-month cycle with 4 audits a month, then every area fits and months stay evenly loaded', () => {
    const result = planProgramme(input({ months: 6, maxItemsPerMonth: 4 }));
    const counts = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'].map((m) => result.programme.audits.filter((a) => a.month === m).length);
    expect(counts).toEqual([4, 3, 4, 3, 4, 3]);
    expect(uncoveredInCycle(result.programme)).toEqual({ clauses: [], controls: [] });
  });

  it('given custom areas, then they are planned instead of the standard ones', () => {
    const areas = [
      { id: 'isms-core', title: 'ISMS core', scope: ['4', '5', '6', '7', '8', '9', '10'] as const },
      ...standardAuditAreas(ALL_CONTROLS).filter((area) => area.id.startsWith('annex-a-')),
    ];
    const result = planProgramme(input({ areas }));
    expect(result.programme.audits).toHaveLength(15);
    expect(uncoveredInCycle(result.programme)).toEqual({ clauses: [], controls: [] });
  });

  describe('refuses input it cannot plan, naming the field', () => {
    it.each<[string, Partial<PlanProgrammeInput>, string]>([
      ['too few slots', { maxItemsPerMonth: 1 }, 'maxItemsPerMonth of 1 gives 12 audits in 12 months, too few for 21 areas; use at least 2'],
      ['zero audits a month', { maxItemsPerMonth: 0 }, 'maxItemsPerMonth must be a whole number of 1 or more'],
      ['an unknown area', { importanceWeights: { 'annex-a-typo': 2 } }, 'importanceWeights names unknown area "annex-a-typo"'],
      ['a zero weight', { importanceWeights: { 'clause-4': 0 } }, 'importanceWeights for "clause-4" must be a number above 0, got 0'],
      ['a negative count', { previousNonconformities: { 'clause-4': -1 } }, 'previousNonconformities for "clause-4" must be a whole number of 0 or more, got -1'],
      ['a 40-month cycle', { months: 40 }, 'cycle.months must be a whole number from 1 to 36, got 40'],
    ])('%s', (_, overrides, message) => {
      expect(thrownDomainError('INVALID_INPUT', () => planProgramme(input(overrides))).message).toBe(message);
    });
  });

  it('lists applicable controls once, in the standard order', () => {
    const controls: AnnexAControlId[] = ['A.8.1', 'A.5.10', 'A.5.2', 'A.5.2'];
    expect(planProgramme(input({ applicableControls: controls, maxItemsPerMonth: 1 })).programme.applicableControls).toEqual(['A.5.2', 'A.5.10', 'A.8.1']);
  });
});
