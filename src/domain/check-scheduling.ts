// Which checks the daily sweep should create. A check exists once its occurrence is within the item's lead time;
// occurrences already created (by occurrence key) are left alone, so running the sweep twice, or after a missed day,
// creates each check exactly once. Missed sweeps are caught up for `lookBackDays`.
import { addDays, maxLocalDate, type LocalDate } from './local-date';
import { historyEntry, type TransitionContext } from './history-entry';
import { occurrenceKey, type CheckTransition, type ScheduledCheck } from './monitoring-check';
import type { ActiveMonitoringItem, MonitoringItem } from './monitoring-item';
import { occurrencesBetween } from './recurrence';

export interface ScheduleHorizon {
  /** How far back a missed occurrence is still created (scheduled triggers are not retried and may skip a day). */
  readonly lookBackDays: number;
}

export const DEFAULT_SCHEDULE_HORIZON: ScheduleHorizon = { lookBackDays: 7 };

/** What the shell needs to create the Jira issue for one occurrence. */
export interface PlannedCheck {
  readonly occurrenceKey: string;
  readonly itemId: string;
  readonly title: string;
  readonly dueOn: LocalDate;
  /** dueOn − leadTimeDays: when the check should appear. */
  readonly readyOn: LocalDate;
  readonly leadTimeDays: number;
  readonly responsibleAccountId: string;
  readonly spotCheckOfCriticalTask: boolean;
}

function plannedChecksOf(item: ActiveMonitoringItem, today: LocalDate, horizon: ScheduleHorizon): PlannedCheck[] {
  const from = maxLocalDate(addDays(today, -horizon.lookBackDays), item.activeFrom);
  // dueOn − leadTime ≤ today ⇔ dueOn ≤ today + leadTime; the window's end is exclusive.
  const until = addDays(today, item.leadTimeDays + 1);
  return occurrencesBetween(item.recurrence, from, until).map((dueOn) => ({
    occurrenceKey: occurrenceKey(item.id, dueOn),
    itemId: item.id,
    title: item.title,
    dueOn,
    readyOn: addDays(dueOn, -item.leadTimeDays),
    leadTimeDays: item.leadTimeDays,
    responsibleAccountId: item.responsibleAccountId,
    spotCheckOfCriticalTask: item.spotCheckOfCriticalTask,
  }));
}

/** Checks to create today, ordered by due date then item id. */
export function checksToSchedule(
  items: readonly MonitoringItem[],
  existingOccurrenceKeys: ReadonlySet<string>,
  today: LocalDate,
  horizon: ScheduleHorizon = DEFAULT_SCHEDULE_HORIZON,
): PlannedCheck[] {
  return items
    .flatMap((item) => (item.status === 'active' ? plannedChecksOf(item, today, horizon) : []))
    .filter((planned) => !existingOccurrenceKeys.has(planned.occurrenceKey))
    .sort((a, b) => (a.dueOn === b.dueOn ? (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0) : a.dueOn < b.dueOn ? -1 : 1));
}

/** Creates the stored check for a planned occurrence, once the shell has an id for it (e.g. the Jira issue's). */
export function scheduleCheck(planned: PlannedCheck, id: string, ctx: TransitionContext): CheckTransition<ScheduledCheck> {
  return {
    check: {
      id,
      itemId: planned.itemId,
      occurrenceKey: planned.occurrenceKey,
      dueOn: planned.dueOn,
      leadTimeDays: planned.leadTimeDays,
      responsibleAccountId: planned.responsibleAccountId,
      status: 'scheduled',
    },
    history: historyEntry(ctx, null, 'scheduled', 'schedule'),
  };
}
