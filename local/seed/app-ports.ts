// The DemoOrganisationPorts of the local stack: every part of the Northwind ISMS goes into the app through its own
// resolvers, invoked through the Forge host as the demo person who would do it (local/seed/app/*), and the daily
// sweep runs as the scheduled trigger. On a test manifest without the app's pages no port is offered, so that stack
// reports every part as pending instead of failing.
import type { ForgeHost } from '../forge';
import { loadManifest } from '../forge/manifest/load-manifest';
import type { JiraStandIn } from '../jira';
import type { LocalDate } from '../../src/domain/local-date';
import { appCaller } from './app/app-caller';
import { importAuditProgramme, AUDITS_PAGE } from './app/audit-programme-port';
import { writeCheckHistory } from './app/check-history-port';
import { runDailySweep, sweepTriggerKey } from './app/daily-sweep-port';
import { FINDING_PANEL, importFindings } from './app/findings-port';
import { createIssue } from './app/jira-as-user';
import { importManagementReview, REVIEWS_PANEL } from './app/management-review-port';
import { importKpis, importMonitoringItems, KPI_PAGE, MATRIX_PAGE } from './app/matrix-and-kpis-port';
import { ADMIN_PAGE, saveCalendar, setUpApp } from './app/settings-port';
import type { DemoOrganisation } from './demo-organisation';
import type { DemoOrganisationPorts } from './load-demo-organisation';

export interface AppPortsContext {
  readonly forge: ForgeHost;
  readonly jira: JiraStandIn;
  readonly manifestPath: string;
  readonly organisation: DemoOrganisation;
}

/** The app's modules every part needs (setup needs the admin page; everything else needs setup). */
export const REQUIRED_MODULES = [ADMIN_PAGE, MATRIX_PAGE, KPI_PAGE, AUDITS_PAGE, FINDING_PANEL, REVIEWS_PANEL] as const;

export function appPorts(context: AppPortsContext): DemoOrganisationPorts {
  const { forge, jira, organisation } = context;
  const app = appCaller(forge);
  const today: LocalDate = organisation.today;
  const manifest = loadManifest(context.manifestPath);
  const moduleKeys = new Set(manifest.modules.map((module) => module.key));
  // A test manifest without the app's pages and fields: setup could not complete, so every part stays pending.
  if (!REQUIRED_MODULES.every((key) => moduleKeys.has(key))) return {};
  const triggerKey = sweepTriggerKey(manifest);
  const { calendar, settings } = organisation;
  return {
    setUpApp: (appSettings) => setUpApp(app, appSettings),
    importCalendar: (workingDays, reportDays) => saveCalendar(app, workingDays, reportDays),
    importMonitoringItems: (items) => importMonitoringItems(app, items),
    importKpis: (kpis, measurements) => importKpis(app, kpis, measurements),
    importAuditProgramme: (programme, soa, ownership) => importAuditProgramme(app, ownership, programme, soa),
    importFindings: async (findings, actions) => {
      await importFindings(app, today, findings, actions);
      // An engineer reports one in Jira itself; the ISMS manager has yet to record it from its panel.
      await createIssue(jira.url, 'engineer', {
        projectKey: 'ISMS',
        issueTypeName: 'Finding',
        summary: 'Production database password pasted in a team wiki page',
        description: 'Found while reviewing the payments team wiki: the read-write password of the ledger database sits in the on-call page, visible to all staff.',
      });
    },
    importCheckHistory: (checks) => {
      writeCheckHistory(jira.admin, checks, calendar, settings.reportDeadlineWorkingDays);
      return Promise.resolve();
    },
    importManagementReview: (review) => importManagementReview(app, jira.url, review),
    ...(triggerKey === undefined ? {} : { runDailySweep: () => runDailySweep(forge, triggerKey) }),
  };
}
