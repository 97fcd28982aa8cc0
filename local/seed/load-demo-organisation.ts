// The seam through which the ISMS dataset reaches the app. Each port is a function the app's own import use cases
// will provide (a later issue builds them: matrix import, KPI import, audit programme, findings, reviews), so the
// demo data goes through the same validation and storage as a customer's. Until a port exists, that part is
// reported as pending and nothing is written around the app.
import type { AuditProgramme } from '../../src/domain/audit-programme/audit-programme';
import type { KpiDefinition, KpiMeasurement } from '../../src/domain/kpi';
import type { MonitoringItem } from '../../src/domain/monitoring-item';
import type { DemoCorrectiveAction, DemoFinding, DemoManagementReview, DemoOrganisation } from './demo-organisation';

export interface DemoOrganisationPorts {
  // PLUG IN: src/app import use cases, called as the ISMS manager through the Forge host, e.g.
  //   importMonitoringItems: (items) => forge.invokeResolver({ moduleKey: 'clause9-matrix', functionKey: 'matrix/import', … })
  readonly importCalendar?: (calendar: DemoOrganisation['calendar']) => Promise<void>;
  readonly importMonitoringItems?: (items: readonly MonitoringItem[]) => Promise<void>;
  readonly importKpis?: (kpis: readonly KpiDefinition[], measurements: readonly KpiMeasurement[]) => Promise<void>;
  readonly importAuditProgramme?: (programme: AuditProgramme) => Promise<void>;
  readonly importFindings?: (findings: readonly DemoFinding[], actions: readonly DemoCorrectiveAction[]) => Promise<void>;
  readonly importManagementReview?: (review: DemoManagementReview) => Promise<void>;
}

export interface LoadReport {
  readonly loaded: readonly string[];
  /** Parts with no port yet: the app has no import use case for them. */
  readonly pending: readonly string[];
}

/** Loads what the ports allow, in dependency order (matrix before findings that cite checks, etc.). */
export async function loadDemoOrganisation(organisation: DemoOrganisation, ports: DemoOrganisationPorts): Promise<LoadReport> {
  const loaded: string[] = [];
  const pending: string[] = [];
  const step = async (name: string, run: (() => Promise<void>) | undefined): Promise<void> => {
    if (run === undefined) {
      pending.push(name);
      return;
    }
    await run();
    loaded.push(name);
  };
  const { importCalendar, importMonitoringItems, importKpis, importAuditProgramme, importFindings, importManagementReview } = ports;
  await step('working-day calendar', importCalendar && (() => importCalendar(organisation.calendar)));
  await step(`monitoring matrix (${organisation.monitoringItems.length} items)`, importMonitoringItems && (() => importMonitoringItems(organisation.monitoringItems)));
  await step(`KPIs (${organisation.kpis.length}, ${organisation.measurements.length} measurements)`, importKpis && (() => importKpis(organisation.kpis, organisation.measurements)));
  await step(`audit programme (${organisation.auditProgramme.audits.length} audits)`, importAuditProgramme && (() => importAuditProgramme(organisation.auditProgramme)));
  await step(
    `findings (${organisation.findings.length}) and corrective actions (${organisation.correctiveActions.length})`,
    importFindings && (() => importFindings(organisation.findings, organisation.correctiveActions)),
  );
  await step('management review', importManagementReview && (() => importManagementReview(organisation.managementReview)));
  return { loaded, pending };
}
