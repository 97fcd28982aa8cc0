// Sweep phase 2: catch up the read models with what product events missed (events can be 3 minutes late or lost).
// A normal day reads only the app issues changed since the last reconcile (minus a safety margin); the first run
// reads the done checks of the last 13 months and the open findings. Page by page, with the page cursor saved after
// each page, so a run cut short resumes where it stopped.
import { changedSinceJql, bootstrapJql } from '../adapters/jira/app-issue-jql';
import type { SnapshotPage } from '../adapters/jira/app-issue-snapshot';
import type { SetupState } from '../adapters/storage/setup-state';
import { addDays, type LocalDate } from '../domain/local-date';
import type { AppliedChanges, IssueChanges } from './apply-issue-changes';

/** Events arrive up to 3 minutes late; a wider margin also covers clock skew between Jira and Forge. */
export const RECONCILE_MARGIN_MINUTES = 30;
export const BOOTSTRAP_LOOK_BACK_DAYS = 400;

export interface ReconcileCursor {
  readonly mode: 'bootstrap' | 'changes';
  /** When this reconcile began: the next run reads changes from here. */
  readonly startedAt: string;
  /** Kept so a resumed run continues the same query (its page token belongs to it). */
  readonly jql: string;
  readonly nextPageToken?: string;
}

export interface ReconcilePorts {
  readonly searchSnapshots: (jql: string, nextPageToken: string | undefined) => Promise<SnapshotPage>;
  readonly applyChanges: (changes: Omit<IssueChanges, 'includeOverdue'>) => Promise<AppliedChanges>;
  readonly saveCursor: (cursor: ReconcileCursor) => Promise<void>;
  readonly hasTimeFor: () => boolean;
}

export interface ReconcileRequest {
  readonly state: SetupState;
  readonly today: LocalDate;
  readonly now: Date;
  /** The previous reconcile's start; undefined before the first one. */
  readonly reconciledAt: string | undefined;
  /** Where a cut-short run stopped, if it did. */
  readonly cursor: ReconcileCursor | null;
}

export type ReconcileResult = { readonly complete: true; readonly watermark: string; readonly issues: number } | { readonly complete: false; readonly issues: number };

/** A fresh cursor: the first reconcile bootstraps, later ones read what changed since the previous one began. */
export function newReconcileCursor(request: ReconcileRequest): ReconcileCursor {
  const startedAt = request.now.toISOString();
  if (request.reconciledAt === undefined) {
    return { mode: 'bootstrap', startedAt, jql: bootstrapJql(request.state, request.today, addDays(request.today, -BOOTSTRAP_LOOK_BACK_DAYS)) };
  }
  const minutes = (request.now.getTime() - Date.parse(request.reconciledAt)) / 60_000 + RECONCILE_MARGIN_MINUTES;
  return { mode: 'changes', startedAt, jql: changedSinceJql(request.state, minutes) };
}

export async function reconcileReadModels(ports: ReconcilePorts, request: ReconcileRequest): Promise<ReconcileResult> {
  let cursor: ReconcileCursor = request.cursor ?? newReconcileCursor(request);
  let issues = 0;
  for (;;) {
    if (!ports.hasTimeFor()) return { complete: false, issues };
    const page = await ports.searchSnapshots(cursor.jql, cursor.nextPageToken);
    const { snapshots } = page;
    if (snapshots.length > 0) await ports.applyChanges({ snapshots, deletedIssueIds: [], today: request.today, at: request.now.toISOString() });
    issues += snapshots.length;
    if (page.nextPageToken === undefined) return { complete: true, watermark: cursor.startedAt, issues };
    cursor = { ...cursor, nextPageToken: page.nextPageToken };
    await ports.saveCursor(cursor);
  }
}
