// The one response shape every resolver returns; static/ surfaces switch on `ok` and `error.code`.
import { z } from 'zod';

export const resolverErrorCodes = [
  'INVALID_PAYLOAD',
  'UNKNOWN_RESOLVER_KEY',
  'FORBIDDEN',
  'NOT_FOUND',
  'NOT_SET_UP',
  'CONFLICT',
  'ILLEGAL_TRANSITION',
  'JIRA_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ResolverErrorCode = (typeof resolverErrorCodes)[number];

export interface ResolverError {
  readonly code: ResolverErrorCode;
  readonly message: string;
  /** The payload field a validation error is about, e.g. "recurrence.interval". */
  readonly field?: string;
}

export type Envelope<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ResolverError };

export const resolverErrorSchema = z.object({
  code: z.enum(resolverErrorCodes),
  message: z.string(),
  field: z.string().optional(),
});

/** Parses an envelope coming back over the bridge, with `data` checked by the caller's schema. */
export function envelopeSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: resolverErrorSchema }),
  ]);
}
