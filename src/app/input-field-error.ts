// Domain validation errors carry the field they are about (details.field, or the path of the first zod issue); the
// envelope wants it as `field`. This turns an INVALID_INPUT DomainError into AppError('INVALID_PAYLOAD', …, field),
// optionally under a prefix when the domain validated one part of a payload ("outputs" → "outputs.actionItems.0.dueDate").
import { z } from 'zod';

import { DomainError } from '../domain/domain-error';
import { AppError } from './app-error';

const detailsSchema = z.object({
  field: z.string().optional(),
  issues: z.array(z.object({ path: z.string() })).optional(),
});

export function fieldOfDomainError(error: DomainError): string | undefined {
  const details = detailsSchema.safeParse(error.details);
  if (!details.success) return undefined;
  const path = details.data.field ?? details.data.issues?.[0]?.path;
  return path === undefined || path === '' ? undefined : path;
}

/** The AppError to throw instead of `error`, or `error` itself when it is not a domain validation error. */
export function asFieldError(error: unknown, prefix?: string): unknown {
  if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') return error;
  const field = fieldOfDomainError(error);
  const full = prefix === undefined ? field : field === undefined ? prefix : `${prefix}.${field}`;
  const message = prefix === undefined || error.message.startsWith(prefix) ? error.message : `${prefix}: ${error.message}`;
  return new AppError('INVALID_PAYLOAD', message, full, { cause: error });
}
