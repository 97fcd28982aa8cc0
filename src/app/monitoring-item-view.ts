// What the matrix page shows for one stored item: the item, its version, its recurrence in words, the next due
// date (derived from today, never stored) and the intents it allows.
import type { StoredMonitoringItem } from '../adapters/storage/monitoring-item-store';
import type { MonitoringItemView } from '../contracts/matrix-payloads';
import { maxLocalDate, type LocalDate } from '../domain/local-date';
import { nextAllowedItemIntents, type MonitoringItem } from '../domain/monitoring-item';
import { nextOccurrenceOnOrAfter } from '../domain/recurrence';
import { describeRecurrence } from '../domain/recurrence-label';

/** Only active items fall due: from today, or from activeFrom when that is later. */
export function nextDueOn(item: MonitoringItem, today: LocalDate): LocalDate | null {
  return item.status === 'active' ? nextOccurrenceOnOrAfter(item.recurrence, maxLocalDate(today, item.activeFrom)) : null;
}

export function monitoringItemView(stored: StoredMonitoringItem, today: LocalDate): MonitoringItemView {
  return {
    item: stored.value,
    version: stored.version,
    changedAt: stored.changedAt,
    changedBy: stored.changedBy,
    recurrenceText: describeRecurrence(stored.value.recurrence),
    nextDueOn: nextDueOn(stored.value, today),
    allowedIntents: nextAllowedItemIntents(stored.value),
  };
}
