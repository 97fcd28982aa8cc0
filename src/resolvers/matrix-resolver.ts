// The monitoring matrix page's resolver (the ISMS project page "clause9-isms", sub-page matrix). Reading needs Browse Projects in the
// ISMS project; editing needs the ISMS manager role — both checked as the calling user before KVS is touched.
// The completed schedule searches Jira AS THE USER as well.
import { randomUUID } from 'node:crypto';

import { jiraAsUser } from '../adapters/jira/jira-requester';
import { searchMonitoringChecks } from '../adapters/jira/search-monitoring-checks';
import { kvsCsvUploadPorts } from '../adapters/storage/csv-upload-parts';
import { kvsMatrixPorts, readMonitoringItems } from '../adapters/storage/monitoring-item-store';
import { activateMatrixItem } from '../app/activate-monitoring-item';
import { assembleCsvUpload } from '../app/assemble-csv-upload';
import { createMatrixItem } from '../app/create-monitoring-item';
import { exportCompletedScheduleCsv } from '../app/export-completed-schedule-csv';
import { exportMatrixCsv } from '../app/export-matrix-csv';
import { getMatrixItem } from '../app/get-monitoring-item';
import { importMatrixCsv } from '../app/import-matrix-csv';
import { listCompletedSchedule, type CompletedScheduleRequest, type SchedulePorts } from '../app/list-completed-schedule';
import { listItemHistory } from '../app/list-item-history';
import { listMatrix } from '../app/list-matrix';
import { retireMatrixItem } from '../app/retire-monitoring-item';
import { updateMatrixItem } from '../app/update-monitoring-item';
import {
  emptyMatrixPayloadSchema,
  matrixActivatePayloadSchema,
  matrixCreatePayloadSchema,
  matrixHistoryPayloadSchema,
  matrixImportPayloadSchema,
  matrixItemIdPayloadSchema,
  matrixListPayloadSchema,
  matrixRetirePayloadSchema,
  matrixUpdatePayloadSchema,
} from '../contracts/matrix-payloads';
import { completedSchedulePayloadSchema, DEFAULT_SCHEDULE_LIMIT, type CompletedSchedulePayload } from '../contracts/schedule-payloads';
import { authoriseIsmsManager, authoriseIsmsReader, ismsSetup, readClock } from './isms-access';
import { ResolverSurface } from './resolver-surface';

const reader = (): Promise<void> => authoriseIsmsReader();
const manager = (): Promise<void> => authoriseIsmsManager();

async function scheduleRequest(payload: CompletedSchedulePayload): Promise<{ ports: SchedulePorts; request: CompletedScheduleRequest }> {
  const [setup, clock] = await Promise.all([ismsSetup(), readClock()]);
  const jira = jiraAsUser();
  const ports: SchedulePorts = { searchChecks: (window, limit) => searchMonitoringChecks(jira, setup, window, limit), readItems: readMonitoringItems };
  const window = { from: payload.from, to: payload.to, ...(payload.itemId === undefined ? {} : { itemId: payload.itemId }) };
  return { ports, request: { window, limit: payload.limit ?? DEFAULT_SCHEDULE_LIMIT, today: clock.today, timeZone: clock.timeZone } };
}

export const matrixResolver = new ResolverSurface('matrix')
  .define('matrix/list', {
    input: matrixListPayloadSchema,
    authorise: reader,
    run: async ({ payload }) => listMatrix(kvsMatrixPorts, { ...payload, today: (await readClock()).today }),
  })
  .define('matrix/get', {
    input: matrixItemIdPayloadSchema,
    authorise: reader,
    run: async ({ payload }) => getMatrixItem(kvsMatrixPorts, { id: payload.id, today: (await readClock()).today }),
  })
  .define('matrix/history', {
    input: matrixHistoryPayloadSchema,
    authorise: reader,
    run: ({ payload }) => listItemHistory(kvsMatrixPorts, payload),
  })
  .define('matrix/create', {
    input: matrixCreatePayloadSchema,
    authorise: manager,
    run: async ({ payload, accountId }) => {
      const { at } = await readClock();
      const id = payload.id ?? `MI-${randomUUID().slice(0, 8).toUpperCase()}`;
      return createMatrixItem(kvsMatrixPorts, { id, definition: payload.definition, actor: { by: accountId, at } });
    },
  })
  .define('matrix/update', {
    input: matrixUpdatePayloadSchema,
    authorise: manager,
    run: async ({ payload, accountId }) => {
      const { at } = await readClock();
      return updateMatrixItem(kvsMatrixPorts, { id: payload.id, definition: payload.definition, expectedVersion: payload.expectedVersion, actor: { by: accountId, at } });
    },
  })
  .define('matrix/activate', {
    input: matrixActivatePayloadSchema,
    authorise: manager,
    run: async ({ payload, accountId }) => {
      const { at, today } = await readClock();
      const request = { id: payload.id, activeFrom: payload.activeFrom ?? today, expectedVersion: payload.expectedVersion, actor: { by: accountId, at } };
      return activateMatrixItem(kvsMatrixPorts, request);
    },
  })
  .define('matrix/retire', {
    input: matrixRetirePayloadSchema,
    authorise: manager,
    run: async ({ payload, accountId }) => {
      const { at, today } = await readClock();
      const request = { id: payload.id, reason: payload.reason, retiredOn: payload.retiredOn ?? today, expectedVersion: payload.expectedVersion, actor: { by: accountId, at } };
      return retireMatrixItem(kvsMatrixPorts, request);
    },
  })
  .define('matrix/import-csv', {
    input: matrixImportPayloadSchema,
    authorise: manager,
    run: async ({ payload, accountId }) => {
      const upload = await assembleCsvUpload(kvsCsvUploadPorts, payload, accountId);
      if (!upload.complete) return upload.progress;
      const { at, today } = await readClock();
      const report = await importMatrixCsv(kvsMatrixPorts, { text: upload.text, dryRun: payload.dryRun, today, actor: { by: accountId, at } });
      await upload.discard(); // parts are consumed by the run they complete; the next run sends its own
      return report;
    },
  })
  .define('matrix/export-csv', {
    input: emptyMatrixPayloadSchema,
    authorise: reader,
    run: async () => exportMatrixCsv(kvsMatrixPorts, { today: (await readClock()).today }),
  })
  .define('schedule/completed', {
    input: completedSchedulePayloadSchema,
    authorise: reader,
    run: async ({ payload }) => {
      const { ports, request } = await scheduleRequest(payload);
      return listCompletedSchedule(ports, request);
    },
  })
  .define('schedule/completed-csv', {
    input: completedSchedulePayloadSchema,
    authorise: reader,
    run: async ({ payload }) => {
      const { ports, request } = await scheduleRequest(payload);
      return exportCompletedScheduleCsv(ports, request);
    },
  })
  .handler();
