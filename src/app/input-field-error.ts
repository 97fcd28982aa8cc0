// Domain validation errors carry the field they are about (details.field, or the path of the first zod issue); the
// envelope wants it as `field`. This turns an INVALID_INPUT DomainError into AppError('INVALID_PAYLOAD', …, field),
// optionally under a prefix when the domain validated one part of a payload ("outputs" → "outputs.actionItems.0.dueDate").
import { DomainError, domainErrorField } from '../domain/domain-error';
import { AppError } from './app-error';

/** The AppError to throw instead of `error`, or `error` itself when it is not a domain validation error. */
export function asFieldError(error: unknown, prefix?: string): unknown {
  if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') return error;
  const field = domainErrorField(error);
  const full = prefix === undefined ? field : field === undefined ? prefix : `${prefix}.${field}`;
  const message = prefix === undefined || error.message.startsWith(prefix) ? error.message : `${prefix}: ${error.message}`;
  return new AppError('INVALID_PAYLOAD', message, full, { cause: error });
}
