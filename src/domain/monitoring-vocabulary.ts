// The fixed vocabularies of the monitoring matrix (ISMSP07): stable codes are stored and searched; labels are shown.
// Codes never change once shipped: Jira fields, JQL and exports depend on them.

export const ENTITY_KINDS = ['process', 'control', 'system', 'supplier', 'team', 'other'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** What a monitoring item watches — the five elements of the matrix. */
export const MONITORED_ELEMENTS = [
  'incident_response_resources',
  'policy_adherence',
  'objectives_and_kpis',
  'incident_response_competence',
  'proactive_detection',
] as const;
export type MonitoredElement = (typeof MONITORED_ELEMENTS)[number];

export const MONITORED_ELEMENT_LABELS: Readonly<Record<MonitoredElement, string>> = {
  incident_response_resources: 'Incident-response resources are calibrated and working',
  policy_adherence: 'ISMS and security policies and procedures are adhered to',
  objectives_and_kpis: 'Objectives and KPIs are met',
  incident_response_competence: 'Incident-response personnel are trained and competent',
  proactive_detection: 'Nonconformities, continuity deteriorations, failures and incidents are detected proactively',
};

export const MONITORING_METHODS = [
  'checklist_inspection',
  'log_review',
  'equipment_inspection',
  'document_review',
  'stakeholder_feedback',
  'vendor_contract_review',
  'automated_collection',
] as const;
export type MonitoringMethod = (typeof MONITORING_METHODS)[number];

export const MONITORING_METHOD_LABELS: Readonly<Record<MonitoringMethod, string>> = {
  checklist_inspection: 'Systematic inspection with a checklist',
  log_review: 'Review of logs and statistical patterns',
  equipment_inspection: 'Inspection of equipment supporting incident response',
  document_review: 'Analysis of documents and records',
  stakeholder_feedback: 'Stakeholder feedback (surveys, interviews)',
  vendor_contract_review: 'Outsourced-vendor contract review',
  automated_collection: 'Automated collection (e.g. from a SIEM)',
};

/** Proactive: conformity checks before anything fails. Reactive: investigating failures and incidents. */
export const MONITORING_APPROACHES = ['proactive', 'reactive'] as const;
export type MonitoringApproach = (typeof MONITORING_APPROACHES)[number];

export const REPORT_TYPES = [
  'checklist_report',
  'log_review_report',
  'equipment_inspection_report',
  'document_review_report',
  'survey_summary',
  'vendor_review',
  'automated_feed_summary',
  'kpi_report',
  'audit_style_report',
] as const;
export type MonitoringReportType = (typeof REPORT_TYPES)[number];

export const REPORT_TYPE_LABELS: Readonly<Record<MonitoringReportType, string>> = {
  checklist_report: 'Checklist report',
  log_review_report: 'Log review report',
  equipment_inspection_report: 'Equipment inspection report',
  document_review_report: 'Document and records review report',
  survey_summary: 'Survey / interview summary',
  vendor_review: 'Vendor review',
  automated_feed_summary: 'Automated feed summary',
  kpi_report: 'KPI report',
  audit_style_report: 'Audit-style report',
};

/** The report a method usually produces: the matrix editor's default, which the MR may override. */
export const DEFAULT_REPORT_TYPE: Readonly<Record<MonitoringMethod, MonitoringReportType>> = {
  checklist_inspection: 'checklist_report',
  log_review: 'log_review_report',
  equipment_inspection: 'equipment_inspection_report',
  document_review: 'document_review_report',
  stakeholder_feedback: 'survey_summary',
  vendor_contract_review: 'vendor_review',
  automated_collection: 'automated_feed_summary',
};
