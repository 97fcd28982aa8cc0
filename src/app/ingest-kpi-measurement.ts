// A measurement posted by a SIEM or script to the KPI web trigger: authenticate (signed, fresh), parse the body
// once (errors name the field), then record it through the same use case as the KPI page — whose idempotency
// receipt makes a retried post with the same `idempotencyKey` answer "replayed" without a second write.
import { z } from 'zod';

import type { RecordedMeasurement } from '../contracts/kpi-payloads';
import { localDateFieldSchema, requiredTextSchema } from '../domain/field-schemas';
import { AppError } from './app-error';
import type { RecordMeasurementRequest } from './record-measurement';
import { verifyKpiSignature, type SignedRequest } from './verify-kpi-signature';

/** Who the measurement log names as recorder: feeders have no Jira account. */
export const WEB_TRIGGER_RECORDER = 'clause9-kpi-webtrigger';

export const kpiIngestBodySchema = z
  .object(
    {
      idempotencyKey: requiredTextSchema('idempotencyKey', 255),
      kpiId: requiredTextSchema('kpiId', 255),
      periodStart: localDateFieldSchema('periodStart'),
      value: z.number({ error: 'value must be a finite number' }).optional(),
      baseMeasures: z
        .record(z.string(), z.number({ error: 'baseMeasures values must be finite numbers' }), { error: 'baseMeasures must map base measure names to numbers' })
        .optional(),
      /** Shown as the data source, e.g. "Splunk" (default "web trigger"). */
      source: requiredTextSchema('source', 100).optional(),
      /** Kept with the value, e.g. "3 days of logs missing after the collector outage". */
      comment: z.string({ error: 'comment must be text' }).max(2000, { error: 'comment must be at most 2000 characters' }).optional(),
    },
    { error: 'the body must be a JSON object' },
  )
  .strict()
  .refine((body) => (body.value === undefined) !== (body.baseMeasures === undefined), { error: 'give exactly one of value or baseMeasures', path: ['value'] });

export type IngestOutcome =
  | { readonly kind: 'not-configured'; readonly message: string }
  | { readonly kind: 'unauthorised'; readonly message: string }
  | { readonly kind: 'invalid'; readonly message: string; readonly field?: string }
  | { readonly kind: 'recorded'; readonly result: RecordedMeasurement };

export interface IngestPorts {
  readonly readSecret: () => Promise<string | undefined>;
  readonly recordMeasurement: (request: RecordMeasurementRequest) => Promise<RecordedMeasurement>;
}

export interface IngestRequest extends SignedRequest {
  readonly nowMs: number;
}

function parseBody(rawBody: string): IngestOutcome | z.infer<typeof kpiIngestBodySchema> {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { kind: 'invalid', message: 'the body must be JSON' };
  }
  const parsed = kpiIngestBodySchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  const unknownKeys = issue?.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
  const message = `${field === '' ? 'body' : field}: ${issue?.message ?? 'is malformed'}${unknownKeys}`;
  return field === '' ? { kind: 'invalid', message } : { kind: 'invalid', message, field };
}

export async function ingestKpiMeasurement(ports: IngestPorts, request: IngestRequest): Promise<IngestOutcome> {
  const secret = await ports.readSecret();
  if (secret === undefined) return { kind: 'not-configured', message: 'No signing secret yet: a Jira administrator must generate one on the Clause9 settings page.' };
  const check = verifyKpiSignature(secret, request, request.nowMs);
  if (!check.ok) return { kind: 'unauthorised', message: check.message };
  const body = parseBody(request.rawBody);
  if ('kind' in body) return body;
  const { idempotencyKey, kpiId, periodStart, value, baseMeasures, source, comment } = body;
  const submission = { idempotencyKey, kpiId, periodStart, ...(value === undefined ? { baseValues: baseMeasures } : { value }), ...(comment === undefined ? {} : { comment }) };
  try {
    const result = await ports.recordMeasurement({
      submission,
      source: { kind: 'automated', sourceName: source ?? 'web trigger' },
      by: WEB_TRIGGER_RECORDER,
      at: new Date(request.nowMs).toISOString(),
    });
    return { kind: 'recorded', result };
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_PAYLOAD') {
      const field = error.field === 'baseValues' ? 'baseMeasures' : error.field;
      return field === undefined ? { kind: 'invalid', message: error.message } : { kind: 'invalid', message: error.message, field };
    }
    throw error;
  }
}
