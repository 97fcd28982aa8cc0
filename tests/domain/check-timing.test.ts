import { checkTiming } from '../../src/domain/check-timing';
import type { CheckTiming } from '../../src/domain/check-timing';
import { calendar, d, done, inProgress, reported, scheduled, skipped } from './monitoring-builders';

const nl = calendar();

describe('checkTiming', () => {
  describe('an open check due Tue 2026-03-10 with 5 days lead time (report due 3 working days later, Fri 03-13)', () => {
    it.each<[string, CheckTiming]>([
      ['2026-03-04', { dueSoon: false, overdue: false, daysLate: 0, reportDueOn: d('2026-03-13'), reportLate: false }],
      ['2026-03-05', { dueSoon: true, overdue: false, daysLate: 0, reportDueOn: d('2026-03-13'), reportLate: false }],
      ['2026-03-10', { dueSoon: true, overdue: false, daysLate: 0, reportDueOn: d('2026-03-13'), reportLate: false }],
      ['2026-03-11', { dueSoon: false, overdue: true, daysLate: 1, reportDueOn: d('2026-03-13'), reportLate: false }],
      ['2026-03-13', { dueSoon: false, overdue: true, daysLate: 3, reportDueOn: d('2026-03-13'), reportLate: false }],
      ['2026-03-16', { dueSoon: false, overdue: true, daysLate: 6, reportDueOn: d('2026-03-13'), reportLate: true }],
    ])('on %s', (today, expected) => {
      expect(checkTiming(scheduled({ dueOn: d('2026-03-10'), leadTimeDays: 5 }), d(today), nl)).toEqual(expected);
      expect(checkTiming(inProgress({ dueOn: d('2026-03-10'), leadTimeDays: 5 }), d(today), nl)).toEqual(expected);
    });

    it('with no lead time is due soon only on its due date', () => {
      const check = scheduled({ dueOn: d('2026-03-10'), leadTimeDays: 0 });
      expect([checkTiming(check, d('2026-03-09'), nl).dueSoon, checkTiming(check, d('2026-03-10'), nl).dueSoon]).toEqual([false, true]);
    });
  });

  describe('a done check due 2026-03-10: the report deadline counts from the completion date', () => {
    it.each<[string, () => ReturnType<typeof done>, string, Partial<CheckTiming>]>([
      ['completed on time, report sent on the deadline', () => reported('2026-03-13', { completedOn: d('2026-03-10') }), '2026-03-20', { daysLate: 0, reportDueOn: d('2026-03-13'), reportLate: false }],
      ['report sent a working day late', () => reported('2026-03-16', { completedOn: d('2026-03-10') }), '2026-03-20', { reportDueOn: d('2026-03-13'), reportLate: true }],
      ['report unsent, deadline passed', () => done({ completedOn: d('2026-03-10') }), '2026-03-16', { reportDueOn: d('2026-03-13'), reportLate: true }],
      ['report unsent, deadline not yet passed', () => done({ completedOn: d('2026-03-10') }), '2026-03-13', { reportLate: false }],
      ['completed 2 days late, so the report is due later', () => done({ completedOn: d('2026-03-12') }), '2026-03-16', { daysLate: 2, reportDueOn: d('2026-03-17'), reportLate: false }],
      ['completed early, so the report is due earlier', () => done({ completedOn: d('2026-03-06') }), '2026-03-12', { daysLate: 0, reportDueOn: d('2026-03-11'), reportLate: true }],
      ['measured before Easter', () => done({ dueOn: d('2026-04-02'), completedOn: d('2026-04-02') }), '2026-04-09', { reportDueOn: d('2026-04-09'), reportLate: false }],
    ])('%s', (_name, build, today, expected) => {
      const timing = checkTiming(build(), d(today), nl);
      expect(timing).toMatchObject({ dueSoon: false, overdue: false, ...expected });
    });

    it('uses a configured number of working days', () => {
      expect(checkTiming(done({ completedOn: d('2026-03-10') }), d('2026-03-10'), nl, 5).reportDueOn).toBe('2026-03-17');
    });
  });

  it('a skipped check is never late and owes no report', () => {
    expect(checkTiming(skipped({ dueOn: d('2026-03-10') }), d('2026-06-01'), nl)).toEqual({
      dueSoon: false,
      overdue: false,
      daysLate: 0,
      reportDueOn: null,
      reportLate: false,
    });
  });
});
