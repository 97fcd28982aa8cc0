// Filtering the matrix table: by status, by clause or control (a clause also matches its sub-clauses: "9" finds
// "9.1"), by responsible person, and by free text over id, title, entity, risks and frequency.
import type { MonitoringItemView } from '../../../../src/contracts/matrix-payloads';
import type { MonitoringItemStatus } from '../../../../src/domain/monitoring-item';
import { compareCatalogueIds } from '../../../../src/domain/iso-catalogue/catalogue';

export interface MatrixFilter {
  readonly status: MonitoringItemStatus | 'all';
  readonly covers: string;
  readonly responsible: string;
  readonly text: string;
}

export const NO_FILTER: MatrixFilter = { status: 'all', covers: '', responsible: '', text: '' };

export const coversId = (covered: string, wanted: string): boolean => covered === wanted || covered.startsWith(`${wanted}.`);

function matchesText(view: MonitoringItemView, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (needle === '') return true;
  const { item } = view;
  return [item.id, item.title, item.entity.name, view.recurrenceText, ...item.riskIds].some((haystack) => haystack.toLowerCase().includes(needle));
}

export function filterMatrix(items: readonly MonitoringItemView[], filter: MatrixFilter): MonitoringItemView[] {
  return items.filter((view) =>
    (filter.status === 'all' || view.item.status === filter.status) &&
    (filter.covers === '' || view.item.covers.some((id) => coversId(id, filter.covers))) &&
    (filter.responsible === '' || view.item.responsibleAccountId === filter.responsible) &&
    matchesText(view, filter.text));
}

/** The clause and control ids the matrix covers, in the standard's order: the coverage filter's choices. */
export function coveredIds(items: readonly MonitoringItemView[]): string[] {
  return [...new Set(items.flatMap((view) => view.item.covers))].sort(compareCatalogueIds);
}

/** Everyone responsible for an item, for the responsible filter. */
export function responsibleIds(items: readonly MonitoringItemView[]): string[] {
  return [...new Set(items.map((view) => view.item.responsibleAccountId))];
}
