// The matrix vocabularies as select options and table labels: the stored codes with their labels.
import type { MonitoringItemStatus } from '../../../../src/domain/monitoring-item';
import {
  ENTITY_KINDS, MONITORED_ELEMENT_LABELS, MONITORED_ELEMENTS, MONITORING_APPROACHES, MONITORING_METHOD_LABELS, MONITORING_METHODS, REPORT_TYPE_LABELS, REPORT_TYPES,
} from '../../../../src/domain/monitoring-vocabulary';
import type { EntityKind, MonitoringApproach } from '../../../../src/domain/monitoring-vocabulary';
import type { RecurrenceFrequency } from '../../../../src/domain/recurrence';

const capitalised = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export const ENTITY_KIND_OPTIONS = ENTITY_KINDS.map((value: EntityKind) => ({ value, label: capitalised(value) }));
export const ELEMENT_OPTIONS = MONITORED_ELEMENTS.map((value) => ({ value, label: MONITORED_ELEMENT_LABELS[value] }));
export const METHOD_OPTIONS = MONITORING_METHODS.map((value) => ({ value, label: MONITORING_METHOD_LABELS[value] }));
export const APPROACH_OPTIONS = MONITORING_APPROACHES.map((value: MonitoringApproach) => ({ value, label: capitalised(value) }));
export const REPORT_TYPE_OPTIONS = REPORT_TYPES.map((value) => ({ value, label: REPORT_TYPE_LABELS[value] }));

export const FREQUENCY_OPTIONS: readonly { readonly value: RecurrenceFrequency; readonly label: string }[] = [
  { value: 'daily', label: 'Daily' }, { value: 'weekly', label: 'Weekly' }, { value: 'monthly', label: 'Monthly' },
  { value: 'quarterly', label: 'Quarterly' }, { value: 'semi_annual', label: 'Semi-annually' }, { value: 'annual', label: 'Annually' },
];

export const WEEKDAY_OPTIONS = [
  { value: '1', label: 'Monday' }, { value: '2', label: 'Tuesday' }, { value: '3', label: 'Wednesday' }, { value: '4', label: 'Thursday' },
  { value: '5', label: 'Friday' }, { value: '6', label: 'Saturday' }, { value: '7', label: 'Sunday' },
] as const;

export const STATUS_LABEL: Readonly<Record<MonitoringItemStatus, string>> = { active: 'Active', draft: 'Draft', retired: 'Retired' };
export const STATUS_TONE: Readonly<Record<MonitoringItemStatus, string>> = { active: 'c9-tone-success', draft: 'c9-tone-neutral', retired: 'c9-tone-danger' };

/** Short names of the five matrix elements for the table (the full wording is the cell's title). */
export const ELEMENT_SHORT_LABEL: Readonly<Record<(typeof MONITORED_ELEMENTS)[number], string>> = {
  incident_response_resources: 'Incident-response resources',
  policy_adherence: 'Policy adherence',
  objectives_and_kpis: 'Objectives and KPIs',
  incident_response_competence: 'Incident-response competence',
  proactive_detection: 'Proactive detection',
};
