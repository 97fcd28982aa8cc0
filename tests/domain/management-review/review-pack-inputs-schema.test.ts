import { climateRelevanceSchema } from '../../../src/domain/management-review/climate-relevance';
import {
  interestedPartyFeedbackSchema,
  issueChangesSchema,
  resourceAdequacySchema,
  securityObjectivesSchema,
} from '../../../src/domain/management-review/review-pack-inputs-schema';
import type { z } from 'zod';

function firstMessage(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('hand-entered review inputs', () => {
  it.each<[string, z.ZodType, unknown, string | undefined]>([
    ['climate "yes" with a note', climateRelevanceSchema('issueChanges.climate'), { relevant: 'yes', note: 'Flood zone' }, undefined],
    ['climate "not assessed" without a note', climateRelevanceSchema('issueChanges.climate'), { relevant: 'not_assessed', note: '' }, undefined],
    ['climate "no" without a note', climateRelevanceSchema('issueChanges.climate'), { relevant: 'no', note: ' ' }, 'issueChanges.climate.note must say why climate change is not relevant'],
    ['climate "maybe"', climateRelevanceSchema('issueChanges.climate'), { relevant: 'maybe', note: '' }, 'issueChanges.climate.relevant must be one of yes, no, not_assessed'],
    [
      'an issue change without origin',
      issueChangesSchema,
      { changes: [{ description: 'New regulator' }], noChangesConfirmed: false, climate: { relevant: 'not_assessed', note: '' } },
      'issueChanges.changes.origin must be "external" or "internal"',
    ],
    ['feedback with a bad date', interestedPartyFeedbackSchema, { entries: [{ party: 'Customer', summary: 'Happy', receivedOn: '02/05/2026' }], noFeedbackConfirmed: false }, 'interestedPartyFeedback.entries.receivedOn must be a calendar date in the form YYYY-MM-DD'],
    ['an objective without a target', securityObjectivesSchema, [{ id: 'O-1', title: 'Patch', target: '', actual: null, achieved: null }], 'objectives.target must not be empty'],
    ['inadequate resources without a note', resourceAdequacySchema, { assessment: 'inadequate', note: '' }, 'resources.note must say what is lacking when resources are inadequate'],
    ['adequate resources without a note', resourceAdequacySchema, { assessment: 'adequate', note: '' }, undefined],
  ])('%s', (_, schema, value, message) => {
    expect(firstMessage(schema, value)).toBe(message);
  });
});
