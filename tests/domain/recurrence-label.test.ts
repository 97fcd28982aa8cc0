import type { Recurrence, RecurrenceEnd, RecurrenceRule } from '../../src/domain/recurrence';
import { describeRecurrence } from '../../src/domain/recurrence-label';
import { d } from './monitoring-builders';

const rec = (rule: RecurrenceRule, ends: RecurrenceEnd = { kind: 'never' }): Recurrence => ({ startsOn: d('2026-01-05'), rule, ends });

describe('describeRecurrence', () => {
  it.each<[string, Recurrence]>([
    ['Daily from 2026-01-05', rec({ frequency: 'daily', interval: 1 })],
    ['Every 3 days from 2026-01-05', rec({ frequency: 'daily', interval: 3 })],
    ['Every 2 weeks on Mon, Thu from 2026-01-05, 10 times', rec({ frequency: 'weekly', interval: 2, weekdays: [4, 1] }, { kind: 'after_count', count: 10 })],
    ['Monthly on the 2nd Tuesday of the month from 2026-01-05', rec({ frequency: 'monthly', interval: 1, on: { kind: 'weekday_of_month', week: 2, weekday: 2 } })],
    ['Monthly on the last Friday of the month from 2026-01-05', rec({ frequency: 'monthly', interval: 1, on: { kind: 'weekday_of_month', week: 'last', weekday: 5 } })],
    ['Quarterly on day 31 (or the last day of shorter months) from 2026-01-05', rec({ frequency: 'quarterly', interval: 1, on: { kind: 'day_of_month', day: 31 } })],
    ['Semi-annually on day 15 from 2026-01-05 until 2027-12-31', rec({ frequency: 'semi_annual', interval: 1, on: { kind: 'day_of_month', day: 15 } }, { kind: 'on_date', until: d('2027-12-31') })],
    ['Every 2 years on 5 January from 2026-01-05, once', rec({ frequency: 'annual', interval: 2, on: { kind: 'day_of_month', day: 5 } }, { kind: 'after_count', count: 1 })],
    ['Annually on the last Monday of January from 2026-01-05', rec({ frequency: 'annual', interval: 1, on: { kind: 'weekday_of_month', week: 'last', weekday: 1 } })],
  ])('%s', (label, recurrence) => {
    expect(describeRecurrence(recurrence)).toBe(label);
  });
});
