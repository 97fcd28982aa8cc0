// Translates what the audit and review use cases throw into envelope errors that name the field: domain validation
// (INVALID_INPUT with its field), a version that moved on (CONFLICT), a record too large or altered outside the app.
import { PublishedRecordIntegrityError, PublishedRecordTooLargeError } from '../adapters/storage/published-review-store';
import { VersionConflictError } from '../adapters/storage/versioned-value';
import { AppError } from '../app/app-error';
import { asFieldError } from '../app/input-field-error';
import type { ResolverCall } from './resolver-surface';

function translate(error: unknown): unknown {
  if (error instanceof VersionConflictError) {
    return new AppError('CONFLICT', 'Someone else changed this since it was read; reload and try again.', undefined, { cause: error });
  }
  if (error instanceof PublishedRecordTooLargeError) return new AppError('INVALID_PAYLOAD', `minutes: ${error.message} Shorten the minutes or the inputs.`, 'minutes', { cause: error });
  if (error instanceof PublishedRecordIntegrityError) {
    console.error(`[isms-records] ${error.message}`);
    return new AppError('INTERNAL', error.message, undefined, { cause: error });
  }
  return asFieldError(error);
}

export function withFieldErrors<I, O>(run: (call: ResolverCall<I>) => Promise<O>): (call: ResolverCall<I>) => Promise<O> {
  return async (call) => {
    try {
      return await run(call);
    } catch (error) {
      throw translate(error);
    }
  };
}
