// The KPI page's resolver (the ISMS project page "clause9-isms", sub-page kpis). Reading needs Browse Projects in the ISMS project;
// defining KPIs and recording measurements needs the ISMS manager role — both checked as the calling user first.
import { kvsCsvUploadPorts } from '../adapters/storage/csv-upload-parts';
import { kvsKpiPorts, kvsMeasurementPorts } from '../adapters/storage/kpi-store';
import { assembleCsvUpload } from '../app/assemble-csv-upload';
import { createKpi } from '../app/create-kpi';
import { exportMeasurementsCsv } from '../app/export-measurements-csv';
import { getKpi } from '../app/get-kpi';
import { importMeasurementsCsv } from '../app/import-measurements-csv';
import { listKpiHistory } from '../app/list-kpi-history';
import { listKpis } from '../app/list-kpis';
import { listMeasurementHistory } from '../app/list-measurement-history';
import { listStaleKpis } from '../app/list-stale-kpis';
import { recordMeasurement } from '../app/record-measurement';
import { retireKpi } from '../app/retire-kpi';
import { updateKpi } from '../app/update-kpi';
import {
  DEFAULT_GRACE_DAYS,
  DEFAULT_KPI_PERIODS,
  kpiCreatePayloadSchema,
  kpiGetPayloadSchema,
  kpiHistoryPayloadSchema,
  kpiListPayloadSchema,
  kpiRetirePayloadSchema,
  kpiStalePayloadSchema,
  kpiUpdatePayloadSchema,
  measurementExportPayloadSchema,
  measurementHistoryPayloadSchema,
  measurementImportPayloadSchema,
  measurementSubmissionSchema,
} from '../contracts/kpi-payloads';
import { authoriseIsmsManager, authoriseIsmsReader, readClock } from './isms-access';
import { ResolverSurface } from './resolver-surface';

const reader = (): Promise<void> => authoriseIsmsReader();
const manager = (): Promise<void> => authoriseIsmsManager();

export const kpiResolver = new ResolverSurface('kpis')
  .define('kpis/list', {
    input: kpiListPayloadSchema,
    authorise: reader,
    run: async ({ payload }) =>
      listKpis(kvsMeasurementPorts, {
        today: (await readClock()).today,
        periods: payload.periods ?? DEFAULT_KPI_PERIODS,
        graceDays: payload.graceDays ?? DEFAULT_GRACE_DAYS,
        includeRetired: payload.includeRetired ?? false,
      }),
  })
  .define('kpis/get', {
    input: kpiGetPayloadSchema,
    authorise: reader,
    run: async ({ payload }) => getKpi(kvsMeasurementPorts, { ...payload, today: (await readClock()).today, graceDays: payload.graceDays ?? DEFAULT_GRACE_DAYS }),
  })
  .define('kpis/stale', {
    input: kpiStalePayloadSchema,
    authorise: reader,
    run: async ({ payload }) => listStaleKpis(kvsMeasurementPorts, { today: (await readClock()).today, graceDays: payload.graceDays ?? DEFAULT_GRACE_DAYS }),
  })
  .define('kpis/history', {
    input: kpiHistoryPayloadSchema,
    authorise: reader,
    run: ({ payload }) => listKpiHistory(kvsKpiPorts, payload),
  })
  .define('kpis/create', {
    input: kpiCreatePayloadSchema,
    authorise: manager,
    run: async ({ payload, accountId }) => createKpi(kvsKpiPorts, { definition: payload.definition, actor: { by: accountId, at: (await readClock()).at } }),
  })
  .define('kpis/update', {
    input: kpiUpdatePayloadSchema,
    authorise: manager,
    run: async ({ payload, accountId }) =>
      updateKpi(kvsKpiPorts, { definition: payload.definition, expectedVersion: payload.expectedVersion, actor: { by: accountId, at: (await readClock()).at } }),
  })
  .define('kpis/retire', {
    input: kpiRetirePayloadSchema,
    authorise: manager,
    run: async ({ payload, accountId }) => {
      const { at, today } = await readClock();
      return retireKpi(kvsKpiPorts, { kpiId: payload.kpiId, reason: payload.reason, retiredOn: payload.retiredOn ?? today, expectedVersion: payload.expectedVersion, actor: { by: accountId, at } });
    },
  })
  .define('measurements/record', {
    input: measurementSubmissionSchema,
    authorise: manager,
    run: async ({ payload, accountId }) => recordMeasurement(kvsMeasurementPorts, { submission: payload, source: { kind: 'manual' }, by: accountId, at: (await readClock()).at }),
  })
  .define('measurements/history', {
    input: measurementHistoryPayloadSchema,
    authorise: reader,
    run: ({ payload }) => listMeasurementHistory(kvsMeasurementPorts, payload),
  })
  .define('measurements/import-csv', {
    input: measurementImportPayloadSchema,
    authorise: manager,
    run: async ({ payload, accountId }) => {
      const upload = await assembleCsvUpload(kvsCsvUploadPorts, payload, accountId);
      if (!upload.complete) return upload.progress;
      const report = await importMeasurementsCsv(kvsMeasurementPorts, { text: upload.text, dryRun: payload.dryRun, actor: { by: accountId, at: (await readClock()).at } });
      await upload.discard(); // parts are consumed by the run they complete; the next run sends its own
      return report;
    },
  })
  .define('measurements/export-csv', {
    input: measurementExportPayloadSchema,
    authorise: reader,
    run: async ({ payload }) => exportMeasurementsCsv(kvsMeasurementPorts, { ...payload, today: (await readClock()).today }),
  })
  .handler();
