// The results of a management review (9.3.3): decisions on continual improvement opportunities and on changes to
// the ISMS, resource needs, and action items — each action with an owner and a due date after the review, because
// they are followed up and reported at the next review as input a).
import { z } from 'zod';

import { accountIdSchema, hasNoDuplicates, localDateFieldSchema, requiredTextSchema } from '../field-schemas';
import type { AccountId } from '../history-entry';
import { compareLocalDates, type LocalDate } from '../local-date';
import { parseInput } from '../parse-input';

export interface ReviewDecision {
  readonly description: string;
  /** Findings (e.g. OFIs) the decision answers. */
  readonly relatedFindingIds: readonly string[];
}

export interface ResourceNeed {
  readonly description: string;
  readonly owner: AccountId | null;
}

export interface ReviewActionItem {
  readonly id: string;
  readonly description: string;
  readonly owner: AccountId;
  readonly dueDate: LocalDate;
}

export interface ReviewOutputs {
  readonly improvementDecisions: readonly ReviewDecision[];
  readonly ismsChangeDecisions: readonly ReviewDecision[];
  readonly resourceNeeds: readonly ResourceNeed[];
  readonly actionItems: readonly ReviewActionItem[];
}

function decisionSchema(field: string) {
  return z.object({
    description: requiredTextSchema(`${field}.description`, 4000),
    relatedFindingIds: z.array(requiredTextSchema(`${field}.relatedFindingIds`, 255), { error: `${field}.relatedFindingIds must be a list` }).default([]),
  });
}

/** The outputs' shape and rules; due dates are checked against `reviewDate`, the day the review was held. */
export function reviewOutputsSchema(reviewDate: LocalDate) {
  return z
    .object({
      improvementDecisions: z.array(decisionSchema('improvementDecisions'), { error: 'improvementDecisions must be a list' }),
      ismsChangeDecisions: z.array(decisionSchema('ismsChangeDecisions'), { error: 'ismsChangeDecisions must be a list' }),
      resourceNeeds: z.array(
        z.object({ description: requiredTextSchema('resourceNeeds.description', 4000), owner: accountIdSchema('resourceNeeds.owner').nullable().default(null) }),
        { error: 'resourceNeeds must be a list' },
      ),
      actionItems: z.array(
        z.object({
          id: requiredTextSchema('actionItems.id', 255),
          description: requiredTextSchema('actionItems.description', 4000),
          owner: accountIdSchema('actionItems.owner'),
          dueDate: localDateFieldSchema('actionItems.dueDate'),
        }),
        { error: 'actionItems must be a list' },
      ),
    })
    .superRefine((outputs, ctx) => {
      outputs.actionItems.forEach((item, index) => {
        if (compareLocalDates(item.dueDate, reviewDate) <= 0) {
          ctx.addIssue({ code: 'custom', path: ['actionItems', index, 'dueDate'], message: `actionItems.dueDate ${item.dueDate} of "${item.id}" must be after the review date ${reviewDate}` });
        }
      });
      if (!hasNoDuplicates(outputs.actionItems.map((item) => item.id))) {
        ctx.addIssue({ code: 'custom', path: ['actionItems'], message: 'actionItems must not repeat an id' });
      }
    });
}

/** The parsed outputs; DomainError('INVALID_INPUT') with every issue otherwise. */
export function validateReviewOutputs(outputs: unknown, reviewDate: LocalDate): ReviewOutputs {
  return parseInput(reviewOutputsSchema(reviewDate), outputs);
}
