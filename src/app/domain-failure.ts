// Translates what the domain and storage throw into AppErrors the resolvers answer with, keeping the field the
// problem is about: a DomainError names it in `details.field` or in its zod issues' paths; a stale version
// (VersionConflictError) becomes CONFLICT. Anything else passes through untouched.
import { VersionConflictError } from '../adapters/storage/versioned-value';
import { DomainError } from '../domain/domain-error';
import { AppError } from './app-error';

function fieldOf(error: DomainError): string | undefined {
  const { field, issues } = error.details;
  if (typeof field === 'string') return field;
  if (Array.isArray(issues)) {
    const first: unknown = issues[0];
    if (typeof first === 'object' && first !== null && 'path' in first && typeof first.path === 'string' && first.path !== '') return first.path;
  }
  return undefined;
}

export function asAppError(error: unknown, fieldPrefix = ''): unknown {
  if (error instanceof DomainError) {
    const field = fieldOf(error);
    const named = field === undefined ? undefined : `${fieldPrefix}${field}`;
    return new AppError(error.code === 'ILLEGAL_TRANSITION' ? 'ILLEGAL_TRANSITION' : 'INVALID_PAYLOAD', error.message, named, { cause: error });
  }
  if (error instanceof VersionConflictError) {
    return new AppError('CONFLICT', 'Someone else changed this record at the same moment; reload and try again.', undefined, { cause: error });
  }
  return error;
}
