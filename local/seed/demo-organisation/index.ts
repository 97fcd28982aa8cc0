// Northwind Payments' ISMS as plain typed data, relative to a demo "today": its working-day calendar, the monitoring
// matrix, KPIs with 18 months of history, the current audit programme, findings with corrective actions in every
// lifecycle state, and the last management review. Loading it into Jira and KVS goes through load-demo-organisation.ts.
import type { AuditProgramme } from '../../../src/domain/audit-programme/audit-programme';
import type { KpiDefinition, KpiMeasurement } from '../../../src/domain/kpi';
import type { LocalDate } from '../../../src/domain/local-date';
import { addMonths, fromParts, toParts } from '../../../src/domain/local-date';
import type { MonitoringItem } from '../../../src/domain/monitoring-item';
import { DEMO_APP_SETTINGS } from './app-settings';
import { demoCheckHistory } from './check-history';
import type { DemoCheck } from './check-history';
import type { DemoAppSettings } from './app-settings';
import { demoAuditProgramme, DEMO_SOA } from './audit-programme';
import { IMPROVEMENT_FINDINGS } from './improvements';
import { demoMeasurements } from './kpi-history';
import { demoKpis } from './kpis';
import { demoManagementReview } from './management-review';
import type { DemoManagementReview } from './management-review';
import { POLICY_AND_OBJECTIVE_ROWS } from './matrix-policy-and-objectives';
import { RESPONSE_AND_DETECTION_ROWS } from './matrix-response-and-detection';
import { toMonitoringItem } from './matrix-row';
import { OPEN_NONCONFORMITIES } from './nonconformities-open';
import { SETTLED_NONCONFORMITIES } from './nonconformities-settled';
import { replayFindings } from './replay-findings';
import type { DemoCorrectiveAction, DemoFinding } from './replay-findings';
import { DEMO_RISKS } from './risks';
import { demoWorkingDayCalendar } from './working-day-calendar';
import type { WorkingDayCalendar } from '../../../src/domain/working-days';
import type { DemoRisk } from './risks';

export type { DemoAppSettings } from './app-settings';
export type { CheckFate, DemoCheck } from './check-history';
export type { DemoCorrectiveAction, DemoFinding } from './replay-findings';
export type { DemoManagementReview } from './management-review';
export type { DemoRisk } from './risks';
export { DEMO_SOA } from './audit-programme';

export interface DemoOrganisation {
  readonly today: LocalDate;
  /** The admin page's settings and the control ownership register. */
  readonly settings: DemoAppSettings;
  readonly calendar: WorkingDayCalendar;
  readonly risks: readonly DemoRisk[];
  readonly monitoringItems: readonly MonitoringItem[];
  readonly kpis: readonly KpiDefinition[];
  readonly measurements: readonly KpiMeasurement[];
  readonly auditProgramme: AuditProgramme;
  readonly statementOfApplicability: typeof DEMO_SOA;
  readonly findings: readonly DemoFinding[];
  readonly correctiveActions: readonly DemoCorrectiveAction[];
  /** Monitoring checks worked before today, and the open and in-progress ones. */
  readonly checks: readonly DemoCheck[];
  readonly managementReview: DemoManagementReview;
}

export const FINDING_STORIES = [...SETTLED_NONCONFORMITIES, ...OPEN_NONCONFORMITIES, ...IMPROVEMENT_FINDINGS];

export function buildDemoOrganisation(today: LocalDate): DemoOrganisation {
  const { year, month } = toParts(today);
  const kpis = demoKpis(addMonths(fromParts(year, month, 1), -24));
  const { findings, correctiveActions } = replayFindings(FINDING_STORIES, today);
  const monitoringItems = [...RESPONSE_AND_DETECTION_ROWS, ...POLICY_AND_OBJECTIVE_ROWS].map((row) => toMonitoringItem(row, today));
  return {
    today,
    settings: DEMO_APP_SETTINGS,
    calendar: demoWorkingDayCalendar(today),
    risks: DEMO_RISKS,
    monitoringItems,
    kpis,
    measurements: demoMeasurements(kpis, today),
    auditProgramme: demoAuditProgramme(today),
    statementOfApplicability: DEMO_SOA,
    findings,
    correctiveActions,
    checks: demoCheckHistory(monitoringItems, findings, today),
    managementReview: demoManagementReview(today),
  };
}
