// A monitoring item: one row of the Performance Monitoring & Measurement Matrix (ISMSP07). It is the definition;
// each occurrence of its recurrence becomes a monitoring check (monitoring-check.ts).
//
// Lifecycle: draft → active → retired (a draft may also be retired unused); draft and active items may be revised. Only active items produce checks, and only
// from `activeFrom`, so activating a series that started years ago does not back-fill a pile of overdue checks.
import { DomainError } from './domain-error';
import type { CatalogueId } from './iso-catalogue/catalogue';
import type { LocalDate } from './local-date';
import type { EntityKind, MonitoredElement, MonitoringApproach, MonitoringMethod, MonitoringReportType } from './monitoring-vocabulary';
import type { Recurrence } from './recurrence';
import { historyEntry, type HistoryEntry, type TransitionContext } from './history-entry';
import { requireText } from './required-text';

export interface MonitoredEntity {
  readonly kind: EntityKind;
  readonly name: string;
}

/** Who evaluates the results, and how soon after the measurement. */
export interface AnalysisPlan {
  readonly analystAccountId: string;
  readonly withinWorkingDays: number;
}

export interface MonitoringItemDefinition {
  readonly title: string;
  readonly entity: MonitoredEntity;
  /** Clauses and Annex A controls the item provides evidence for; at least one. */
  readonly covers: readonly CatalogueId[];
  /** Ids of risks in the organisation's risk assessment that the item watches. */
  readonly riskIds: readonly string[];
  readonly element: MonitoredElement;
  readonly method: MonitoringMethod;
  readonly approach: MonitoringApproach;
  readonly recurrence: Recurrence;
  /** Days before the due date that the check is created and assigned, so it is ready in time. */
  readonly leadTimeDays: number;
  readonly responsibleAccountId: string;
  readonly analysis: AnalysisPlan;
  readonly reportType: MonitoringReportType;
  readonly spotCheckOfCriticalTask: boolean;
}

export type MonitoringItemStatus = 'draft' | 'active' | 'retired';

export interface DraftMonitoringItem extends MonitoringItemDefinition {
  readonly id: string;
  readonly status: 'draft';
}

export interface ActiveMonitoringItem extends MonitoringItemDefinition {
  readonly id: string;
  readonly status: 'active';
  /** First date whose occurrences become checks. */
  readonly activeFrom: LocalDate;
}

export interface RetiredMonitoringItem extends MonitoringItemDefinition {
  readonly id: string;
  readonly status: 'retired';
  /** Null when the item was retired as a draft. */
  readonly activeFrom: LocalDate | null;
  readonly retiredOn: LocalDate;
  readonly retirementReason: string;
}

export type MonitoringItem = DraftMonitoringItem | ActiveMonitoringItem | RetiredMonitoringItem;

/** Which intent may move an item from where to where; `revise` keeps the status. */
const ITEM_INTENT_RULES = {
  activate: { from: ['draft'], to: 'active' },
  retire: { from: ['draft', 'active'], to: 'retired' },
  revise: { from: ['draft', 'active'], to: null },
} as const satisfies Record<string, { readonly from: readonly MonitoringItemStatus[]; readonly to: MonitoringItemStatus | null }>;

export type MonitoringItemIntent = keyof typeof ITEM_INTENT_RULES;
export type MonitoringItemHistoryEntry = HistoryEntry<MonitoringItemStatus, MonitoringItemIntent | 'draft'>;
type ItemIn<I extends MonitoringItemIntent> = Extract<MonitoringItem, { readonly status: (typeof ITEM_INTENT_RULES)[I]['from'][number] }>;

export interface MonitoringItemTransition<Item extends MonitoringItem> {
  readonly item: Item;
  readonly history: MonitoringItemHistoryEntry;
}

function canApply<I extends MonitoringItemIntent>(item: MonitoringItem, intent: I): item is ItemIn<I> {
  const allowed: readonly MonitoringItemStatus[] = ITEM_INTENT_RULES[intent].from;
  return allowed.includes(item.status);
}

function requireIntent<I extends MonitoringItemIntent>(item: MonitoringItem, intent: I): ItemIn<I> {
  if (canApply(item, intent)) return item;
  const rule = ITEM_INTENT_RULES[intent];
  const to = rule.to ?? item.status;
  throw new DomainError(
    'ILLEGAL_TRANSITION',
    `cannot "${intent}" a monitoring item in status "${item.status}": it moves an item from ${rule.from.map((status) => `"${status}"`).join(' or ')} to "${to}"`,
    { itemId: item.id, intent, from: item.status, to, allowedFrom: rule.from },
  );
}

export function nextAllowedItemIntents(item: MonitoringItem): MonitoringItemIntent[] {
  return (Object.keys(ITEM_INTENT_RULES) as MonitoringItemIntent[]).filter((intent) => canApply(item, intent));
}

export function draftMonitoringItem(id: string, definition: MonitoringItemDefinition, ctx: TransitionContext): MonitoringItemTransition<DraftMonitoringItem> {
  return { item: { ...definition, id, status: 'draft' }, history: historyEntry(ctx, null, 'draft', 'draft') };
}

/** `activeFrom` is normally today: occurrences before it never become checks. */
export function activateMonitoringItem(item: MonitoringItem, activeFrom: LocalDate, ctx: TransitionContext): MonitoringItemTransition<ActiveMonitoringItem> {
  const source = requireIntent(item, 'activate');
  return { item: { ...source, status: 'active', activeFrom }, history: historyEntry(ctx, source.status, 'active', 'activate') };
}

export function retireMonitoringItem(
  item: MonitoringItem,
  retirement: { readonly retiredOn: LocalDate; readonly reason: string },
  ctx: TransitionContext,
): MonitoringItemTransition<RetiredMonitoringItem> {
  const source = requireIntent(item, 'retire');
  const reason = requireText(retirement.reason, 'reason');
  const activeFrom = source.status === 'active' ? source.activeFrom : null;
  if (activeFrom !== null && retirement.retiredOn < activeFrom) {
    throw new DomainError('INVALID_INPUT', `retiredOn ${retirement.retiredOn} must not be before activeFrom ${activeFrom}`, { field: 'retiredOn', itemId: item.id });
  }
  return {
    item: { ...source, status: 'retired', activeFrom, retiredOn: retirement.retiredOn, retirementReason: reason },
    history: historyEntry({ ...ctx, note: reason }, source.status, 'retired', 'retire'),
  };
}

/** Changes a draft or active item's definition; checks already created keep what they were created with. */
export function reviseMonitoringItem(
  item: MonitoringItem,
  definition: MonitoringItemDefinition,
  ctx: TransitionContext,
): MonitoringItemTransition<DraftMonitoringItem | ActiveMonitoringItem> {
  const source = requireIntent(item, 'revise');
  return { item: { ...source, ...definition }, history: historyEntry(ctx, source.status, source.status, 'revise') };
}
