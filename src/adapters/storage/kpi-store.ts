// KPIs in KVS (layout in docs/decisions.md D10):
// - `kpi-definition`: one versioned row per KPI (key = KPI id; indexes by-kpi-id, by-status);
// - `kpi-measurement`: one versioned row per (KPI, collection period) (key `<kpiId>:<periodStart>`; index
//   by-kpi-period). A re-submitted value for a period is a new version of that row: the superseded value stays
//   in its `value-change` history, and the period never holds two values;
// - `kpi-measurement-receipt`: write-once, one per idempotency key a feeder used (key `<kpiId>:<sha256 of the key>`),
//   committed in the same transaction as the measurement it recorded.
import { createHash } from 'node:crypto';

import { Filter, FilterConditions, ForgeKvsAPIError, kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';

import type { KpiMeasurement } from '../../domain/kpi/kpi-measurement';
import { kpiMeasurementSchema } from '../../domain/kpi/kpi-measurement';
import { kpiRecordSchema, type KpiRecord, type KpiStatus } from '../../domain/kpi/kpi-record';
import { localDateSchema, type LocalDate } from '../../domain/local-date';
import { STORAGE_ENTITIES } from './storage-keys';
import { versionedEntity, type CreateAlongside, type EntityVersion, type VersionedWrite } from './versioned-entity';
import type { ValueChange } from './versioned-value';

export type StoredKpi = EntityVersion<KpiRecord>;
export type StoredMeasurement = EntityVersion<KpiMeasurement>;

export interface MeasurementReceipt {
  readonly kpiId: string;
  readonly periodStart: LocalDate;
  /** Canonical JSON of what was submitted, to tell a retry from a different post reusing the key. */
  readonly fingerprint: string;
  readonly recordedAt: string;
}

type Actor = { readonly by: string; readonly at: string };
type Page = { readonly limit?: number; readonly cursor?: string };

const definitions = versionedEntity<KpiRecord>(STORAGE_ENTITIES.kpiDefinition, kpiRecordSchema, (record) => ({ kpiId: record.definition.id, status: record.status }));
const measurements = versionedEntity<KpiMeasurement>(STORAGE_ENTITIES.kpiMeasurement, kpiMeasurementSchema, (m) => ({ kpiId: m.kpiId, periodStart: m.periodStart }));
const receiptSchema = z.object({ kpiId: z.string(), periodStart: localDateSchema, fingerprint: z.string(), recordedAt: z.string() });

export const measurementKey = (kpiId: string, periodStart: LocalDate): string => `${kpiId}:${periodStart}`;
const receiptKey = (kpiId: string, idempotencyKey: string): string => `${kpiId}:${createHash('sha256').update(idempotencyKey).digest('hex')}`;

export const kvsKpiPorts = {
  readKpi: (kpiId: string): Promise<StoredKpi | undefined> => definitions.get(kpiId),
  listKpis: (status?: KpiStatus): Promise<StoredKpi[]> =>
    status === undefined ? definitions.query({ index: 'by-kpi-id' }) : definitions.query({ index: 'by-status', partition: [status] }),
  saveKpi: async (write: VersionedWrite<KpiRecord>, actor: Actor): Promise<StoredKpi> => {
    const [saved] = await definitions.write([write], actor);
    if (saved === undefined) throw new Error('unreachable: one write gives one record');
    return saved;
  },
  kpiHistory: (kpiId: string, page?: Page): Promise<{ changes: ValueChange<KpiRecord>[]; nextCursor?: string }> => definitions.history(kpiId, page),
} as const;

export const kvsMeasurementPorts = {
  readKpi: kvsKpiPorts.readKpi,
  listKpis: kvsKpiPorts.listKpis,
  readMeasurement: (kpiId: string, periodStart: LocalDate): Promise<StoredMeasurement | undefined> => measurements.get(measurementKey(kpiId, periodStart)),
  readMeasurements: (keys: readonly { kpiId: string; periodStart: LocalDate }[]): Promise<Map<string, StoredMeasurement>> =>
    measurements.getMany(keys.map((key) => measurementKey(key.kpiId, key.periodStart))),
  /** One KPI's measurements with periodStart in [from, to], oldest first (all of them without a range). */
  listMeasurements: (kpiId: string, range?: { readonly from: LocalDate; readonly to: LocalDate }): Promise<StoredMeasurement[]> =>
    measurements.query({ index: 'by-kpi-period', partition: [kpiId], ...(range === undefined ? {} : { range: WhereConditions.between(range.from, range.to) }) }),
  latestMeasurement: async (kpiId: string): Promise<StoredMeasurement | undefined> =>
    (await measurements.query({ index: 'by-kpi-period', partition: [kpiId], sort: 'DESC', max: 1 }))[0],
  readReceipt: async (kpiId: string, idempotencyKey: string): Promise<MeasurementReceipt | undefined> => {
    const stored = await kvs.entity<unknown>(STORAGE_ENTITIES.kpiMeasurementReceipt).get(receiptKey(kpiId, idempotencyKey));
    return stored === undefined ? undefined : receiptSchema.parse(stored);
  },
  /** Measurements (12 a transaction) and, with the first, the receipt of the idempotency key that submitted it. */
  saveMeasurements: (
    writes: readonly { readonly measurement: KpiMeasurement; readonly current: StoredMeasurement | undefined }[],
    actor: Actor,
    receipt?: { readonly idempotencyKey: string; readonly value: MeasurementReceipt },
  ): Promise<StoredMeasurement[]> => {
    const alongside: CreateAlongside[] =
      receipt === undefined
        ? []
        : [{ entityName: STORAGE_ENTITIES.kpiMeasurementReceipt, key: receiptKey(receipt.value.kpiId, receipt.idempotencyKey), value: receipt.value, presentAttribute: 'fingerprint' }];
    return measurements.write(
      writes.map((write) => ({ key: measurementKey(write.measurement.kpiId, write.measurement.periodStart), value: write.measurement, current: write.current })),
      actor,
      alongside,
    );
  },
  /** A receipt alone, for a keyed submission that changed nothing (so a late retry cannot undo a later correction). */
  saveReceipt: async (idempotencyKey: string, receipt: MeasurementReceipt): Promise<void> => {
    try {
      await kvs
        .transact()
        .set(receiptKey(receipt.kpiId, idempotencyKey), receipt, {
          entityName: STORAGE_ENTITIES.kpiMeasurementReceipt,
          conditions: new Filter<MeasurementReceipt>().and('fingerprint', FilterConditions.notExists()),
        })
        .execute();
    } catch (error) {
      // A concurrent retry wrote it first: the key is taken either way, which is all a receipt is for.
      if (!(error instanceof ForgeKvsAPIError && error.responseDetails.status === 409)) throw error;
    }
  },
  measurementHistory: (kpiId: string, periodStart: LocalDate, page?: Page): Promise<{ changes: ValueChange<KpiMeasurement>[]; nextCursor?: string }> =>
    measurements.history(measurementKey(kpiId, periodStart), page),
} as const;
