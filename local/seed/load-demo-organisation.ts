// The seam through which the ISMS dataset reaches the app. Each port goes through the app's own code paths — its
// resolvers invoked through the Forge host as the right demo person (local/seed/app-ports.ts) — so the demo data
// gets the same validation and storage as a customer's. A part without a port is reported as pending and nothing is
// written around the app for it.
import type { DemoOrganisation } from './demo-organisation';

export interface DemoOrganisationPorts {
  /** Setup on the admin page, then who the ISMS managers are and the escalation chain. */
  readonly setUpApp?: (settings: DemoOrganisation['settings']) => Promise<void>;
  readonly importCalendar?: (calendar: DemoOrganisation['calendar'], reportDeadlineWorkingDays: number) => Promise<void>;
  readonly importMonitoringItems?: (items: DemoOrganisation['monitoringItems']) => Promise<void>;
  readonly importKpis?: (kpis: DemoOrganisation['kpis'], measurements: DemoOrganisation['measurements']) => Promise<void>;
  readonly importAuditProgramme?: (
    programme: DemoOrganisation['auditProgramme'],
    statementOfApplicability: DemoOrganisation['statementOfApplicability'],
    ownership: DemoOrganisation['settings']['ownership'],
  ) => Promise<void>;
  readonly importFindings?: (findings: DemoOrganisation['findings'], actions: DemoOrganisation['correctiveActions']) => Promise<void>;
  /** Monitoring checks worked before today (the pack of the management review counts them). */
  readonly importCheckHistory?: (checks: DemoOrganisation['checks']) => Promise<void>;
  readonly importManagementReview?: (review: DemoOrganisation['managementReview']) => Promise<void>;
  /** Last: the daily sweep creates today's checks, fills the gadgets' read models and escalates late work. */
  readonly runDailySweep?: () => Promise<void>;
}

/** Thrown by a port when the app has no code path for its part yet (e.g. an unknown resolver key): reported pending. */
export class PartPendingError extends Error {}

export interface LoadReport {
  readonly loaded: readonly string[];
  /** Parts with no port, or whose port found no code path in the app (with the reason). */
  readonly pending: readonly string[];
  /** How long each loaded part took, in ms, in load order. */
  readonly timings: readonly { readonly part: string; readonly ms: number }[];
}

/** Loads what the ports allow, in dependency order (setup first, the matrix before checks and findings, the sweep last). */
export async function loadDemoOrganisation(organisation: DemoOrganisation, ports: DemoOrganisationPorts): Promise<LoadReport> {
  const loaded: string[] = [];
  const pending: string[] = [];
  const timings: { part: string; ms: number }[] = [];
  const step = async (name: string, run: (() => Promise<void>) | undefined): Promise<void> => {
    if (run === undefined) {
      pending.push(name);
      return;
    }
    const started = performance.now();
    try {
      await run();
    } catch (error) {
      if (error instanceof PartPendingError) {
        pending.push(`${name} (${error.message})`);
        return;
      }
      throw new Error(`loading the demo ${name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    timings.push({ part: name, ms: performance.now() - started });
    loaded.push(name);
  };
  const o = organisation;
  const { setUpApp, importCalendar, importMonitoringItems, importKpis, importAuditProgramme, importFindings, importCheckHistory, importManagementReview, runDailySweep } = ports;
  await step('setup and settings', setUpApp && (() => setUpApp(o.settings)));
  await step('working-day calendar', importCalendar && (() => importCalendar(o.calendar, o.settings.reportDeadlineWorkingDays)));
  await step(`monitoring matrix (${o.monitoringItems.length} items)`, importMonitoringItems && (() => importMonitoringItems(o.monitoringItems)));
  await step(`KPIs (${o.kpis.length}, ${o.measurements.length} measurements)`, importKpis && (() => importKpis(o.kpis, o.measurements)));
  await step(
    `audit programme (${o.auditProgramme.audits.length} audits)`,
    importAuditProgramme && (() => importAuditProgramme(o.auditProgramme, o.statementOfApplicability, o.settings.ownership)),
  );
  await step(`findings (${o.findings.length}) and corrective actions (${o.correctiveActions.length})`, importFindings && (() => importFindings(o.findings, o.correctiveActions)));
  await step(`monitoring check history (${o.checks.length} checks)`, importCheckHistory && (() => importCheckHistory(o.checks)));
  await step('management review', importManagementReview && (() => importManagementReview(o.managementReview)));
  await step('daily sweep', runDailySweep && (() => runDailySweep()));
  return { loaded, pending, timings };
}
