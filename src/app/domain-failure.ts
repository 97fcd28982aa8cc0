// Translates what the domain and storage throw into AppErrors the resolvers answer with, keeping the field the
// problem is about: a DomainError names it in `details.field` or in its zod issues' paths; a stale version
// (VersionConflictError) becomes CONFLICT. Anything else passes through untouched.
import { VersionConflictError } from '../adapters/storage/versioned-value';
import { DomainError, domainErrorField } from '../domain/domain-error';
import { AppError } from './app-error';

export function asAppError(error: unknown, fieldPrefix = ''): unknown {
  if (error instanceof DomainError) {
    const field = domainErrorField(error);
    const named = field === undefined ? undefined : `${fieldPrefix}${field}`;
    return new AppError(error.code === 'ILLEGAL_TRANSITION' ? 'ILLEGAL_TRANSITION' : 'INVALID_PAYLOAD', error.message, named, { cause: error });
  }
  if (error instanceof VersionConflictError) {
    return new AppError('CONFLICT', 'Someone else changed this record at the same moment; reload and try again.', undefined, { cause: error });
  }
  return error;
}
