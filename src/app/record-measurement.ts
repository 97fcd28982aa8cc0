// Records one KPI value for one collection period — by hand from the KPI page, or automatically (web trigger,
// Automation action), which is why it takes the raw submission and the source. Rules:
// - the submission is checked against the KPI's definition (active KPI, period on or after effectiveFrom, base values
//   for exactly the defined base measures); errors are INVALID_PAYLOAD naming the field;
// - a period holds one value: a different value for a recorded period SUPERSEDES it (a new revision; the old value
//   stays in the period's history) and the reply says so; the same value again changes nothing;
// - an `idempotencyKey` is remembered (write-once receipt, committed with the value): a retried post with that key
//   writes nothing, even after a later correction of the period; the key reused for a different value is a CONFLICT.
import type { StoredMeasurement } from '../adapters/storage/kpi-store';
import { VersionConflictError } from '../adapters/storage/versioned-value';
import { measurementSubmissionSchema, type RecordedMeasurement } from '../contracts/kpi-payloads';
import type { AccountId } from '../domain/history-entry';
import type { KpiDataSource } from '../domain/kpi/kpi-definition';
import { checkMeasurement, compileKpi, type CompiledKpi, type KpiMeasurement } from '../domain/kpi/kpi-measurement';
import { canonicalJson } from '../domain/management-review/canonical-json';
import { AppError } from './app-error';
import { asAppError } from './domain-failure';
import { measurementView, requireKpi, type MeasurementPorts } from './kpi-ports';

export interface RecordMeasurementRequest {
  /** { kpiId, periodStart, value | baseValues, idempotencyKey? } as received; parsed here. */
  readonly submission: unknown;
  readonly source: KpiDataSource;
  /** Account id of the person (or the app's account, for feeders) recording it. */
  readonly by: AccountId;
  /** ISO instant, read from the clock by the shell. */
  readonly at: string;
}

export type RecordMeasurementPorts = Pick<MeasurementPorts, 'readKpi' | 'readMeasurement' | 'readReceipt' | 'saveMeasurements' | 'saveReceipt'>;

const ATTEMPTS = 3;

/** The facts a value is: the period, the data, where it came from and its comment if any (not who typed it or when;
 * no comment leaves the fingerprint as it was before comments existed, so stored receipts still match). */
export function measurementFacts(measurement: KpiMeasurement): string {
  const data = 'value' in measurement ? { value: measurement.value } : { baseValues: measurement.baseValues };
  return canonicalJson({ periodStart: measurement.periodStart, ...data, source: measurement.source, ...(measurement.comment === undefined ? {} : { comment: measurement.comment }) });
}

function parseSubmission(submission: unknown) {
  const parsed = measurementSubmissionSchema.safeParse(submission);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  throw new AppError('INVALID_PAYLOAD', `${field === '' ? 'measurement' : field}: ${issue?.message ?? 'is malformed'}`, field === '' ? undefined : field);
}

export async function recordMeasurement(ports: RecordMeasurementPorts, request: RecordMeasurementRequest): Promise<RecordedMeasurement> {
  const submission = parseSubmission(request.submission);
  const kpi = await requireKpi(ports, submission.kpiId);
  if (kpi.value.status === 'retired') {
    throw new AppError('INVALID_PAYLOAD', `KPI "${submission.kpiId}" was retired on ${kpi.value.retiredOn}; it takes no new measurements.`, 'kpiId');
  }
  let measurement: KpiMeasurement;
  try {
    const { comment, ...rest } = submission;
    const withComment = comment === undefined || comment === '' ? rest : { ...rest, comment };
    measurement = checkMeasurement(kpi.value.definition, { ...withComment, source: request.source, recordedBy: request.by, recordedAt: request.at });
  } catch (error) {
    throw asAppError(error);
  }
  const compiled = compileKpi(kpi.value.definition);
  const facts = measurementFacts(measurement);
  const key = submission.idempotencyKey;
  const receipt = { kpiId: measurement.kpiId, periodStart: measurement.periodStart, fingerprint: facts, recordedAt: request.at };
  for (let attempt = 1; ; attempt += 1) {
    if (key !== undefined) {
      const replay = await replayOf(ports, compiled, key, facts);
      if (replay !== undefined) return replay;
    }
    const current = await ports.readMeasurement(measurement.kpiId, measurement.periodStart);
    if (current !== undefined && measurementFacts(current.value) === facts) {
      if (key !== undefined) await ports.saveReceipt(key, receipt);
      return { outcome: 'unchanged', stored: measurementView(compiled, current), previous: null };
    }
    try {
      const [saved] = await ports.saveMeasurements([{ measurement, current }], { by: request.by, at: request.at }, key === undefined ? undefined : { idempotencyKey: key, value: receipt });
      if (saved === undefined) throw new Error('unreachable: one write gives one record');
      return { outcome: current === undefined ? 'recorded' : 'superseded', stored: measurementView(compiled, saved), previous: current?.value ?? null };
    } catch (error) {
      // Someone recorded this period (or this key) at the same moment: look again, which finds their write.
      if (!(error instanceof VersionConflictError) || attempt >= ATTEMPTS) throw asAppError(error);
    }
  }
}

async function replayOf(ports: RecordMeasurementPorts, compiled: CompiledKpi, key: string, facts: string): Promise<RecordedMeasurement | undefined> {
  const receipt = await ports.readReceipt(compiled.definition.id, key);
  if (receipt === undefined) return undefined;
  if (receipt.fingerprint !== facts) {
    throw new AppError('CONFLICT', `idempotencyKey "${key}" was already used on ${receipt.recordedAt} for a different measurement of this KPI.`, 'idempotencyKey');
  }
  const stored: StoredMeasurement | undefined = await ports.readMeasurement(receipt.kpiId, receipt.periodStart);
  if (stored === undefined) throw new Error(`receipt without measurement: ${receipt.kpiId} ${receipt.periodStart}`);
  return { outcome: 'replayed', stored: measurementView(compiled, stored), previous: null };
}
