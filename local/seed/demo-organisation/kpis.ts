// Northwind's first KPIs in the ISO/IEC 27004 model: what management asks, how it is measured, when it is red.
import type { KpiDefinition } from '../../../src/domain/kpi';
import type { LocalDate } from '../../../src/domain/local-date';
import { ID } from '../demo-people';

const STEERING = 'ISMS Steering Committee';

type KpiSpec = Omit<KpiDefinition, 'effectiveFrom'>;

const SPECS: readonly KpiSpec[] = [
  {
    id: 'KPI-INC', name: 'Security incidents per month', unit: 'incidents',
    informationNeed: 'Is the number of confirmed security incidents under control, and is it falling?',
    baseMeasures: [{ name: 'incidents', unit: 'incidents', measurementMethod: 'Count of incident tickets confirmed as security incidents (severity 1–3) in the month.' }],
    derivedMeasures: [], indicator: { measure: 'incidents', analyticalModel: 'Monthly count against the target; a rising 6-month trend is escalated even when green.' },
    direction: 'lower_is_better', target: 3, decisionCriteria: { green: 3, amber: 5 },
    collectionFrequency: 'monthly', reportingFrequency: 'monthly', owner: ID.ciso, collector: ID.sreLead, audience: [STEERING], dataSource: { kind: 'manual' },
  },
  {
    id: 'KPI-MTTR', name: 'Mean time to respond to security incidents', unit: 'hours',
    informationNeed: 'Do we contain security incidents fast enough to limit their impact?',
    baseMeasures: [
      { name: 'response_hours', unit: 'hours', measurementMethod: 'Sum over the month of hours from alert to containment, from incident timelines.' },
      { name: 'incidents_responded', unit: 'incidents', measurementMethod: 'Incidents contained in the month.' },
    ],
    derivedMeasures: [{ name: 'mean_response', unit: 'hours', formula: 'response_hours / incidents_responded' }],
    indicator: { measure: 'mean_response', analyticalModel: 'Monthly mean; more than 8 hours means the on-call or tooling is not working.' },
    direction: 'lower_is_better', target: 4, decisionCriteria: { green: 4, amber: 8 },
    collectionFrequency: 'monthly', reportingFrequency: 'monthly', owner: ID.ciso, collector: ID.sreLead, audience: [STEERING, 'Incident response team'], dataSource: { kind: 'manual' },
  },
  {
    id: 'KPI-PHISH', name: 'Phishing simulation click rate', unit: '%',
    informationNeed: 'Are staff getting better at recognising phishing?',
    baseMeasures: [
      { name: 'clicked', unit: 'people', measurementMethod: 'Recipients who clicked the simulated phishing link.' },
      { name: 'sent', unit: 'people', measurementMethod: 'Recipients of the monthly simulation.' },
    ],
    derivedMeasures: [{ name: 'click_rate', unit: '%', formula: 'clicked / sent * 100' }],
    indicator: { measure: 'click_rate', analyticalModel: 'Monthly click rate; three amber months in a row trigger targeted training.' },
    direction: 'lower_is_better', target: 3, decisionCriteria: { green: 3, amber: 6 },
    collectionFrequency: 'monthly', reportingFrequency: 'quarterly', owner: ID.ismsManager, collector: ID.itOps, audience: [STEERING, 'All staff'],
    dataSource: { kind: 'automated', sourceName: 'Phishing simulation platform' },
  },
  {
    id: 'KPI-PATCH', name: 'Patch compliance within SLA', unit: '%',
    informationNeed: 'Are critical and high vulnerabilities patched within 14 days?',
    baseMeasures: [
      { name: 'patched_in_sla', unit: 'vulnerabilities', measurementMethod: 'Critical/high findings closed within 14 days of detection.' },
      { name: 'due', unit: 'vulnerabilities', measurementMethod: 'Critical/high findings whose 14-day SLA ended in the month.' },
    ],
    derivedMeasures: [{ name: 'compliance', unit: '%', formula: 'patched_in_sla / due * 100' }],
    indicator: { measure: 'compliance', analyticalModel: 'Monthly percentage against the 95% objective (security objective SO-2).' },
    direction: 'higher_is_better', target: 95, decisionCriteria: { green: 95, amber: 85 },
    collectionFrequency: 'monthly', reportingFrequency: 'monthly', owner: ID.platformLead, collector: ID.itOps, audience: [STEERING],
    dataSource: { kind: 'automated', sourceName: 'Vulnerability scanner' },
  },
  {
    id: 'KPI-CHK', name: 'Monitoring checks done on time', unit: '%',
    informationNeed: 'Is the monitoring schedule being followed?',
    baseMeasures: [
      { name: 'done_on_time', unit: 'checks', measurementMethod: 'Checks due in the month completed on or before their due date.' },
      { name: 'checks_due', unit: 'checks', measurementMethod: 'Checks due in the month.' },
    ],
    derivedMeasures: [{ name: 'on_time', unit: '%', formula: 'done_on_time / checks_due * 100' }],
    indicator: { measure: 'on_time', analyticalModel: 'Monthly percentage; below 75% is reported to the steering committee as a nonconformity risk.' },
    direction: 'higher_is_better', target: 90, decisionCriteria: { green: 90, amber: 75 },
    collectionFrequency: 'monthly', reportingFrequency: 'monthly', owner: ID.ismsManager, collector: ID.ismsManager, audience: [STEERING], dataSource: { kind: 'manual' },
  },
  {
    id: 'KPI-CA', name: 'Corrective actions closed on time', unit: '%',
    informationNeed: 'Are nonconformities corrected when promised?',
    baseMeasures: [
      { name: 'closed_on_time', unit: 'actions', measurementMethod: 'Corrective actions implemented on or before their due date in the month.' },
      { name: 'closed', unit: 'actions', measurementMethod: 'Corrective actions implemented in the month.' },
    ],
    derivedMeasures: [{ name: 'closed_on_time_pct', unit: '%', formula: 'closed_on_time / closed * 100' }],
    indicator: { measure: 'closed_on_time_pct', analyticalModel: 'Monthly percentage against the 85% objective.' },
    direction: 'higher_is_better', target: 85, decisionCriteria: { green: 85, amber: 70 },
    collectionFrequency: 'monthly', reportingFrequency: 'quarterly', owner: ID.ismsManager, collector: ID.ismsManager, audience: [STEERING], dataSource: { kind: 'manual' },
  },
  {
    id: 'KPI-AWARE', name: 'Security awareness training completion', unit: '%',
    informationNeed: 'Has everyone completed the mandatory annual awareness training?',
    baseMeasures: [{ name: 'completion', unit: '%', measurementMethod: 'Share of active staff with a current training certificate in the LMS.' }],
    derivedMeasures: [], indicator: { measure: 'completion', analyticalModel: 'Quarterly percentage; not fed for two quarters means the HR feed is broken.' },
    direction: 'higher_is_better', target: 95, decisionCriteria: { green: 95, amber: 85 },
    collectionFrequency: 'quarterly', reportingFrequency: 'quarterly', owner: ID.hr, collector: ID.hr, audience: [STEERING, 'HR'], dataSource: { kind: 'manual' },
  },
];

/** The KPI definitions, in effect from the first of the month two years before `cycleStart`'s month. */
export function demoKpis(effectiveFrom: LocalDate): KpiDefinition[] {
  return SPECS.map((spec) => ({ ...spec, effectiveFrom }));
}
