// The editor's form model: every input as the text or choice the user sees, and the conversion to the definition
// the resolver validates (and back). Numbers that do not parse stay text, so the contract names the rule.
import type { MonitoringItem, MonitoringItemDefinition } from '../../../../src/domain/monitoring-item';
import type { EntityKind, MonitoredElement, MonitoringApproach, MonitoringMethod, MonitoringReportType } from '../../../../src/domain/monitoring-vocabulary';
import type { RecurrenceFrequency } from '../../../../src/domain/recurrence';

export type EndsKind = 'never' | 'on_date' | 'after_count';
export type MonthDayKind = 'day_of_month' | 'weekday_of_month';

export interface ItemDraft {
  readonly id: string;
  readonly title: string;
  readonly entityKind: EntityKind;
  readonly entityName: string;
  /** Clause and control ids separated by ";" or ",". */
  readonly covers: string;
  readonly riskIds: string;
  readonly element: MonitoredElement;
  readonly method: MonitoringMethod;
  readonly approach: MonitoringApproach;
  readonly startsOn: string;
  readonly frequency: RecurrenceFrequency;
  readonly interval: string;
  readonly weekdays: readonly number[];
  readonly monthDayKind: MonthDayKind;
  readonly dayOfMonth: string;
  readonly weekOfMonth: string;
  readonly weekday: string;
  readonly endsKind: EndsKind;
  readonly endsOn: string;
  readonly endsCount: string;
  readonly leadTimeDays: string;
  readonly responsibleAccountId: string;
  readonly analystAccountId: string;
  readonly withinWorkingDays: string;
  /** "" = the method's usual report type. */
  readonly reportType: MonitoringReportType | '';
  readonly spotCheck: boolean;
}

export const isMonthBased = (frequency: RecurrenceFrequency): boolean => frequency !== 'daily' && frequency !== 'weekly';

/** "12" → 12; anything else stays as typed, so the resolver's rule ("… must be a whole number …") applies to it. */
export function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export function splitList(text: string): string[] {
  return text.split(/[;,\n]/).map((entry) => entry.trim()).filter((entry) => entry !== '');
}

function monthDay(draft: ItemDraft): Record<string, unknown> {
  if (draft.monthDayKind === 'day_of_month') return { kind: 'day_of_month', day: numberOrText(draft.dayOfMonth) };
  return { kind: 'weekday_of_month', week: draft.weekOfMonth === 'last' ? 'last' : numberOrText(draft.weekOfMonth), weekday: numberOrText(draft.weekday) };
}

function rule(draft: ItemDraft): Record<string, unknown> {
  const interval = numberOrText(draft.interval);
  if (draft.frequency === 'daily') return { frequency: 'daily', interval };
  if (draft.frequency === 'weekly') return { frequency: 'weekly', interval, weekdays: [...draft.weekdays].sort((a, b) => a - b) };
  return { frequency: draft.frequency, interval, on: monthDay(draft) };
}

function ends(draft: ItemDraft): Record<string, unknown> {
  if (draft.endsKind === 'on_date') return { kind: 'on_date', until: draft.endsOn };
  if (draft.endsKind === 'after_count') return { kind: 'after_count', count: numberOrText(draft.endsCount) };
  return { kind: 'never' };
}

/** The definition payload (not yet validated: the contract's schema does that, here and in the resolver). */
export function definitionPayload(draft: ItemDraft, defaultReportType: (method: MonitoringMethod) => MonitoringReportType): Record<string, unknown> {
  return {
    title: draft.title,
    entity: { kind: draft.entityKind, name: draft.entityName },
    covers: splitList(draft.covers),
    riskIds: splitList(draft.riskIds),
    element: draft.element,
    method: draft.method,
    approach: draft.approach,
    recurrence: { startsOn: draft.startsOn, rule: rule(draft), ends: ends(draft) },
    leadTimeDays: numberOrText(draft.leadTimeDays),
    responsibleAccountId: draft.responsibleAccountId,
    analysis: { analystAccountId: draft.analystAccountId, withinWorkingDays: numberOrText(draft.withinWorkingDays) },
    reportType: draft.reportType === '' ? defaultReportType(draft.method) : draft.reportType,
    spotCheckOfCriticalTask: draft.spotCheck,
  };
}

/** A new item's starting values: the next free "MI-nnn" id, monthly on day 1 from today, the caller responsible. */
export function blankDraft(items: readonly MonitoringItem[], today: string, accountId: string | null): ItemDraft {
  const numbers = items.flatMap((item) => /^MI-(\d+)$/.exec(item.id)?.[1] ?? []).map(Number);
  const next = String(Math.max(0, ...numbers) + 1).padStart(3, '0');
  return {
    id: `MI-${next}`, title: '', entityKind: 'process', entityName: '', covers: '', riskIds: '', element: 'policy_adherence', method: 'checklist_inspection',
    approach: 'proactive', startsOn: today, frequency: 'monthly', interval: '1', weekdays: [1], monthDayKind: 'day_of_month', dayOfMonth: '1', weekOfMonth: '1',
    weekday: '1', endsKind: 'never', endsOn: '', endsCount: '', leadTimeDays: '5', responsibleAccountId: accountId ?? '', analystAccountId: accountId ?? '',
    withinWorkingDays: '5', reportType: '', spotCheck: false,
  };
}

/** The form for an existing item, every field filled from what is stored. */
export function draftOf(item: MonitoringItemDefinition & { readonly id: string }): ItemDraft {
  const { rule: stored, ends: end, startsOn } = item.recurrence;
  const on = 'on' in stored ? stored.on : undefined;
  return {
    id: item.id, title: item.title, entityKind: item.entity.kind, entityName: item.entity.name, covers: item.covers.join('; '), riskIds: item.riskIds.join('; '),
    element: item.element, method: item.method, approach: item.approach, startsOn, frequency: stored.frequency, interval: String(stored.interval),
    weekdays: 'weekdays' in stored ? stored.weekdays : [1],
    monthDayKind: on?.kind ?? 'day_of_month',
    dayOfMonth: on?.kind === 'day_of_month' ? String(on.day) : '1',
    weekOfMonth: on?.kind === 'weekday_of_month' ? String(on.week) : '1',
    weekday: on?.kind === 'weekday_of_month' ? String(on.weekday) : '1',
    endsKind: end.kind, endsOn: end.kind === 'on_date' ? end.until : '', endsCount: end.kind === 'after_count' ? String(end.count) : '',
    leadTimeDays: String(item.leadTimeDays), responsibleAccountId: item.responsibleAccountId, analystAccountId: item.analysis.analystAccountId,
    withinWorkingDays: String(item.analysis.withinWorkingDays), reportType: item.reportType, spotCheck: item.spotCheckOfCriticalTask,
  };
}
