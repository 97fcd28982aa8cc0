import { monitoringItemDefinitionSchema, monitoringItemSchema } from '../../src/domain/monitoring-item-schema';
import { retireMonitoringItem } from '../../src/domain/monitoring-item';
import { DEFAULT_REPORT_TYPE, MONITORED_ELEMENT_LABELS, MONITORED_ELEMENTS, MONITORING_METHOD_LABELS, MONITORING_METHODS } from '../../src/domain/monitoring-vocabulary';
import { activeItem, ctx, d, draftItem, itemDefinition } from './monitoring-builders';

const valid = itemDefinition();

function messagesFor(override: Record<string, unknown>): string[] {
  return monitoringItemDefinitionSchema.safeParse({ ...valid, ...override }).error?.issues.map((issue) => issue.message) ?? [];
}

describe('monitoringItemDefinitionSchema', () => {
  it('accepts a complete matrix row and trims text', () => {
    expect(monitoringItemDefinitionSchema.parse({ ...valid, title: '  Review firewall logs ' })).toEqual(valid);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty title', { title: '   ' }, 'title must not be empty'],
    ['an unknown entity kind', { entity: { kind: 'vendor', name: 'Acme' } }, 'entity.kind must be one of process, control, system, supplier, team, other'],
    ['a nameless entity', { entity: { kind: 'supplier', name: '' } }, 'entity.name must not be empty'],
    ['no coverage', { covers: [] }, 'covers must list at least one clause or Annex A control'],
    ['an unknown control', { covers: ['A.8.35'] }, 'covers: "A.8.35" must be an ISO/IEC 27001:2022 clause id (4–10, e.g. "9.2.1") or Annex A control id (A.5.1–A.8.34)'],
    ['a control listed twice', { covers: ['A.8.15', 'A.8.15'] }, 'covers must not list the same id twice'],
    ['a risk listed twice', { riskIds: ['R-1', 'R-1'] }, 'riskIds must not list the same risk twice'],
    ['an unknown element', { element: 'uptime' }, 'element must be one of incident_response_resources, policy_adherence, objectives_and_kpis, incident_response_competence, proactive_detection'],
    ['an unknown method', { method: 'guessing' }, 'method must be one of checklist_inspection, log_review, equipment_inspection, document_review, stakeholder_feedback, vendor_contract_review, automated_collection'],
    ['an unknown approach', { approach: 'predictive' }, 'approach must be one of proactive, reactive'],
    ['a negative lead time', { leadTimeDays: -1 }, 'leadTimeDays must be a whole number from 0 to 365'],
    ['an e-mail as responsible', { responsibleAccountId: 'ann@example.com' }, 'responsibleAccountId must be an Atlassian account id'],
    ['a missing analyst', { analysis: { withinWorkingDays: 2 } }, 'analysis.analystAccountId must be an Atlassian account id'],
    ['analysis too late', { analysis: { analystAccountId: 'acc-1', withinWorkingDays: 61 } }, 'analysis.withinWorkingDays must be a whole number from 0 to 60'],
    ['an unknown report type', { reportType: 'memo' }, 'reportType must be one of checklist_report, log_review_report, equipment_inspection_report, document_review_report, survey_summary, vendor_review, automated_feed_summary, kpi_report, audit_style_report'],
    ['a spot-check flag as text', { spotCheckOfCriticalTask: 'yes' }, 'spotCheckOfCriticalTask must be true or false'],
    ['an invalid recurrence', { recurrence: { ...valid.recurrence, rule: { frequency: 'daily', interval: 0 } } }, 'interval must be a whole number from 1 to 999'],
  ])('rejects %s', (_name, override, message) => {
    expect(messagesFor(override)).toContain(message);
  });

  it('reports every problem at once', () => {
    expect(messagesFor({ title: '', leadTimeDays: 400 })).toEqual(['title must not be empty', 'leadTimeDays must be a whole number from 0 to 365']);
  });
});

describe('monitoringItemSchema (stored items)', () => {
  it.each([
    ['draft', draftItem()],
    ['active', activeItem()],
    ['retired', retireMonitoringItem(activeItem(), { retiredOn: d('2026-06-30'), reason: 'Replaced' }, ctx()).item],
  ])('reads back a %s item unchanged', (_name, item) => {
    expect(monitoringItemSchema.parse(item)).toEqual(item);
  });

  it.each([
    ['an "@" in the id', { ...activeItem(), id: 'item@1' }, 'id must be 1–64 letters, digits, ".", "_", ":" or "-"'],
    ['an unknown status', { ...activeItem(), status: 'paused' }, 'status must be one of draft, active, retired'],
    ['an active item without activeFrom', { ...draftItem(), status: 'active' }, 'activeFrom must be a calendar date in the form YYYY-MM-DD'],
  ])('rejects %s', (_name, input, message) => {
    expect(monitoringItemSchema.safeParse(input).error?.issues.map((issue) => issue.message)).toContain(message);
  });
});

describe('monitoring vocabulary', () => {
  it('has the five monitored elements and seven methods of the brief, each labelled', () => {
    expect(MONITORED_ELEMENTS).toHaveLength(5);
    expect(MONITORING_METHODS).toHaveLength(7);
    expect(MONITORED_ELEMENTS.every((element) => MONITORED_ELEMENT_LABELS[element].length > 0)).toBe(true);
    expect(MONITORING_METHODS.every((method) => MONITORING_METHOD_LABELS[method].length > 0)).toBe(true);
  });

  it('suggests a report type for every method', () => {
    expect(DEFAULT_REPORT_TYPE.log_review).toBe('log_review_report');
    expect(DEFAULT_REPORT_TYPE.stakeholder_feedback).toBe('survey_summary');
  });
});
