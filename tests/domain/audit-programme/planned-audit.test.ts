import { planAudit } from '../../../src/domain/audit-programme/plan-audit';
import { assignAuditors, cancelAudit, reportAudit, rescheduleAudit, startAudit } from '../../../src/domain/audit-programme/planned-audit-transitions';
import { thrownDomainError } from '../thrown-domain-error';
import { AUDITOR, cancelledAudit, ctx, d, inProgressAudit, LEAD, planInput, plannedAudit, reportedAudit, ym } from './audit-builders';

const at = '2026-03-09T08:00:00.000Z';

describe('planned audit lifecycle', () => {
  describe('when an audit is planned', () => {
    it('then it is planned with its scope in the standard order and a "plan" history entry', () => {
      const { audit, history } = planAudit(planInput({ scope: ['A.5.18', '9.2', 'A.5.15'] }), ctx());
      expect(audit).toMatchObject({ status: 'planned', month: '2026-03', scope: ['9.2', 'A.5.15', 'A.5.18'], processes: [], leadAuditor: LEAD });
      expect(history).toEqual({ at: '2026-01-05T09:00:00.000Z', by: 'acc-mr-1', from: null, to: 'planned', intent: 'plan', note: null });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['an empty scope', { scope: [] }, 'scope must name at least one clause or control'],
      ['an unknown control', { scope: ['A.9.9'] }, 'catalogue id "A.9.9" must be an ISO/IEC 27001:2022 clause id'],
      ['a bad month', { month: '2026-13' }, 'month must be a calendar month in the form YYYY-MM'],
      ['a lead outside the team', { auditors: [AUDITOR], leadAuditor: LEAD }, 'leadAuditor must be one of the auditors'],
      ['a blank objective', { objectives: '  ' }, 'objectives must not be empty'],
      ['a repeated auditor', { auditors: [LEAD, LEAD] }, 'auditors must not repeat an account'],
    ])('with %s, then it is refused with a message naming the field', (_, overrides, message) => {
      const error = thrownDomainError('INVALID_INPUT', () => planAudit({ ...planInput(), ...overrides }, ctx()));
      expect(error.message).toContain(message);
    });
  });

  describe('given a planned audit without a team', () => {
    const audit = plannedAudit({ auditors: [], leadAuditor: null });

    it('when started, then it is refused: an audit needs a lead auditor', () => {
      thrownDomainError('ILLEGAL_TRANSITION', () => startAudit(audit, d('2026-03-09'), ctx()));
    });

    it('when auditors are assigned, then it stays planned with the team and lead', () => {
      const { audit: next, history } = assignAuditors(audit, { auditors: [LEAD, AUDITOR], leadAuditor: LEAD }, ctx());
      expect(next).toMatchObject({ status: 'planned', auditors: [LEAD, AUDITOR], leadAuditor: LEAD });
      expect(history).toMatchObject({ from: 'planned', to: 'planned', intent: 'assignAuditors' });
    });
  });

  describe('given a planned audit with a team', () => {
    const audit = plannedAudit();

    it('when rescheduled, then the month moves and the history says from where', () => {
      const { audit: next, history } = rescheduleAudit(audit, ym('2026-05'), ctx());
      expect(next.month).toBe('2026-05');
      expect(history.note).toBe('moved from 2026-03 to 2026-05');
    });

    it('when started, then it is in progress from that day', () => {
      const { audit: next, history } = startAudit(audit, d('2026-03-09'), ctx({ at, by: LEAD }));
      expect(next).toMatchObject({ status: 'in_progress', startedOn: '2026-03-09', leadAuditor: LEAD });
      expect(history).toEqual({ at, by: LEAD, from: 'planned', to: 'in_progress', intent: 'start', note: null });
    });

    it('when reported, then it is refused: fieldwork has not started', () => {
      thrownDomainError('ILLEGAL_TRANSITION', () => reportAudit(audit, { reportedOn: d('2026-03-20'), reportRef: 'r' }, ctx()));
    });

    it('when cancelled without a reason, then it is refused', () => {
      const error = thrownDomainError('INVALID_INPUT', () => cancelAudit(audit, { cancelledOn: d('2026-02-01'), reason: ' ' }, ctx()));
      expect(error.message).toBe('reason is required');
    });
  });

  describe('given an audit in progress', () => {
    const audit = inProgressAudit();

    it('when reported, then it is reported with the report reference', () => {
      const { audit: next, history } = reportAudit(audit, { reportedOn: d('2026-03-20'), reportRef: 'audit-report/IA-2026-03@v1' }, ctx({ by: LEAD }));
      expect(next).toMatchObject({ status: 'reported', startedOn: '2026-03-09', reportedOn: '2026-03-20', reportRef: 'audit-report/IA-2026-03@v1' });
      expect(history).toMatchObject({ from: 'in_progress', to: 'reported', intent: 'report' });
    });

    it('when reported with a conclusion, then the trimmed conclusion is kept; a blank one is left out', () => {
      const withConclusion = reportAudit(audit, { reportedOn: d('2026-03-20'), reportRef: 'r', conclusion: ' Conforms, with one minor NC. ' }, ctx()).audit;
      expect(withConclusion).toMatchObject({ conclusion: 'Conforms, with one minor NC.' });
      expect(reportAudit(audit, { reportedOn: d('2026-03-20'), reportRef: 'r', conclusion: '  ' }, ctx()).audit).not.toHaveProperty('conclusion');
    });

    it('when reported before it started, then it is refused', () => {
      thrownDomainError('INVALID_INPUT', () => reportAudit(audit, { reportedOn: d('2026-03-08'), reportRef: 'r' }, ctx()));
    });

    it('when cancelled, then the reason is the history note', () => {
      const { audit: next, history } = cancelAudit(audit, { cancelledOn: d('2026-03-10'), reason: 'Auditee on leave' }, ctx());
      expect(next).toMatchObject({ status: 'cancelled', reason: 'Auditee on leave' });
      expect(history).toMatchObject({ from: 'in_progress', to: 'cancelled', intent: 'cancel', note: 'Auditee on leave' });
    });

    it('when rescheduled, then it is refused', () => {
      thrownDomainError('ILLEGAL_TRANSITION', () => rescheduleAudit(audit, ym('2026-04'), ctx()));
    });
  });

  describe.each([
    ['reported', reportedAudit()],
    ['cancelled', cancelledAudit()],
  ])('given a %s audit', (_, audit) => {
    it.each([
      ['start', () => startAudit(audit, d('2026-04-01'), ctx())],
      ['cancel', () => cancelAudit(audit, { cancelledOn: d('2026-04-01'), reason: 'x' }, ctx())],
      ['assign auditors', () => assignAuditors(audit, { auditors: [LEAD], leadAuditor: LEAD }, ctx())],
    ])('when asked to %s, then it is an illegal transition', (_, run) => {
      const error = thrownDomainError('ILLEGAL_TRANSITION', run);
      expect(error.details).toMatchObject({ auditId: 'IA-2026-03', from: audit.status });
    });
  });
});
