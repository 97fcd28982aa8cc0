// ISO 27001 10.2 b): evaluate the need to remove the cause — find the root cause and check whether similar
// nonconformities exist or could occur. Two techniques are supported, because auditors expect one of them:
// - 5 whys: a chain of answers, each answering "why?" for the one before; the last answer is the root cause.
//   At least one; "5" is a rule of thumb, so longer chains are allowed.
// - fishbone (Ishikawa): candidate causes under six categories, with the one judged to be the root cause named.
import { z } from 'zod';

import { requiredTextSchema } from './field-schemas';
import { parseInput } from './parse-input';

export const FISHBONE_CATEGORIES = ['people', 'process', 'technology', 'environment', 'supplier', 'measurement'] as const;
export type FishboneCategory = (typeof FISHBONE_CATEGORIES)[number];

export interface FiveWhys {
  readonly technique: 'five_whys';
  readonly whys: readonly [string, ...string[]];
}

export interface Fishbone {
  readonly technique: 'fishbone';
  /** Every category is listed, possibly empty: "examined, nothing found" is itself a record. */
  readonly causes: Readonly<Record<FishboneCategory, readonly string[]>>;
  /** Must be one of the causes listed under that category. */
  readonly rootCause: { readonly category: FishboneCategory; readonly cause: string };
}

export type RootCauseTechnique = FiveWhys | Fishbone;

export interface SimilarNonconformityAssessment {
  readonly similarExist: boolean;
  readonly couldOccurElsewhere: boolean;
  /** Where the analyst looked and what they concluded. */
  readonly assessment: string;
  /** Findings judged similar (existing ones the analysis found). */
  readonly relatedFindingIds: readonly string[];
}

export interface RootCauseAnalysis {
  readonly technique: RootCauseTechnique;
  readonly similarNonconformities: SimilarNonconformityAssessment;
}

/** The one sentence that states the root cause: the last why, or the fishbone's chosen cause. */
export function rootCauseStatement(analysis: RootCauseAnalysis): string {
  const { technique } = analysis;
  return technique.technique === 'five_whys' ? technique.whys[technique.whys.length - 1] ?? technique.whys[0] : technique.rootCause.cause;
}

const TEXT_MAX = 4_000;

const causeList = (category: FishboneCategory) => z.array(requiredTextSchema(`causes.${category}[]`, TEXT_MAX), { error: `causes.${category} must be a list` });

const fiveWhysSchema = z.object({
  technique: z.literal('five_whys'),
  whys: z
    .array(requiredTextSchema('whys[]', TEXT_MAX), { error: 'whys must be a list' })
    .min(1, { error: 'whys needs at least one answer' })
    .transform(([first = '', ...rest]): readonly [string, ...string[]] => [first, ...rest]),
});

const fishboneSchema = z
  .object({
    technique: z.literal('fishbone'),
    causes: z.object({
      people: causeList('people'),
      process: causeList('process'),
      technology: causeList('technology'),
      environment: causeList('environment'),
      supplier: causeList('supplier'),
      measurement: causeList('measurement'),
    }),
    rootCause: z.object({
      category: z.enum(FISHBONE_CATEGORIES, { error: `rootCause.category must be one of ${FISHBONE_CATEGORIES.join(', ')}` }),
      cause: requiredTextSchema('rootCause.cause', TEXT_MAX),
    }),
  })
  .superRefine((fishbone, ctx) => {
    if (!fishbone.causes[fishbone.rootCause.category].includes(fishbone.rootCause.cause)) {
      ctx.addIssue({
        code: 'custom',
        path: ['rootCause', 'cause'],
        message: `rootCause.cause must be one of the causes listed under causes.${fishbone.rootCause.category}`,
      });
    }
  });

export const rootCauseAnalysisSchema = z.object({
  technique: z.discriminatedUnion('technique', [fiveWhysSchema, fishboneSchema], {
    error: 'technique.technique must be "five_whys" or "fishbone"',
  }),
  similarNonconformities: z.object({
    similarExist: z.boolean({ error: 'similarNonconformities.similarExist must be true or false' }),
    couldOccurElsewhere: z.boolean({ error: 'similarNonconformities.couldOccurElsewhere must be true or false' }),
    assessment: requiredTextSchema('similarNonconformities.assessment', TEXT_MAX),
    relatedFindingIds: z.array(requiredTextSchema('similarNonconformities.relatedFindingIds[]', TEXT_MAX)),
  }),
}) satisfies z.ZodType<RootCauseAnalysis>;

/** The analysis with text trimmed; throws DomainError('INVALID_INPUT') naming the first bad field. */
export function validateRootCause(analysis: RootCauseAnalysis): RootCauseAnalysis {
  return parseInput(rootCauseAnalysisSchema, analysis);
}
