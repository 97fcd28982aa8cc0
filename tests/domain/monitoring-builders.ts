// Builders for monitoring tests: valid defaults with fixed literal dates, overridable per test. Lifecycle states
// are reached through the real transitions, so a builder cannot produce a state the domain would refuse.
import { completeCheck, markReportSent, skipCheck, startCheck } from '../../src/domain/monitoring-check';
import type { CheckCompletion, DoneCheck, InProgressCheck, ScheduledCheck, SkippedCheck } from '../../src/domain/monitoring-check';
import { scheduleCheck } from '../../src/domain/check-scheduling';
import type { PlannedCheck } from '../../src/domain/check-scheduling';
import type { TransitionContext } from '../../src/domain/history-entry';
import { localDate } from '../../src/domain/local-date';
import type { LocalDate } from '../../src/domain/local-date';
import { activateMonitoringItem, draftMonitoringItem } from '../../src/domain/monitoring-item';
import type { ActiveMonitoringItem, DraftMonitoringItem, MonitoringItemDefinition } from '../../src/domain/monitoring-item';
import type { Recurrence, RecurrenceEnd, RecurrenceRule } from '../../src/domain/recurrence';
import type { WorkingDayCalendar } from '../../src/domain/working-days';

export const d = localDate;

export const MR = 'acc-mr-1';
export const OWNER = '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077';
export const ANALYST = '5b10ac8d82e05b22cc7d4ef5';

export function ctx(overrides: Partial<TransitionContext> = {}): TransitionContext {
  return { at: '2026-03-02T09:00:00.000Z', by: MR, ...overrides };
}

export function recurrence(rule: RecurrenceRule, startsOn = '2026-01-01', ends: RecurrenceEnd = { kind: 'never' }): Recurrence {
  return { startsOn: d(startsOn), rule, ends };
}

export const MONTHLY_ON_1ST: RecurrenceRule = { frequency: 'monthly', interval: 1, on: { kind: 'day_of_month', day: 1 } };

export function itemDefinition(overrides: Partial<MonitoringItemDefinition> = {}): MonitoringItemDefinition {
  return {
    title: 'Review firewall logs',
    entity: { kind: 'system', name: 'Edge firewall' },
    covers: ['A.8.15', 'A.8.16', '9.1'],
    riskIds: ['R-12'],
    element: 'proactive_detection',
    method: 'log_review',
    approach: 'proactive',
    recurrence: recurrence(MONTHLY_ON_1ST),
    leadTimeDays: 5,
    responsibleAccountId: OWNER,
    analysis: { analystAccountId: ANALYST, withinWorkingDays: 2 },
    reportType: 'log_review_report',
    spotCheckOfCriticalTask: false,
    ...overrides,
  };
}

export function draftItem(overrides: Partial<MonitoringItemDefinition> & { id?: string } = {}): DraftMonitoringItem {
  const { id = 'item-1', ...definition } = overrides;
  return draftMonitoringItem(id, itemDefinition(definition), ctx()).item;
}

export function activeItem(overrides: Partial<MonitoringItemDefinition> & { id?: string; activeFrom?: string } = {}): ActiveMonitoringItem {
  const { activeFrom = '2026-01-01', ...rest } = overrides;
  return activateMonitoringItem(draftItem(rest), d(activeFrom), ctx()).item;
}

/** Netherlands-style: Saturday and Sunday off, plus the 2026 public holidays. */
export function calendar(overrides: Partial<WorkingDayCalendar> = {}): WorkingDayCalendar {
  return {
    weekendDays: [6, 7],
    holidays: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26'].map(d),
    timeZone: 'Europe/Amsterdam',
    ...overrides,
  };
}

export function plannedCheck(overrides: Partial<PlannedCheck> = {}): PlannedCheck {
  const dueOn: LocalDate = overrides.dueOn ?? d('2026-03-10');
  const itemId = overrides.itemId ?? 'item-1';
  return {
    occurrenceKey: `${itemId}@${dueOn}`,
    itemId,
    title: 'Review firewall logs',
    dueOn,
    readyOn: d('2026-03-05'),
    leadTimeDays: 5,
    responsibleAccountId: OWNER,
    spotCheckOfCriticalTask: false,
    ...overrides,
  };
}

export function scheduled(overrides: Partial<PlannedCheck> = {}): ScheduledCheck {
  return scheduleCheck(plannedCheck(overrides), 'check-1', ctx({ at: '2026-03-05T06:00:00.000Z', by: 'app' })).check;
}

export function inProgress(overrides: Partial<PlannedCheck> = {}): InProgressCheck {
  return startCheck(scheduled(overrides), ctx({ at: '2026-03-09T08:00:00.000Z', by: OWNER })).check;
}

export function completion(overrides: Partial<CheckCompletion> = {}): CheckCompletion {
  return { outcome: 'conforming', completedOn: d('2026-03-10'), findingsSummary: 'No anomalies in 31 days of logs', recommendations: '', ...overrides };
}

export function done(overrides: Partial<CheckCompletion> & { dueOn?: LocalDate } = {}): DoneCheck {
  const { dueOn, ...result } = overrides;
  return completeCheck(inProgress(dueOn === undefined ? {} : { dueOn }), completion(result), ctx({ at: '2026-03-10T15:00:00.000Z', by: OWNER })).check;
}

export function reported(sentOn: string, overrides: Partial<CheckCompletion> & { dueOn?: LocalDate } = {}): DoneCheck {
  return markReportSent(done(overrides), d(sentOn), ctx({ by: OWNER })).check;
}

export function skipped(overrides: Partial<PlannedCheck> = {}): SkippedCheck {
  return skipCheck(scheduled(overrides), 'System decommissioned before the check', ctx()).check;
}
