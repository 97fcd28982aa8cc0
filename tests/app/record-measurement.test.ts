// recordMeasurement with in-memory ports: the paths the integration tests cannot provoke — a concurrent write between
// read and commit (retried, never duplicated or lost), and a keyed retry arriving after a later correction.
import type { MeasurementReceipt, StoredMeasurement, StoredKpi } from '../../src/adapters/storage/kpi-store';
import { VersionConflictError } from '../../src/adapters/storage/versioned-value';
import { recordMeasurement, type RecordMeasurementPorts } from '../../src/app/record-measurement';
import type { KpiMeasurement } from '../../src/domain/kpi';
import { defineKpi } from '../../src/domain/kpi/kpi-record';
import { localDate } from '../../src/domain/local-date';
import { incidentsKpi } from '../domain/kpi/kpi-builders';

const AT = '2026-03-02T09:00:00.000Z';

class MemoryPorts implements RecordMeasurementPorts {
  readonly measurements = new Map<string, StoredMeasurement>();
  readonly receipts = new Map<string, MeasurementReceipt>();
  /** Runs (once each) before a save commits, as if another request got in first. */
  readonly interleave: (() => void)[] = [];
  saves = 0;

  readKpi = (kpiId: string): Promise<StoredKpi | undefined> =>
    Promise.resolve(kpiId === 'KPI-INCIDENTS' ? { key: kpiId, value: defineKpi(incidentsKpi()), version: 1, changedAt: AT, changedBy: 'acc-mr-1' } : undefined);
  readMeasurement = (kpiId: string, periodStart: string): Promise<StoredMeasurement | undefined> => Promise.resolve(this.measurements.get(`${kpiId}:${periodStart}`));
  readReceipt = (kpiId: string, key: string): Promise<MeasurementReceipt | undefined> => Promise.resolve(this.receipts.get(`${kpiId}:${key}`));
  saveReceipt = (key: string, receipt: MeasurementReceipt): Promise<void> => {
    if (!this.receipts.has(`${receipt.kpiId}:${key}`)) this.receipts.set(`${receipt.kpiId}:${key}`, receipt);
    return Promise.resolve();
  };
  saveMeasurements: RecordMeasurementPorts['saveMeasurements'] = (writes, actor, receipt) => {
    this.saves += 1;
    this.interleave.shift()?.();
    const saved = writes.map(({ measurement, current }) => {
      const key = `${measurement.kpiId}:${measurement.periodStart}`;
      if (this.measurements.get(key)?.version !== current?.version) throw new VersionConflictError(key);
      if (receipt !== undefined && this.receipts.has(`${receipt.value.kpiId}:${receipt.idempotencyKey}`)) throw new VersionConflictError(key);
      const stored = { key, value: measurement, version: (current?.version ?? 0) + 1, changedAt: actor.at, changedBy: actor.by };
      this.measurements.set(key, stored);
      return stored;
    });
    if (receipt !== undefined) this.receipts.set(`${receipt.value.kpiId}:${receipt.idempotencyKey}`, receipt.value);
    return Promise.resolve(saved);
  };

  /** Stores a value as another request would have. */
  storeDirectly(value: number): void {
    const key = 'KPI-INCIDENTS:2026-02-01';
    const current = this.measurements.get(key);
    const measurement: KpiMeasurement = { kpiId: 'KPI-INCIDENTS', periodStart: localDate('2026-02-01'), recordedBy: 'acc-other', recordedAt: AT, source: { kind: 'manual' }, value };
    this.measurements.set(key, { key, value: measurement, version: (current?.version ?? 0) + 1, changedAt: AT, changedBy: 'acc-other' });
  }
}

const submit = (ports: MemoryPorts, value: number, idempotencyKey?: string) =>
  recordMeasurement(ports, {
    submission: { kpiId: 'KPI-INCIDENTS', periodStart: '2026-02-14', value, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) },
    source: { kind: 'manual' },
    by: 'acc-mr-1',
    at: AT,
  });

describe('recordMeasurement', () => {
  it('given another request stores the period between read and commit, when recording, then it re-reads and supersedes that value', async () => {
    const ports = new MemoryPorts();
    ports.interleave.push(() => { ports.storeDirectly(2); });
    const result = await submit(ports, 4);
    expect(result).toMatchObject({ outcome: 'superseded', previous: { value: 2 }, stored: { revision: 2, measurement: { value: 4 } } });
    expect(ports.saves).toBe(2);
  });

  it('given the other request stored the same value, when recording, then nothing more is written', async () => {
    const ports = new MemoryPorts();
    ports.interleave.push(() => { ports.storeDirectly(4); });
    expect(await submit(ports, 4)).toMatchObject({ outcome: 'unchanged', stored: { revision: 1 } });
  });

  it('given a keyed post that changed nothing and a later correction, when the key is retried, then the correction stays', async () => {
    const ports = new MemoryPorts();
    await submit(ports, 3);
    expect(await submit(ports, 3, 'feed-42')).toMatchObject({ outcome: 'unchanged' });
    expect(await submit(ports, 5)).toMatchObject({ outcome: 'superseded' });
    expect(await submit(ports, 3, 'feed-42')).toMatchObject({ outcome: 'replayed', stored: { measurement: { value: 5 } } });
    expect(ports.measurements.get('KPI-INCIDENTS:2026-02-01')?.version).toBe(2);
  });

  it('given every attempt meets a concurrent write, when recording, then it answers CONFLICT after three tries', async () => {
    const ports = new MemoryPorts();
    ports.interleave.push(() => { ports.storeDirectly(1); }, () => { ports.storeDirectly(2); }, () => { ports.storeDirectly(3); });
    await expect(submit(ports, 9)).rejects.toEqual(expect.objectContaining({ code: 'CONFLICT' }));
    await expect(submit(ports, 9)).resolves.toMatchObject({ outcome: 'superseded' });
  });

  it('rejects a malformed submission with the field and the rule', async () => {
    const ports = new MemoryPorts();
    const attempt = recordMeasurement(ports, { submission: { kpiId: 'KPI-INCIDENTS', periodStart: '14/02/2026', value: 1 }, source: { kind: 'manual' }, by: 'acc-mr-1', at: AT });
    await expect(attempt).rejects.toEqual(expect.objectContaining({ code: 'INVALID_PAYLOAD', field: 'periodStart' }));
  });
});
