// One value of a KPI for one collection period: either the indicator value itself, or the base-measure values from
// which it is computed (so the raw counts stay on record and a corrected formula can recompute history).
import { z } from 'zod';

import { DomainError } from '../domain-error';
import { accountIdSchema, localDateFieldSchema, requiredTextSchema } from '../field-schemas';
import type { AccountId } from '../history-entry';
import { isIsoInstant } from '../history-entry';
import type { LocalDate } from '../local-date';
import { parseInput } from '../parse-input';
import type { CompiledFormula, MeasureValues } from './formula-evaluation';
import { compileFormula, evaluateFormula } from './formula-evaluation';
import type { KpiDataSource, KpiDefinition } from './kpi-definition';
import { periodOf } from './kpi-frequency';

interface KpiMeasurementFacts {
  readonly kpiId: string;
  /** Start of the collection period the value is for. */
  readonly periodStart: LocalDate;
  readonly recordedBy: AccountId;
  /** ISO instant; when two measurements cover the same period, the later recording wins (a correction). */
  readonly recordedAt: string;
  readonly source: KpiDataSource;
  /** Set by automated feeders so a retried post is stored once. */
  readonly idempotencyKey?: string;
  /** What a reader of the figure should know (a data source outage, a one-off event); part of the record. */
  readonly comment?: string;
}

export type KpiMeasurement =
  | (KpiMeasurementFacts & { readonly value: number })
  | (KpiMeasurementFacts & { readonly baseValues: MeasureValues });

const number = (field: string) => z.number({ error: `${field} must be a finite number` });

export const kpiMeasurementSchema = z
  .object({
    kpiId: requiredTextSchema('kpiId', 255),
    periodStart: localDateFieldSchema('periodStart'),
    recordedBy: accountIdSchema('recordedBy'),
    recordedAt: z.string({ error: 'recordedAt must be an ISO-8601 instant' }).refine(isIsoInstant, { error: 'recordedAt must be an ISO-8601 instant with a zone' }),
    source: z.discriminatedUnion(
      'kind',
      [z.object({ kind: z.literal('manual') }), z.object({ kind: z.literal('automated'), sourceName: requiredTextSchema('source.sourceName', 255) })],
      { error: 'source.kind must be manual or automated' },
    ),
    idempotencyKey: requiredTextSchema('idempotencyKey', 255).optional(),
    comment: requiredTextSchema('comment', 2000).optional(),
    value: number('value').optional(),
    baseValues: z.record(z.string(), number('baseValues values')).optional(),
  })
  .superRefine((m, ctx) => {
    if ((m.value === undefined) === (m.baseValues === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'exactly one of value or baseValues is required' });
    }
  })
  .transform(({ value, baseValues, idempotencyKey, comment, ...facts }): KpiMeasurement => {
    const withKey = { ...facts, ...(idempotencyKey === undefined ? {} : { idempotencyKey }), ...(comment === undefined ? {} : { comment }) };
    return value === undefined ? { ...withKey, baseValues: baseValues ?? {} } : { ...withKey, value };
  });

export interface CompiledKpi {
  readonly definition: KpiDefinition;
  /** The indicator value of a measurement; KpiFormulaError on a missing base value or a division by zero. */
  readonly indicatorValue: (measurement: KpiMeasurement) => number;
}

/** Parses the derived formulas once, for evaluating many measurements. */
export function compileKpi(definition: KpiDefinition): CompiledKpi {
  const baseNames = definition.baseMeasures.map((measure) => measure.name);
  const derived = definition.derivedMeasures.find((measure) => measure.name === definition.indicator.measure);
  const formula: CompiledFormula = compileFormula(derived?.formula ?? definition.indicator.measure, baseNames);
  return {
    definition,
    indicatorValue: (measurement) => ('value' in measurement ? measurement.value : evaluateFormula(formula, measurement.baseValues)),
  };
}

/**
 * A measurement checked against its definition, with periodStart moved to the start of its collection period:
 * same KPI, on or after `effectiveFrom`'s period, and base values for exactly the defined base measures.
 */
export function checkMeasurement(definition: KpiDefinition, input: unknown): KpiMeasurement {
  const measurement = parseInput(kpiMeasurementSchema, input);
  const invalid = (field: string, message: string): DomainError => new DomainError('INVALID_INPUT', message, { field, kpiId: definition.id });
  if (measurement.kpiId !== definition.id) throw invalid('kpiId', `kpiId "${measurement.kpiId}" does not match KPI "${definition.id}"`);
  const periodStart = periodOf(definition.collectionFrequency, measurement.periodStart);
  const firstPeriod = periodOf(definition.collectionFrequency, definition.effectiveFrom);
  if (periodStart < firstPeriod) throw invalid('periodStart', `periodStart ${measurement.periodStart} is before the KPI's first period (${firstPeriod})`);
  if ('baseValues' in measurement) {
    const defined = definition.baseMeasures.map((measure) => measure.name);
    const missing = defined.filter((name) => !Object.hasOwn(measurement.baseValues, name));
    if (missing.length > 0) throw invalid('baseValues', `baseValues is missing ${missing.join(', ')}`);
    const unknown = Object.keys(measurement.baseValues).filter((name) => !defined.includes(name));
    if (unknown.length > 0) throw invalid('baseValues', `baseValues has unknown measures ${unknown.join(', ')}; defined: ${defined.join(', ')}`);
  }
  return { ...measurement, periodStart };
}
