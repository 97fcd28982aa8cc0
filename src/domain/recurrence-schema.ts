// Parses a recurrence at the boundary (matrix editor, CSV import, storage reads).
import { z } from 'zod';
import type { Recurrence } from './recurrence';
import { hasNoDuplicates, localDateFieldSchema, wholeNumberSchema } from './field-schemas';

const WEEKDAY_RULE = 'must be ISO weekdays: 1 (Monday) to 7 (Sunday)';

const intervalSchema = wholeNumberSchema('interval', 1, 999);

const monthDayRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('day_of_month'), day: wholeNumberSchema('on.day', 1, 31) }),
    z.object({
      kind: z.literal('weekday_of_month'),
      week: z.union([z.literal([1, 2, 3, 4]), z.literal('last')], { error: 'on.week must be 1, 2, 3, 4 or "last"' }),
      weekday: z.literal([1, 2, 3, 4, 5, 6, 7], { error: `on.weekday ${WEEKDAY_RULE}` }),
    }),
  ],
  { error: 'on.kind must be "day_of_month" or "weekday_of_month"' },
);

const ruleSchema = z.discriminatedUnion(
  'frequency',
  [
    z.object({ frequency: z.literal('daily'), interval: intervalSchema }),
    z.object({
      frequency: z.literal('weekly'),
      interval: intervalSchema,
      weekdays: z
        .array(z.literal([1, 2, 3, 4, 5, 6, 7], { error: `weekdays ${WEEKDAY_RULE}` }), { error: 'weekdays must be a list of weekdays' })
        .min(1, { error: 'weekdays must list at least one weekday' })
        .refine(hasNoDuplicates, { error: 'weekdays must not repeat a weekday' }),
    }),
    z.object({
      frequency: z.literal(['monthly', 'quarterly', 'semi_annual', 'annual']),
      interval: intervalSchema,
      on: monthDayRuleSchema,
    }),
  ],
  { error: 'frequency must be one of daily, weekly, monthly, quarterly, semi_annual, annual' },
);

const endSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('never') }),
    z.object({ kind: z.literal('on_date'), until: localDateFieldSchema('ends.until') }),
    z.object({ kind: z.literal('after_count'), count: wholeNumberSchema('ends.count', 1, 10_000) }),
  ],
  { error: 'ends.kind must be "never", "on_date" or "after_count"' },
);

export const recurrenceSchema: z.ZodType<Recurrence> = z
  .object(
    { startsOn: localDateFieldSchema('startsOn'), rule: ruleSchema, ends: endSchema },
    { error: 'recurrence must be an object with startsOn, rule and ends' },
  )
  .refine((recurrence) => recurrence.ends.kind !== 'on_date' || recurrence.ends.until >= recurrence.startsOn, {
    error: 'ends.until must be on or after startsOn',
    path: ['ends', 'until'],
  });
