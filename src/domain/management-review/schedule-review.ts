// Scheduling a management review at a planned interval (9.3.1), validated once.
import { z } from 'zod';

import { accountIdSchema, hasNoDuplicates, localDateFieldSchema, requiredTextSchema } from '../field-schemas';
import { historyEntry, type TransitionContext } from '../history-entry';
import { compareLocalDates } from '../local-date';
import { parseInput } from '../parse-input';
import type { ReviewTransition, ScheduledReview } from './management-review';

export const scheduleReviewInputSchema = z
  .object({
    id: requiredTextSchema('id', 255),
    title: requiredTextSchema('title', 255),
    scheduledDate: localDateFieldSchema('scheduledDate'),
    periodCovered: z.object(
      { from: localDateFieldSchema('periodCovered.from'), to: localDateFieldSchema('periodCovered.to') },
      { error: 'periodCovered must have from and to dates' },
    ),
    attendees: z
      .array(accountIdSchema('attendees'), { error: 'attendees must be a list of account ids' })
      .min(1, { error: 'attendees must name at least one member of top management' })
      .refine(hasNoDuplicates, { error: 'attendees must not repeat an account' }),
  })
  .superRefine((input, ctx) => {
    if (compareLocalDates(input.periodCovered.from, input.periodCovered.to) > 0) {
      ctx.addIssue({ code: 'custom', path: ['periodCovered', 'to'], message: 'periodCovered.to must not be before periodCovered.from' });
    }
  });

export type ScheduleReviewInput = z.input<typeof scheduleReviewInputSchema>;

export function scheduleReview(input: ScheduleReviewInput, ctx: TransitionContext): ReviewTransition<ScheduledReview> {
  const review: ScheduledReview = { ...parseInput(scheduleReviewInputSchema, input), status: 'scheduled' };
  return { review, history: historyEntry(ctx, null, review.status, 'schedule') };
}
