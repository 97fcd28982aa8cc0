import { completeCheck, markReportSent, nextAllowedCheckIntents, occurrenceKey, skipCheck, startCheck } from '../../src/domain/monitoring-check';
import type { CheckOutcome, MonitoringCheck } from '../../src/domain/monitoring-check';
import { completion, ctx, d, done, inProgress, OWNER, reported, scheduled, skipped } from './monitoring-builders';
import { thrownDomainError } from './thrown-domain-error';

const at = '2026-03-10T15:00:00.000Z';

describe('monitoring check lifecycle', () => {
  it('keys an occurrence by item and due date', () => {
    expect(occurrenceKey('item-1', d('2026-03-10'))).toBe('item-1@2026-03-10');
  });

  describe('given a scheduled check', () => {
    const check = scheduled();

    it('when started, then it is in progress since now', () => {
      const { check: started, history } = startCheck(check, ctx({ at, by: OWNER }));
      expect(started).toEqual({ ...check, status: 'in_progress', startedAt: at });
      expect(history).toEqual({ at, by: OWNER, from: 'scheduled', to: 'in_progress', intent: 'start', note: null });
    });

    it('when skipped with a reason, then it is skipped and the reason is recorded', () => {
      const { check: result, history } = skipCheck(check, ' System decommissioned ', ctx({ at }));
      expect(result).toMatchObject({ status: 'skipped', startedAt: null, skippedAt: at, skipReason: 'System decommissioned' });
      expect(history).toMatchObject({ from: 'scheduled', to: 'skipped', intent: 'skip', note: 'System decommissioned' });
    });

    it('when skipped without a reason, then it is refused', () => {
      thrownDomainError('INVALID_INPUT', () => skipCheck(check, '', ctx()));
    });
  });

  describe('given a check in progress', () => {
    const check = inProgress();

    it.each<[CheckOutcome, string]>([
      ['conforming', ''],
      ['nonconforming', 'Admin login from unknown IP not investigated'],
      ['partially_conforming', 'Two of 31 daily reviews missing'],
      ['not_applicable', ''],
    ])('when completed as %s, then it is done with that outcome and an unsent report', (outcome, findingsSummary) => {
      const { check: result, history } = completeCheck(check, completion({ outcome, findingsSummary }), ctx({ at, by: OWNER }));
      expect(result).toMatchObject({ status: 'done', outcome, completedOn: '2026-03-10', completedBy: OWNER, reportSentOn: null, startedAt: check.startedAt });
      expect(result.report.findingsSummary).toBe(findingsSummary);
      expect(history).toMatchObject({ from: 'in_progress', to: 'done', intent: 'complete', note: outcome });
    });

    it.each<CheckOutcome>(['nonconforming', 'partially_conforming'])('when completed as %s without saying what was found, then it is refused', (outcome) => {
      const error = thrownDomainError('INVALID_INPUT', () => completeCheck(check, completion({ outcome, findingsSummary: ' ' }), ctx()));
      expect(error.message).toBe(`findingsSummary must describe what was found when the outcome is ${outcome}`);
    });

    it('when skipped, then it remembers when work had started', () => {
      expect(skipCheck(check, 'Auditor unavailable; covered by next month', ctx()).check).toMatchObject({ status: 'skipped', startedAt: check.startedAt });
    });
  });

  describe('given a done check', () => {
    const check = done({ completedOn: d('2026-03-10') });

    it('when its report is sent, then the sending date is recorded', () => {
      const { check: result, history } = markReportSent(check, d('2026-03-12'), ctx({ at }));
      expect(result).toEqual({ ...check, reportSentOn: '2026-03-12' });
      expect(history).toMatchObject({ from: 'done', to: 'done', intent: 'markReportSent', note: 'report sent on 2026-03-12' });
    });

    it('when its report is dated before the measurement, then it is refused', () => {
      thrownDomainError('INVALID_INPUT', () => markReportSent(check, d('2026-03-09'), ctx()));
    });

    it('when its report is sent twice, then the second time is refused', () => {
      const error = thrownDomainError('ILLEGAL_TRANSITION', () => markReportSent(reported('2026-03-12'), d('2026-03-13'), ctx()));
      expect(error.message).toBe('cannot "markReportSent" a monitoring check whose report was already sent on 2026-03-12');
    });
  });

  it.each<[string, MonitoringCheck, (check: MonitoringCheck) => unknown, string]>([
    ['start a done check', done(), (check) => startCheck(check, ctx()), 'cannot "start" a monitoring check in status "done": it moves a check from "scheduled" to "in_progress"'],
    ['start a check twice', inProgress(), (check) => startCheck(check, ctx()), 'cannot "start" a monitoring check in status "in_progress": it moves a check from "scheduled" to "in_progress"'],
    ['complete a scheduled check', scheduled(), (check) => completeCheck(check, completion(), ctx()), 'cannot "complete" a monitoring check in status "scheduled": it moves a check from "in_progress" to "done"'],
    ['complete a skipped check', skipped(), (check) => completeCheck(check, completion(), ctx()), 'cannot "complete" a monitoring check in status "skipped": it moves a check from "in_progress" to "done"'],
    ['skip a done check', done(), (check) => skipCheck(check, 'late', ctx()), 'cannot "skip" a monitoring check in status "done": it moves a check from "scheduled" or "in_progress" to "skipped"'],
    ['send the report of an open check', inProgress(), (check) => markReportSent(check, d('2026-03-12'), ctx()), 'cannot "markReportSent" a monitoring check in status "in_progress": it moves a check from "done" to "done"'],
  ])('refuses to %s with ILLEGAL_TRANSITION naming both states', (_name, check, transition, message) => {
    const error = thrownDomainError('ILLEGAL_TRANSITION', () => transition(check));
    expect(error.message).toBe(message);
    expect(error.details).toMatchObject({ checkId: check.id, from: check.status });
  });

  it.each<[string, MonitoringCheck, string[]]>([
    ['scheduled', scheduled(), ['start', 'skip']],
    ['in progress', inProgress(), ['complete', 'skip']],
    ['done, report unsent', done(), ['markReportSent']],
    ['done, report sent', reported('2026-03-11'), []],
    ['skipped', skipped(), []],
  ])('offers the intents a %s check allows', (_name, check, intents) => {
    expect(nextAllowedCheckIntents(check)).toEqual(intents);
  });
});
