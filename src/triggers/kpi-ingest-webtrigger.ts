// Web trigger `clause9-kpi-ingest`: KPI measurements from a SIEM or script (docs/kpi-ingestion.md). The platform
// does not authenticate web triggers, so every request is checked against the site's HMAC secret first. Answers:
// 200 recorded (or replayed: same idempotency key, nothing written), 400 bad body naming the field, 401 bad
// signature or stale timestamp, 404 unknown KPI, 405 not a POST, 409 key reused for another value, 503 no secret yet.
import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';

import { kvsMeasurementPorts } from '../adapters/storage/kpi-store';
import { readWebTriggerSecret } from '../adapters/storage/webtrigger-secret';
import { AppError } from '../app/app-error';
import { ingestKpiMeasurement, type IngestOutcome } from '../app/ingest-kpi-measurement';
import { recordMeasurement } from '../app/record-measurement';

function reply(statusCode: number, body: Record<string, unknown>): WebTriggerResponse {
  return { statusCode, headers: { 'Content-Type': ['application/json'] }, body: JSON.stringify(body) };
}

function header(request: WebTriggerRequest, name: string): string | undefined {
  const values = Object.entries(request.headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return values?.[0];
}

function respond(outcome: IngestOutcome): WebTriggerResponse {
  switch (outcome.kind) {
    case 'not-configured':
      return reply(503, { error: 'NOT_CONFIGURED', message: outcome.message });
    case 'unauthorised':
      return reply(401, { error: 'UNAUTHORISED', message: outcome.message });
    case 'invalid':
      return reply(400, { error: 'INVALID_PAYLOAD', message: outcome.message, ...(outcome.field === undefined ? {} : { field: outcome.field }) });
    case 'recorded': {
      const { outcome: result, stored } = outcome.result;
      return reply(200, { outcome: result, kpiId: stored.measurement.kpiId, periodStart: stored.measurement.periodStart, revision: stored.revision, rag: stored.rag });
    }
  }
}

export async function kpiIngestWebTrigger(request: WebTriggerRequest): Promise<WebTriggerResponse> {
  if (request.method !== 'POST') return reply(405, { error: 'METHOD_NOT_ALLOWED', message: 'POST a JSON measurement' });
  try {
    const outcome = await ingestKpiMeasurement(
      {
        readSecret: async () => (await readWebTriggerSecret())?.secret,
        recordMeasurement: (measurement) => recordMeasurement(kvsMeasurementPorts, measurement),
      },
      { timestamp: header(request, 'x-clause9-timestamp'), signature: header(request, 'x-clause9-signature'), rawBody: request.body, nowMs: Date.now() },
    );
    return respond(outcome);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return reply(404, { error: 'NOT_FOUND', message: error.message, ...(error.field === undefined ? {} : { field: error.field }) });
    if (error instanceof AppError && error.code === 'CONFLICT') return reply(409, { error: 'CONFLICT', message: error.message, ...(error.field === undefined ? {} : { field: error.field }) });
    console.error('[clause9] KPI web trigger failed', error);
    return reply(500, { error: 'INTERNAL', message: 'The measurement could not be stored; retry with the same idempotencyKey.' });
  }
}
