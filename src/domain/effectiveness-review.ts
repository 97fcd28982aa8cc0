// ISO 27001 10.2 d): after corrective actions are implemented, a later review checks that the nonconformity did not
// recur. Only a passed ("effective") review can close a nonconformity; a failed one starts another cycle.
import { z } from 'zod';

import { accountIdSchema, localDateFieldSchema, requiredTextSchema } from './field-schemas';
import type { AccountId } from './history-entry';
import type { LocalDate } from './local-date';

interface ReviewFacts {
  /** The day the review took place. */
  readonly reviewOn: LocalDate;
  readonly reviewedBy: AccountId;
  /** What was looked at: records, samples, a re-run check, a KPI series. */
  readonly evidence: string;
}

export interface PassedEffectivenessReview extends ReviewFacts {
  readonly result: 'effective';
}

export interface FailedEffectivenessReview extends ReviewFacts {
  readonly result: 'ineffective';
}

export type EffectivenessReview = PassedEffectivenessReview | FailedEffectivenessReview;
export type EffectivenessResult = EffectivenessReview['result'];

export const effectivenessReviewSchema = z.object({
  reviewOn: localDateFieldSchema('reviewOn'),
  reviewedBy: accountIdSchema('reviewedBy'),
  evidence: requiredTextSchema('evidence', 32_000),
  result: z.enum(['effective', 'ineffective'], { error: 'result must be "effective" or "ineffective"' }),
}) satisfies z.ZodType<EffectivenessReview>;
