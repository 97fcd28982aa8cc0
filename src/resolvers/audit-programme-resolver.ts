// The internal audit programme surface (the ISMS project page "clause9-isms", sub-page audits): reading needs Browse Projects on the ISMS project,
// planning and running audits needs the ISMS manager role — both checked AS THE USER before any app read or write.
import { saveControlOwnership, toOwnershipView } from '../app/save-control-ownership';
import { cancelInternalAudit } from '../app/cancel-internal-audit';
import { getAuditProgramme, listIndependenceConflicts, listUncoveredAreas } from '../app/get-audit-programme';
import { importAuditProgramme } from '../app/import-audit-programme';
import { planAuditProgramme } from '../app/plan-audit-programme';
import { reportInternalAudit } from '../app/report-internal-audit';
import { startInternalAudit } from '../app/start-internal-audit';
import { updatePlannedAudit } from '../app/update-planned-audit';
import { controlOwnershipStore } from '../adapters/storage/audit-programme-store';
import {
  cancelAuditPayloadSchema,
  emptyAuditPayloadSchema,
  importProgrammePayloadSchema,
  planProgrammePayloadSchema,
  programmeRefPayloadSchema,
  reportAuditPayloadSchema,
  saveOwnershipPayloadSchema,
  startAuditPayloadSchema,
  updateAuditPayloadSchema,
} from '../contracts/audit-programme-payloads';
import { withFieldErrors } from './field-errors';
import { authoriseIsmsManager, authoriseIsmsReader, ismsSetup, readClock } from './isms-access';
import { appIssuePorts, appJira, programmeStorePorts } from './isms-record-ports';
import { ResolverSurface } from './resolver-surface';

const reader = (): Promise<void> => authoriseIsmsReader();
const manager = (): Promise<void> => authoriseIsmsManager();

/** Programme storage plus the ISMS project's Jira, as the app. */
async function runPorts() {
  return { ...programmeStorePorts, ...appIssuePorts(await ismsSetup(), appJira()) };
}

export const auditProgrammeResolver = new ResolverSurface('audits')
  .define('programme/get', {
    input: programmeRefPayloadSchema,
    authorise: reader,
    run: ({ payload }) => getAuditProgramme(programmeStorePorts, payload.programmeId),
  })
  .define('programme/plan', {
    input: planProgrammePayloadSchema,
    authorise: manager,
    run: withFieldErrors(async ({ payload, accountId }) => planAuditProgramme(programmeStorePorts, payload, { by: accountId, at: (await readClock()).at })),
  })
  .define('programme/import', {
    input: importProgrammePayloadSchema,
    authorise: manager,
    run: withFieldErrors(async ({ payload, accountId }) => importAuditProgramme(await runPorts(), payload, { by: accountId, at: (await readClock()).at })),
  })
  .define('programme/uncovered', {
    input: programmeRefPayloadSchema,
    authorise: reader,
    run: ({ payload }) => listUncoveredAreas(programmeStorePorts, payload.programmeId),
  })
  .define('programme/conflicts', {
    input: programmeRefPayloadSchema,
    authorise: reader,
    run: ({ payload }) => listIndependenceConflicts(programmeStorePorts, payload.programmeId),
  })
  .define('audits/update', {
    input: updateAuditPayloadSchema,
    authorise: manager,
    run: withFieldErrors(async ({ payload, accountId }) => updatePlannedAudit(programmeStorePorts, payload, { by: accountId, at: (await readClock()).at })),
  })
  .define('audits/start', {
    input: startAuditPayloadSchema,
    authorise: manager,
    run: withFieldErrors(async ({ payload, accountId }) => {
      const clock = await readClock();
      return startInternalAudit(await runPorts(), { ...payload, startedOn: payload.startedOn ?? clock.today }, { by: accountId, at: clock.at });
    }),
  })
  .define('audits/report', {
    input: reportAuditPayloadSchema,
    authorise: manager,
    run: withFieldErrors(async ({ payload, accountId }) => {
      const clock = await readClock();
      return reportInternalAudit(await runPorts(), { ...payload, reportedOn: payload.reportedOn ?? clock.today }, { by: accountId, at: clock.at });
    }),
  })
  .define('audits/cancel', {
    input: cancelAuditPayloadSchema,
    authorise: manager,
    run: withFieldErrors(async ({ payload, accountId }) => {
      const clock = await readClock();
      return cancelInternalAudit(await runPorts(), { ...payload, cancelledOn: payload.cancelledOn ?? clock.today }, { by: accountId, at: clock.at });
    }),
  })
  .define('ownership/get', {
    input: emptyAuditPayloadSchema,
    authorise: reader,
    run: async () => toOwnershipView(await controlOwnershipStore.read()),
  })
  .define('ownership/save', {
    input: saveOwnershipPayloadSchema,
    authorise: manager,
    run: withFieldErrors(async ({ payload, accountId }) => saveControlOwnership(controlOwnershipStore, payload, { by: accountId, at: (await readClock()).at })),
  })
  .handler();
