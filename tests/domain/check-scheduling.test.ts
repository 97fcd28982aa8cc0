import fc from 'fast-check';
import { checksToSchedule, scheduleCheck } from '../../src/domain/check-scheduling';
import { addDays, daysBetween } from '../../src/domain/local-date';
import { retireMonitoringItem } from '../../src/domain/monitoring-item';
import type { MonitoringItem } from '../../src/domain/monitoring-item';
import { occurrencesBetween } from '../../src/domain/recurrence';
import type { RecurrenceRule } from '../../src/domain/recurrence';
import { activeItem, ctx, d, draftItem, OWNER, plannedCheck, recurrence } from './monitoring-builders';

const NONE = new Set<string>();
const daily = recurrence({ frequency: 'daily', interval: 1 }, '2025-01-01');
const keysOf = (items: readonly MonitoringItem[], today: string, existing: ReadonlySet<string> = NONE): string[] =>
  checksToSchedule(items, existing, d(today)).map((planned) => planned.occurrenceKey);

describe('checksToSchedule', () => {
  const monthly = activeItem({ id: 'fw-logs', leadTimeDays: 5 }); // monthly on the 1st from 2026-01-01

  it('plans an occurrence once today is within its lead time', () => {
    expect(checksToSchedule([monthly], NONE, d('2026-02-24'))).toEqual([
      {
        occurrenceKey: 'fw-logs@2026-03-01',
        itemId: 'fw-logs',
        title: 'Review firewall logs',
        dueOn: '2026-03-01',
        readyOn: '2026-02-24',
        leadTimeDays: 5,
        responsibleAccountId: OWNER,
        spotCheckOfCriticalTask: false,
      },
    ]);
  });

  it.each([
    ['a day before the lead time', '2026-02-23', []],
    ['on the due date', '2026-03-01', ['fw-logs@2026-03-01']],
    ['a week late, still caught up', '2026-03-08', ['fw-logs@2026-03-01']],
    ['beyond the look-back', '2026-03-09', []],
    ['across the year end', '2026-12-28', ['fw-logs@2027-01-01']],
  ])('%s (%s)', (_name, today, expected) => {
    expect(keysOf([monthly], today)).toEqual(expected);
  });

  it('is idempotent: occurrences that already have a check are not planned again', () => {
    const first = new Set(keysOf([monthly], '2026-02-24'));
    expect(keysOf([monthly], '2026-02-24', first)).toEqual([]);
    expect(keysOf([monthly], '2026-02-25', first)).toEqual([]);
  });

  it('catches up missed sweeps, within the look-back', () => {
    const item = activeItem({ id: 'daily', recurrence: daily, leadTimeDays: 0 });
    const existing = new Set(['daily@2026-03-03', 'daily@2026-03-04', 'daily@2026-03-05', 'daily@2026-03-06', 'daily@2026-03-07', 'daily@2026-03-08']);
    expect(keysOf([item], '2026-03-10', existing)).toEqual(['daily@2026-03-09', 'daily@2026-03-10']);
    expect(checksToSchedule([item], NONE, d('2026-03-10'), { lookBackDays: 1 }).map((planned) => planned.dueOn)).toEqual(['2026-03-09', '2026-03-10']);
  });

  it('does not back-fill occurrences from before the item was activated', () => {
    const item = activeItem({ id: 'daily', recurrence: daily, leadTimeDays: 0, activeFrom: '2026-03-10' });
    expect(keysOf([item], '2026-03-10')).toEqual(['daily@2026-03-10']);
  });

  it('plans only for active items', () => {
    const retired = retireMonitoringItem(activeItem({ id: 'old' }), { retiredOn: d('2026-02-01'), reason: 'Replaced' }, ctx()).item;
    expect(keysOf([draftItem({ id: 'new' }), retired, monthly], '2026-02-24')).toEqual(['fw-logs@2026-03-01']);
  });

  it('stops when a series has ended', () => {
    const item = activeItem({ recurrence: recurrence({ frequency: 'monthly', interval: 1, on: { kind: 'day_of_month', day: 1 } }, '2026-01-01', { kind: 'after_count', count: 2 }) });
    expect(keysOf([item], '2026-02-24')).toEqual([]);
  });

  it('orders plans by due date, then item id', () => {
    const items = [activeItem({ id: 'b', recurrence: daily, leadTimeDays: 1 }), activeItem({ id: 'a', recurrence: daily, leadTimeDays: 1 })];
    expect(checksToSchedule(items, NONE, d('2026-03-10'), { lookBackDays: 0 }).map((planned) => planned.occurrenceKey)).toEqual([
      'a@2026-03-10', 'b@2026-03-10', 'a@2026-03-11', 'b@2026-03-11',
    ]);
  });

  it('a daily sweep, even one missing days, creates every occurrence exactly once', () => {
    const rules: RecurrenceRule[] = [
      { frequency: 'daily', interval: 2 },
      { frequency: 'weekly', interval: 1, weekdays: [1, 3, 5] },
      { frequency: 'monthly', interval: 1, on: { kind: 'day_of_month', day: 31 } },
      { frequency: 'monthly', interval: 1, on: { kind: 'weekday_of_month', week: 'last', weekday: 5 } },
      { frequency: 'quarterly', interval: 1, on: { kind: 'day_of_month', day: 15 } },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.integer({ min: 0, max: 20 }),
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 5, maxLength: 40 }),
        (rule, leadTimeDays, gaps) => {
          const item = activeItem({ id: 'item', recurrence: recurrence(rule, '2025-11-01'), leadTimeDays, activeFrom: '2026-01-01' });
          const created = new Set<string>();
          let today = d('2026-01-01');
          for (const gap of gaps) {
            for (const planned of checksToSchedule([item], created, today)) {
              expect(created.has(planned.occurrenceKey)).toBe(false);
              expect(daysBetween(planned.readyOn, today)).toBeGreaterThanOrEqual(0);
              created.add(planned.occurrenceKey);
            }
            today = addDays(today, gap);
          }
          const lastSweep = addDays(today, -(gaps[gaps.length - 1] ?? 0));
          const due = occurrencesBetween(item.recurrence, d('2026-01-01'), addDays(lastSweep, leadTimeDays + 1));
          // Gaps of up to 8 days against a 7-day look-back may lose an occurrence; everything else is created.
          expect([...created].every((key) => due.some((dueOn) => key === `item@${dueOn}`))).toBe(true);
          if (gaps.every((gap) => gap <= 7)) expect(created.size).toBe(due.length);
        },
      ),
    );
  });
});

describe('scheduleCheck', () => {
  it('creates the scheduled check for a planned occurrence, with a creating history entry', () => {
    const { check, history } = scheduleCheck(plannedCheck({ dueOn: d('2026-03-10') }), 'check-42', ctx({ at: '2026-03-05T06:00:00.000Z', by: 'app' }));
    expect(check).toEqual({
      id: 'check-42',
      itemId: 'item-1',
      occurrenceKey: 'item-1@2026-03-10',
      dueOn: '2026-03-10',
      leadTimeDays: 5,
      responsibleAccountId: OWNER,
      status: 'scheduled',
    });
    expect(history).toEqual({ at: '2026-03-05T06:00:00.000Z', by: 'app', from: null, to: 'scheduled', intent: 'schedule', note: null });
  });
});
