// A compact way to write the demo monitoring matrix: one row per item, expanded into the domain's MonitoringItem
// with dates relative to the demo's "today" (items have been active for two years, so checks have history).
import type { CatalogueId } from '../../../src/domain/iso-catalogue/catalogue';
import type { LocalDate } from '../../../src/domain/local-date';
import { addMonths, fromParts, toParts } from '../../../src/domain/local-date';
import type { MonitoringItem } from '../../../src/domain/monitoring-item';
import type { EntityKind, MonitoredElement, MonitoringApproach, MonitoringMethod, MonitoringReportType } from '../../../src/domain/monitoring-vocabulary';
import { DEFAULT_REPORT_TYPE } from '../../../src/domain/monitoring-vocabulary';
import type { Recurrence } from '../../../src/domain/recurrence';
import { ID } from '../demo-people';
import type { DemoRole } from '../demo-people';

export type Cadence = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'semi_annual' | 'annual';

export interface MatrixRow {
  readonly id: string;
  readonly title: string;
  readonly entity: readonly [EntityKind, string];
  readonly covers: readonly CatalogueId[];
  readonly risks: readonly string[];
  readonly element: MonitoredElement;
  readonly method: MonitoringMethod;
  readonly approach: MonitoringApproach;
  readonly every: Cadence;
  /** Day of the month (month-based cadences) or ISO weekday (weekly); defaults 5 and Monday. */
  readonly on?: number;
  readonly leadDays: number;
  readonly responsible: DemoRole;
  readonly analyst: DemoRole;
  readonly analysisDays?: number;
  readonly report?: MonitoringReportType;
  readonly spotCheck?: boolean;
  /** Default active; a draft is still being written, a retired item was replaced. */
  readonly lifecycle?: { readonly status: 'draft' } | { readonly status: 'retired'; readonly monthsAgo: number; readonly reason: string };
}

function weekday(value: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  if (value >= 1 && value <= 7 && Number.isInteger(value)) return value as 1 | 2 | 3 | 4 | 5 | 6 | 7;
  throw new RangeError(`weekday ${value} must be 1–7`);
}

function recurrence(row: MatrixRow, startsOn: LocalDate): Recurrence {
  const ends = { kind: 'never' } as const;
  switch (row.every) {
    case 'daily':
      return { startsOn, rule: { frequency: 'daily', interval: 1 }, ends };
    case 'weekly':
      return { startsOn, rule: { frequency: 'weekly', interval: 1, weekdays: [weekday(row.on ?? 1)] }, ends };
    default:
      return { startsOn, rule: { frequency: row.every, interval: 1, on: { kind: 'day_of_month', day: row.on ?? 5 } }, ends };
  }
}

/** The item as of `today`: active since the first of the month two years back, unless the row says otherwise. */
export function toMonitoringItem(row: MatrixRow, today: LocalDate): MonitoringItem {
  const { year, month } = toParts(today);
  const startsOn = addMonths(fromParts(year, month, 1), -24);
  const definition = {
    title: row.title,
    entity: { kind: row.entity[0], name: row.entity[1] },
    covers: row.covers,
    riskIds: row.risks,
    element: row.element,
    method: row.method,
    approach: row.approach,
    recurrence: recurrence(row, startsOn),
    leadTimeDays: row.leadDays,
    responsibleAccountId: ID[row.responsible],
    analysis: { analystAccountId: ID[row.analyst], withinWorkingDays: row.analysisDays ?? 3 },
    reportType: row.report ?? DEFAULT_REPORT_TYPE[row.method],
    spotCheckOfCriticalTask: row.spotCheck ?? false,
  };
  const lifecycle = row.lifecycle;
  if (lifecycle === undefined) return { ...definition, id: row.id, status: 'active', activeFrom: startsOn };
  if (lifecycle.status === 'draft') return { ...definition, id: row.id, status: 'draft' };
  return { ...definition, id: row.id, status: 'retired', activeFrom: startsOn, retiredOn: addMonths(today, -lifecycle.monthsAgo), retirementReason: lifecycle.reason };
}
