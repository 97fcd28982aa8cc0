// Whether a monitoring item's evidence is current as of a date. The rule, decided once:
//   an active item is *checked within its window* when the most recent occurrence that fell due strictly before
//   `asOf` (and on or after the day the item became active) has a done check — a done check for that occurrence
//   or a later one, completed on or before `asOf`. An item with no occurrence due yet is within its window.
// So the window is the item's own frequency: a monthly item goes stale the day after a monthly due date passes
// unchecked, an annual one after its annual date. A check due today is not missed yet (matching check-timing's
// "overdue"), and a skipped check does not count as checked: nothing was measured.
import { addDays, compareLocalDates, maxLocalDate, type LocalDate } from './local-date';
import type { DoneCheck, MonitoringCheck } from './monitoring-check';
import type { ActiveMonitoringItem } from './monitoring-item';
import { occurrencesBetween } from './recurrence';

/** The item's latest occurrence in [activeFrom, asOf), or null. Looks back in doubling steps, so cost stays small. */
export function lastOccurrenceBefore(item: ActiveMonitoringItem, asOf: LocalDate): LocalDate | null {
  for (let lookBackDays = 64; ; lookBackDays *= 2) {
    const from = maxLocalDate(item.activeFrom, addDays(asOf, -lookBackDays));
    if (compareLocalDates(from, asOf) >= 0) return null;
    const last = occurrencesBetween(item.recurrence, from, asOf).at(-1);
    if (last !== undefined) return last;
    if (from === item.activeFrom) return null;
  }
}

export interface ItemCurrency {
  readonly itemId: string;
  /** The occurrence the window is measured from; null when none has fallen due. */
  readonly lastDue: LocalDate | null;
  readonly checkedWithinWindow: boolean;
  /** The most recently completed check (as of `asOf`), whichever occurrence it was for. */
  readonly lastDone: DoneCheck | null;
}

function isDoneBy(check: MonitoringCheck, asOf: LocalDate): check is DoneCheck {
  return check.status === 'done' && compareLocalDates(check.completedOn, asOf) <= 0;
}

function laterDone(a: DoneCheck, b: DoneCheck): DoneCheck {
  const order = compareLocalDates(a.completedOn, b.completedOn) || compareLocalDates(a.dueOn, b.dueOn) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return order >= 0 ? a : b;
}

/** `checks` are the item's own checks (any status); others are ignored. */
export function itemCurrency(item: ActiveMonitoringItem, checks: readonly MonitoringCheck[], asOf: LocalDate): ItemCurrency {
  const done = checks.filter((check): check is DoneCheck => check.itemId === item.id && isDoneBy(check, asOf));
  const lastDue = lastOccurrenceBefore(item, asOf);
  const checkedWithinWindow = lastDue === null || done.some((check) => compareLocalDates(check.dueOn, lastDue) >= 0);
  const lastDone = done.reduce<DoneCheck | null>((latest, check) => (latest === null ? check : laterDone(latest, check)), null);
  return { itemId: item.id, lastDue, checkedWithinWindow, lastDone };
}
