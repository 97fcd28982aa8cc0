// Zod building blocks whose messages name the field and the rule ("leadTimeDays must be a whole number from 0 to
// 365"), so an error read in a CSV import or a resolver reply says what to fix without a path lookup.
import { z } from 'zod';
import { isLocalDate } from './local-date';

export function wholeNumberSchema(field: string, min: number, max: number) {
  const rule = `${field} must be a whole number from ${min} to ${max}`;
  return z.number({ error: rule }).int({ error: rule }).min(min, { error: rule }).max(max, { error: rule });
}

export function requiredTextSchema(field: string, maxLength: number) {
  return z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(maxLength, { error: `${field} must be at most ${maxLength} characters` });
}

/** Free text that may be empty (e.g. recommendations when there are none). */
export function optionalTextSchema(field: string, maxLength: number) {
  return z.string({ error: `${field} must be text` }).trim().max(maxLength, { error: `${field} must be at most ${maxLength} characters` });
}

export function localDateFieldSchema(field: string) {
  const rule = `${field} must be a calendar date in the form YYYY-MM-DD`;
  return z.string({ error: rule }).refine(isLocalDate, { error: rule });
}

/** Atlassian account ids: "5b10ac8d82e05b22cc7d4ef5" or "557058:f58131cb-b67d-43c7-b30d-6b58d40bd077". */
const ACCOUNT_ID = /^[A-Za-z0-9][A-Za-z0-9:_-]{0,127}$/;

export function accountIdSchema(field: string) {
  const rule = `${field} must be an Atlassian account id`;
  return z.string({ error: rule }).regex(ACCOUNT_ID, { error: rule });
}

/** ISO instants as produced by `Date.prototype.toISOString` (history timestamps). */
export function instantSchema(field: string) {
  return z.iso.datetime({ error: `${field} must be an ISO 8601 UTC timestamp such as 2026-01-31T09:00:00.000Z` });
}

export function hasNoDuplicates(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}
