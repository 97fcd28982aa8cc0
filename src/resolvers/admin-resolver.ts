// The admin page's resolver (jira:adminPage "clause9-admin"): Jira administrators only. Setup and every Jira call
// it makes run as the admin (asUser); settings are versioned in KVS with who and when.
import { groupExists } from '../adapters/jira/group-exists';
import { jiraAsUser } from '../adapters/jira/jira-requester';
import { APP_SETTINGS, readAdminSettings, readSetupSettings } from '../adapters/storage/app-settings';
import { readSetupReport, readSetupState } from '../adapters/storage/setup-state';
import { getAppStatus } from '../app/get-app-status';
import { runSetup } from '../app/run-setup';
import { saveSetting } from '../app/save-setting';
import {
  emptyPayloadSchema,
  runSetupPayloadSchema,
  saveAccessPayloadSchema,
  saveCalendarPayloadSchema,
  saveEscalationPayloadSchema,
  withoutExpectedVersion,
} from '../contracts/admin-payloads';
import { requireJiraAdmin } from './authorise';
import { ResolverSurface } from './resolver-surface';
import { setupPorts } from './setup-ports';
import { describeKpiWebTrigger } from '../app/describe-kpi-webtrigger';
import { rotateKpiWebTriggerSecret } from '../app/rotate-kpi-webtrigger-secret';
import { kpiWebTriggerPorts } from './kpi-webtrigger-ports';

const adminOnly = (): Promise<void> => requireJiraAdmin();
const jiraGroups = { groupExists: (groupName: string) => groupExists(jiraAsUser(), groupName) };

export const adminResolver = new ResolverSurface('admin')
  .define('admin/status', {
    input: emptyPayloadSchema,
    authorise: adminOnly,
    run: () => getAppStatus({ readSetupState }),
  })
  .define('setup/run', {
    input: runSetupPayloadSchema,
    authorise: adminOnly,
    run: async ({ payload, accountId }) => {
      const current = await readSetupSettings();
      const settings = { ...current, ...payload };
      await saveSetting(APP_SETTINGS.setup.store, { value: settings, expectedVersion: undefined, by: accountId, at: new Date() }, jiraGroups);
      return runSetup(setupPorts(jiraAsUser()), { accountId, settings });
    },
  })
  .define('setup/report', {
    input: emptyPayloadSchema,
    authorise: adminOnly,
    run: async () => (await readSetupReport()) ?? null,
  })
  .define('settings/get', {
    input: emptyPayloadSchema,
    authorise: adminOnly,
    run: () => readAdminSettings(),
  })
  .define('settings/calendar/save', {
    input: saveCalendarPayloadSchema,
    authorise: adminOnly,
    run: ({ payload, accountId }) => saveSetting(APP_SETTINGS.calendar.store, { ...withoutExpectedVersion(payload), by: accountId, at: new Date() }, jiraGroups),
  })
  .define('settings/escalation/save', {
    input: saveEscalationPayloadSchema,
    authorise: adminOnly,
    run: ({ payload, accountId }) =>
      saveSetting(
        APP_SETTINGS.escalation.store,
        { ...withoutExpectedVersion(payload), by: accountId, at: new Date(), groupNames: { 'steeringCommittee.groupName': payload.steeringCommittee.groupName } },
        jiraGroups,
      ),
  })
  .define('settings/access/save', {
    input: saveAccessPayloadSchema,
    authorise: adminOnly,
    run: ({ payload, accountId }) =>
      saveSetting(APP_SETTINGS.access.store, { ...withoutExpectedVersion(payload), by: accountId, at: new Date(), groupNames: { ismsGroup: payload.ismsGroup } }, jiraGroups),
  })
  // KPI web trigger (docs/kpi-ingestion.md): its URL and signing status; rotating returns the new secret once.
  .define('webtrigger/url', { input: emptyPayloadSchema, authorise: adminOnly, run: () => describeKpiWebTrigger(kpiWebTriggerPorts) })
  .define('webtrigger/rotate-secret', {
    input: emptyPayloadSchema,
    authorise: adminOnly,
    run: ({ accountId }) => rotateKpiWebTriggerSecret(kpiWebTriggerPorts, { by: accountId, at: new Date().toISOString() }),
  })
  .handler();
