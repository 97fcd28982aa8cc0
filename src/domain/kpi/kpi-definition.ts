// A KPI definition in the ISO/IEC 27004 measurement model: an information need, base measures (counted attributes,
// each with a unit and a measurement method), derived measures (formulas over base measures), the indicator with
// its analytical model, decision criteria and target, frequencies, people and data source.
// Definition only: the values are KpiMeasurements, one per collection period.
import { z } from 'zod';

import { accountIdSchema, localDateFieldSchema, requiredTextSchema } from '../field-schemas';
import type { AccountId } from '../history-entry';
import type { LocalDate } from '../local-date';
import { parseInput } from '../parse-input';
import type { DecisionCriteria, KpiDirection } from './decision-criteria';
import { decisionCriteriaProblems, KPI_DIRECTIONS } from './decision-criteria';
import { KpiFormulaError } from './formula-error';
import { compileFormula } from './formula-evaluation';
import { MEASURE_NAME } from './formula-parser';
import type { KpiFrequency } from './kpi-frequency';
import { frequencyRank, KPI_FREQUENCIES } from './kpi-frequency';

export interface BaseMeasure {
  /** Used in formulas: a letter or "_", then letters, digits or "_". */
  readonly name: string;
  readonly unit: string;
  readonly measurementMethod: string;
}

export interface DerivedMeasure {
  readonly name: string;
  readonly unit: string;
  /** Over base-measure names only, e.g. "closed_on_time / closed * 100". */
  readonly formula: string;
}

export interface KpiIndicator {
  /** The base or derived measure whose value is the indicator. */
  readonly measure: string;
  readonly analyticalModel: string;
}

export type KpiDataSource = { readonly kind: 'manual' } | { readonly kind: 'automated'; readonly sourceName: string };

export interface KpiDefinition {
  readonly id: string;
  readonly name: string;
  readonly informationNeed: string;
  readonly baseMeasures: readonly BaseMeasure[];
  readonly derivedMeasures: readonly DerivedMeasure[];
  readonly indicator: KpiIndicator;
  readonly unit: string;
  readonly direction: KpiDirection;
  readonly target: number;
  readonly decisionCriteria: DecisionCriteria;
  readonly collectionFrequency: KpiFrequency;
  readonly reportingFrequency: KpiFrequency;
  readonly owner: AccountId;
  readonly collector: AccountId;
  /** Who receives it: roles or groups, e.g. "ISMS Steering Committee". */
  readonly audience: readonly string[];
  readonly dataSource: KpiDataSource;
  /** The first day a measurement is expected for (staleness counts from its period when nothing was measured). */
  readonly effectiveFrom: LocalDate;
}

const SHORT = 255;
const LONG = 4_000;

const measureName = (field: string) =>
  requiredTextSchema(field, 64).regex(MEASURE_NAME, { error: `${field} must start with a letter or "_" and contain only letters, digits and "_"` });
const number = (field: string) => z.number({ error: `${field} must be a finite number` });
const frequency = (field: string) => z.enum(KPI_FREQUENCIES, { error: `${field} must be one of ${KPI_FREQUENCIES.join(', ')}` });

export const kpiDefinitionSchema = z
  .object({
    id: requiredTextSchema('id', SHORT),
    name: requiredTextSchema('name', SHORT),
    informationNeed: requiredTextSchema('informationNeed', LONG),
    baseMeasures: z
      .array(
        z.object({
          name: measureName('baseMeasures[].name'),
          unit: requiredTextSchema('baseMeasures[].unit', SHORT),
          measurementMethod: requiredTextSchema('baseMeasures[].measurementMethod', LONG),
        }),
        { error: 'baseMeasures must be a list' },
      )
      .min(1, { error: 'baseMeasures needs at least one base measure' }),
    derivedMeasures: z.array(
      z.object({
        name: measureName('derivedMeasures[].name'),
        unit: requiredTextSchema('derivedMeasures[].unit', SHORT),
        formula: requiredTextSchema('derivedMeasures[].formula', 1_000),
      }),
      { error: 'derivedMeasures must be a list' },
    ),
    indicator: z.object({
      measure: requiredTextSchema('indicator.measure', 64),
      analyticalModel: requiredTextSchema('indicator.analyticalModel', LONG),
    }),
    unit: requiredTextSchema('unit', SHORT),
    direction: z.enum(KPI_DIRECTIONS, { error: 'direction must be higher_is_better or lower_is_better' }),
    target: number('target'),
    decisionCriteria: z.object({ green: number('decisionCriteria.green'), amber: number('decisionCriteria.amber') }),
    collectionFrequency: frequency('collectionFrequency'),
    reportingFrequency: frequency('reportingFrequency'),
    owner: accountIdSchema('owner'),
    collector: accountIdSchema('collector'),
    audience: z.array(requiredTextSchema('audience[]', SHORT), { error: 'audience must be a list' }).min(1, { error: 'audience needs at least one recipient' }),
    dataSource: z.discriminatedUnion(
      'kind',
      [z.object({ kind: z.literal('manual') }), z.object({ kind: z.literal('automated'), sourceName: requiredTextSchema('dataSource.sourceName', SHORT) })],
      { error: 'dataSource.kind must be manual or automated' },
    ),
    effectiveFrom: localDateFieldSchema('effectiveFrom'),
  })
  .superRefine((definition, ctx) => {
    const baseNames = definition.baseMeasures.map((measure) => measure.name);
    const seen = new Set<string>();
    const allMeasures = [
      ...definition.baseMeasures.map((measure, index) => ({ name: measure.name, path: ['baseMeasures', index, 'name'] })),
      ...definition.derivedMeasures.map((measure, index) => ({ name: measure.name, path: ['derivedMeasures', index, 'name'] })),
    ];
    for (const { name, path } of allMeasures) {
      if (seen.has(name)) ctx.addIssue({ code: 'custom', path, message: `${path.join('.')} repeats the measure name "${name}"` });
      seen.add(name);
    }
    definition.derivedMeasures.forEach((measure, index) => {
      try {
        compileFormula(measure.formula, baseNames);
      } catch (error) {
        if (!(error instanceof KpiFormulaError)) throw error;
        ctx.addIssue({ code: 'custom', path: ['derivedMeasures', index, 'formula'], message: `derivedMeasures[${index}].formula: ${error.message}` });
      }
    });
    if (!seen.has(definition.indicator.measure)) {
      ctx.addIssue({ code: 'custom', path: ['indicator', 'measure'], message: `indicator.measure "${definition.indicator.measure}" is not a base or derived measure of this KPI` });
    }
    for (const problem of decisionCriteriaProblems(definition.direction, definition.decisionCriteria, definition.target)) {
      ctx.addIssue({ code: 'custom', path: [...problem.path], message: problem.message });
    }
    if (frequencyRank(definition.reportingFrequency) < frequencyRank(definition.collectionFrequency)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reportingFrequency'],
        message: `reportingFrequency (${definition.reportingFrequency}) must not be more frequent than collectionFrequency (${definition.collectionFrequency})`,
      });
    }
  }) satisfies z.ZodType<KpiDefinition>;

/** Parses a definition from a boundary; DomainError('INVALID_INPUT') names the first bad field. */
export function parseKpiDefinition(input: unknown): KpiDefinition {
  return parseInput(kpiDefinitionSchema, input);
}
