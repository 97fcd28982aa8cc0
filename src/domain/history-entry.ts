// One immutable line of a record's lifecycle: who moved it from which status to which, with what intent, when.
// The shell appends these (issue property / changelog); the domain only produces them.
import { DomainError } from './domain-error';

export type AccountId = string;

/** Who acts and when (an ISO-8601 instant read by the shell, never by the domain), with an optional note. */
export interface TransitionContext {
  readonly at: string;
  readonly by: AccountId;
  readonly note?: string;
}

export interface HistoryEntry<Status extends string, Intent extends string> {
  readonly at: string;
  readonly by: AccountId;
  /** null for the entry that creates the record. */
  readonly from: Status | null;
  readonly to: Status;
  readonly intent: Intent;
  readonly note: string | null;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoInstant(value: string): boolean {
  return ISO_INSTANT.test(value) && Number.isFinite(Date.parse(value));
}

export function historyEntry<Status extends string, Intent extends string>(
  ctx: TransitionContext,
  from: Status | null,
  to: Status,
  intent: Intent,
): HistoryEntry<Status, Intent> {
  if (!isIsoInstant(ctx.at)) {
    throw new DomainError('INVALID_INPUT', `at must be an ISO-8601 instant with a zone, got "${ctx.at}"`, { field: 'at', value: ctx.at });
  }
  if (ctx.by.trim() === '') throw new DomainError('INVALID_INPUT', 'by is required', { field: 'by' });
  const note = ctx.note?.trim() ?? '';
  return Object.freeze({ at: ctx.at, by: ctx.by, from, to, intent, note: note === '' ? null : note });
}
