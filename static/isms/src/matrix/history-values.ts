// How a changed field of a monitoring item reads in its history: vocabulary labels, the recurrence in words, people
// by name (via `nameOf`), lists joined with ";".
import type { MonitoringItem } from '../../../../src/domain/monitoring-item';
import { MONITORED_ELEMENT_LABELS, MONITORING_METHOD_LABELS, REPORT_TYPE_LABELS } from '../../../../src/domain/monitoring-vocabulary';
import { describeRecurrence } from '../../../../src/domain/recurrence-label';

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'Title', entity: 'Entity', covers: 'Clauses and controls', riskIds: 'Risks', element: 'Element', method: 'Method', approach: 'Approach',
  recurrence: 'Frequency', leadTimeDays: 'Lead time', responsibleAccountId: 'Responsible', analysis: 'Analysis', reportType: 'Report type',
  spotCheckOfCriticalTask: 'Spot check',
};

const list = (values: readonly string[]): string => (values.length === 0 ? '—' : values.join('; '));

export function describeField(item: MonitoringItem, field: string, nameOf: (accountId: string) => string): string {
  switch (field) {
    case 'title': return item.title;
    case 'entity': return `${item.entity.name} (${item.entity.kind})`;
    case 'covers': return list(item.covers);
    case 'riskIds': return list(item.riskIds);
    case 'element': return MONITORED_ELEMENT_LABELS[item.element];
    case 'method': return MONITORING_METHOD_LABELS[item.method];
    case 'approach': return item.approach;
    case 'recurrence': return describeRecurrence(item.recurrence);
    case 'leadTimeDays': return `${item.leadTimeDays} days`;
    case 'responsibleAccountId': return nameOf(item.responsibleAccountId);
    case 'analysis': return `${nameOf(item.analysis.analystAccountId)}, within ${item.analysis.withinWorkingDays} working days`;
    case 'reportType': return REPORT_TYPE_LABELS[item.reportType];
    case 'spotCheckOfCriticalTask': return item.spotCheckOfCriticalTask ? 'yes' : 'no';
    default: return '';
  }
}

/** What a lifecycle change did, in words: "Retired on 2026-03-05: <reason>". */
export function describeStatusChange(after: MonitoringItem): string {
  switch (after.status) {
    case 'draft': return 'Created as a draft';
    case 'active': return `Active from ${after.activeFrom}`;
    case 'retired': return `Retired on ${after.retiredOn}: ${after.retirementReason}`;
  }
}
