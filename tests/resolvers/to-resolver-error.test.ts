// The one translation from what a use case throws to the envelope's error: fields survive from any depth, a stale
// version is CONFLICT, Jira's busy answers are JIRA_UNAVAILABLE, and anything unknown is logged, never leaked.
import { z } from 'zod';

import { JiraRequestError } from '../../src/adapters/jira/jira-error';
import { VersionConflictError } from '../../src/adapters/storage/versioned-value';
import { AppError } from '../../src/app/app-error';
import { DomainError } from '../../src/domain/domain-error';
import { toResolverError } from '../../src/resolvers/to-resolver-error';

describe('toResolverError', () => {
  it('names the field of a domain rule, from details.field or its first zod issue', () => {
    expect(toResolverError(new DomainError('INVALID_INPUT', 'dueDate is required before work starts', { field: 'dueDate' }), 'test')).toEqual({
      code: 'INVALID_PAYLOAD', message: 'dueDate is required before work starts', field: 'dueDate',
    });
    expect(toResolverError(new DomainError('INVALID_INPUT', 'bad outputs', { issues: [{ path: 'outputs.actionItems.0.dueDate' }] }), 'test')).toMatchObject({ field: 'outputs.actionItems.0.dueDate' });
    expect(toResolverError(new DomainError('ILLEGAL_TRANSITION', 'cannot start a cancelled action'), 'test')).toEqual({ code: 'ILLEGAL_TRANSITION', message: 'cannot start a cancelled action' });
  });

  it('answers CONFLICT to a version that moved on, and keeps an AppError as it is', () => {
    expect(toResolverError(new VersionConflictError('matrix:MI-1'), 'test')).toMatchObject({ code: 'CONFLICT' });
    expect(toResolverError(new AppError('NOT_FOUND', 'There is no KPI "KPI-X".', 'kpiId'), 'test')).toEqual({ code: 'NOT_FOUND', message: 'There is no KPI "KPI-X".', field: 'kpiId' });
  });

  it('names the path of a malformed payload', () => {
    const parsed = z.object({ limit: z.number() }).safeParse({ limit: 'ten' });
    expect(toResolverError(parsed.error, 'test')).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'limit' });
  });

  it('logs an unknown failure and answers without its details', () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(toResolverError(new Error('secret connection string'), 'test')).toEqual({ code: 'INTERNAL', message: 'Something went wrong on our side; the error has been logged.' });
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
    expect(toResolverError(new JiraRequestError(503, 'GET /rest/api/3/issue', 'busy'), 'test')).toMatchObject({ code: 'JIRA_UNAVAILABLE' });
  });
});
