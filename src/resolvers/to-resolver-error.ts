// Translates whatever a use case threw into the envelope's error, once. Unknown failures are logged, never leaked.
import { ZodError } from 'zod';

import { AppError } from '../app/app-error';
import { JiraRequestError } from '../adapters/jira/jira-error';
import { VersionConflictError } from '../adapters/storage/versioned-value';
import type { ResolverError } from '../contracts/envelope';
import { DomainError, domainErrorField } from '../domain/domain-error';

export function toResolverError(error: unknown, where: string): ResolverError {
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const field = issue?.path.map(String).join('.') ?? '';
    const message = issue === undefined ? 'The request is malformed.' : `${field === '' ? 'payload' : field}: ${issue.message}`;
    return field === '' ? { code: 'INVALID_PAYLOAD', message } : { code: 'INVALID_PAYLOAD', message, field };
  }
  if (error instanceof AppError) {
    return error.field === undefined ? { code: error.code, message: error.message } : { code: error.code, message: error.message, field: error.field };
  }
  if (error instanceof DomainError) {
    // Whatever depth a domain rule failed at, the envelope names the field it is about.
    const code = error.code === 'ILLEGAL_TRANSITION' ? 'ILLEGAL_TRANSITION' : 'INVALID_PAYLOAD';
    const field = domainErrorField(error);
    return field === undefined ? { code, message: error.message } : { code, message: error.message, field };
  }
  if (error instanceof VersionConflictError) {
    return { code: 'CONFLICT', message: 'Someone else changed this since it was read; reload and try again.' };
  }
  if (error instanceof JiraRequestError && (error.status === 429 || error.status >= 500)) {
    return { code: 'JIRA_UNAVAILABLE', message: 'Jira is busy or unavailable right now; try again in a minute.' };
  }
  console.error(`[${where}] unexpected failure`, error);
  return { code: 'INTERNAL', message: 'Something went wrong on our side; the error has been logged.' };
}
