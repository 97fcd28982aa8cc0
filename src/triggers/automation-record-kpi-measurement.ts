// Automation action "Record a KPI measurement" (`clause9-record-kpi-measurement`): a rule (e.g. a scheduled JQL
// count) feeds a KPI period. Same use case and rules as the KPI page — the actor must be an ISMS manager — and an
// idempotencyKey makes a re-run of the rule store the value once. baseMeasures is a JSON object of numbers.
import { z } from 'zod';

import { kvsMeasurementPorts } from '../adapters/storage/kpi-store';
import { localDateFieldSchema, requiredTextSchema } from '../domain/field-schemas';
import { AppError } from '../app/app-error';
import { recordMeasurement } from '../app/record-measurement';
import { authoriseIsmsManager, readClock } from '../resolvers/isms-access';
import { automationAction, optionalInput } from './automation-action';

const BASE_RULE = 'baseMeasures must be a JSON object mapping base measure names to numbers, e.g. {"incidents": 3}';

const inputSchema = z
  .object({
    kpiId: requiredTextSchema('kpiId', 255),
    periodStart: localDateFieldSchema('periodStart'),
    value: optionalInput(z.coerce.number({ error: 'value must be a finite number' }).refine(Number.isFinite, { error: 'value must be a finite number' })),
    baseMeasures: optionalInput(
      z.string({ error: BASE_RULE }).transform((text, ctx): Record<string, number> => {
        try {
          const parsed = z.record(z.string(), z.number()).safeParse(JSON.parse(text));
          if (parsed.success) return parsed.data;
        } catch {
          // reported below
        }
        ctx.addIssue({ code: 'custom', message: BASE_RULE });
        return z.NEVER;
      }),
    ),
    idempotencyKey: optionalInput(requiredTextSchema('idempotencyKey', 255)),
    source: optionalInput(requiredTextSchema('source', 100)),
  })
  .refine((input) => (input.value === undefined) !== (input.baseMeasures === undefined), { error: 'give exactly one of value or baseMeasures', path: ['value'] });

const outputSchema = z.object({ outcome: z.string(), kpiId: z.string(), periodStart: z.string(), indicatorValue: z.number().nullable(), rag: z.string() });

export const automationRecordKpiMeasurement = automationAction('Record a KPI measurement', inputSchema, outputSchema, async (input, accountId) => {
  await authoriseIsmsManager();
  const { at } = await readClock();
  const { kpiId, periodStart, value, baseMeasures, idempotencyKey } = input;
  const submission = {
    kpiId,
    periodStart,
    ...(value === undefined ? { baseValues: baseMeasures } : { value }),
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
  };
  try {
    const recorded = await recordMeasurement(kvsMeasurementPorts, { submission, source: { kind: 'automated', sourceName: input.source ?? 'Jira Automation' }, by: accountId, at });
    const { stored } = recorded;
    return { outcome: recorded.outcome, kpiId: stored.measurement.kpiId, periodStart: stored.measurement.periodStart, indicatorValue: stored.indicatorValue, rag: stored.rag };
  } catch (error) {
    if (error instanceof AppError && error.field === 'baseValues') throw new AppError(error.code, error.message.replace(/^baseValues/, 'baseMeasures'), 'baseMeasures', { cause: error });
    throw error;
  }
});
