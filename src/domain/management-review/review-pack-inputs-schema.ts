// Schemas for the review inputs people type in (9.3.2 b, c, e, d 4 and resources); the rest is computed from live
// data by the adapters. Messages name the field, so a resolver can show them as they are.
import { z } from 'zod';

import { localDateFieldSchema, optionalTextSchema, requiredTextSchema } from '../field-schemas';
import { climateRelevanceSchema } from './climate-relevance';
import type { ChangesInput, FeedbackInput, InterestedPartyChange, IssueChange, ResourceAdequacy, SecurityObjectiveSummary } from './review-pack-inputs';

const TEXT_MAX = 4000;

function changesSchema<Change extends z.ZodType>(field: string, change: Change) {
  return z.object({
    changes: z.array(change, { error: `${field}.changes must be a list` }),
    noChangesConfirmed: z.boolean({ error: `${field}.noChangesConfirmed must be true or false` }),
    climate: climateRelevanceSchema(`${field}.climate`),
  });
}

export const issueChangesSchema = changesSchema(
  'issueChanges',
  z.object({
    origin: z.enum(['external', 'internal'], { error: 'issueChanges.changes.origin must be "external" or "internal"' }),
    description: requiredTextSchema('issueChanges.changes.description', TEXT_MAX),
  }),
) satisfies z.ZodType<ChangesInput<IssueChange>>;

export const interestedPartyChangesSchema = changesSchema(
  'interestedPartyChanges',
  z.object({
    party: requiredTextSchema('interestedPartyChanges.changes.party', 255),
    change: requiredTextSchema('interestedPartyChanges.changes.change', TEXT_MAX),
  }),
) satisfies z.ZodType<ChangesInput<InterestedPartyChange>>;

export const interestedPartyFeedbackSchema = z.object({
  entries: z.array(
    z.object({
      party: requiredTextSchema('interestedPartyFeedback.entries.party', 255),
      summary: requiredTextSchema('interestedPartyFeedback.entries.summary', TEXT_MAX),
      receivedOn: localDateFieldSchema('interestedPartyFeedback.entries.receivedOn'),
    }),
    { error: 'interestedPartyFeedback.entries must be a list' },
  ),
  noFeedbackConfirmed: z.boolean({ error: 'interestedPartyFeedback.noFeedbackConfirmed must be true or false' }),
}) satisfies z.ZodType<FeedbackInput>;

export const securityObjectivesSchema = z.array(
  z.object({
    id: requiredTextSchema('objectives.id', 255),
    title: requiredTextSchema('objectives.title', 255),
    target: requiredTextSchema('objectives.target', 255),
    actual: requiredTextSchema('objectives.actual', 255).nullable(),
    achieved: z.boolean({ error: 'objectives.achieved must be true, false or null' }).nullable(),
  }),
  { error: 'objectives must be a list' },
) satisfies z.ZodType<readonly SecurityObjectiveSummary[]>;

export const resourceAdequacySchema = z
  .object({
    assessment: z.enum(['adequate', 'inadequate', 'not_assessed'], { error: 'resources.assessment must be adequate, inadequate or not_assessed' }),
    note: optionalTextSchema('resources.note', TEXT_MAX),
  })
  .superRefine((resources, ctx) => {
    if (resources.assessment === 'inadequate' && resources.note === '') {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'resources.note must say what is lacking when resources are inadequate' });
    }
  }) satisfies z.ZodType<ResourceAdequacy>;
