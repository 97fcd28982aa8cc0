import { itemCurrency, lastOccurrenceBefore } from '../../src/domain/coverage-window';
import type { MonitoringCheck } from '../../src/domain/monitoring-check';
import type { RecurrenceRule } from '../../src/domain/recurrence';
import { activeItem, ANNUAL_ON_1ST, d, doneCheck, QUARTERLY_ON_1ST, recurrence, skippedCheck } from './coverage-builders';

const MONTHLY: RecurrenceRule = { frequency: 'monthly', interval: 1, on: { kind: 'day_of_month', day: 1 } };

describe('checked within the window', () => {
  describe('given a monthly item due on the 1st, active since 2026-01-01', () => {
    const item = activeItem({ id: 'item-1' });

    it.each<[string, string, readonly MonitoringCheck[], boolean]>([
      ['the March check is done', '2026-03-15', [doneCheck({ dueOn: '2026-03-01', completedOn: '2026-03-02' })], true],
      ['only the February check is done', '2026-03-15', [doneCheck({ dueOn: '2026-02-01' })], false],
      ['the March check was done after the as-of date', '2026-03-15', [doneCheck({ dueOn: '2026-03-01', completedOn: '2026-03-20' })], false],
      ['the March check is due today, February done', '2026-03-01', [doneCheck({ dueOn: '2026-02-01' })], true],
      ['the March check was skipped', '2026-03-15', [doneCheck({ dueOn: '2026-02-01' }), skippedCheck({ dueOn: '2026-03-01' })], false],
      ['the April check was done early', '2026-03-15', [doneCheck({ dueOn: '2026-04-01', completedOn: '2026-03-10' })], true],
      ['a check of another item is done', '2026-03-15', [doneCheck({ itemId: 'item-2', dueOn: '2026-03-01' })], false],
      ['nothing has fallen due yet (as of the first due date)', '2026-01-01', [], true],
    ])('when %s (as of %s), then checkedWithinWindow is %s', (_, asOf, checks, expected) => {
      expect(itemCurrency(item, checks, d(asOf)).checkedWithinWindow).toBe(expected);
    });

    it('then the latest completed check is reported whatever occurrence it was for', () => {
      const checks = [doneCheck({ dueOn: '2026-02-01', completedOn: '2026-02-03' }), doneCheck({ dueOn: '2026-01-01', completedOn: '2026-02-05', outcome: 'nonconforming' })];
      const currency = itemCurrency(item, checks, d('2026-03-15'));
      expect(currency).toMatchObject({ lastDue: '2026-03-01', checkedWithinWindow: false });
      expect(currency.lastDone?.outcome).toBe('nonconforming');
    });
  });

  it.each<[string, RecurrenceRule, string, string, string | null]>([
    ['monthly, just activated', MONTHLY, '2026-03-10', '2026-03-15', null],
    ['quarterly', QUARTERLY_ON_1ST, '2026-01-01', '2026-03-15', '2026-01-01'],
    ['annual, two years in', ANNUAL_ON_1ST, '2024-06-01', '2026-03-15', '2025-06-01'],
    ['annual, ten years in (looks back far enough)', ANNUAL_ON_1ST, '2016-06-01', '2026-05-31', '2025-06-01'],
  ])('the window of a %s item starts at its last occurrence before the as-of date', (_, rule, activeFrom, asOf, expected) => {
    const item = activeItem({ recurrence: recurrence(rule, activeFrom), activeFrom });
    expect(lastOccurrenceBefore(item, d(asOf))).toBe(expected);
  });
});
