// The Jira ports of use cases that keep app issues (D7: every app issue carries the `clause9` property with the
// app's stable id) — and the one way they create such an issue without ever creating it twice.
import type { BulkCreateResult } from '../adapters/jira/create-issues';
import type { NewIssue } from '../adapters/jira/create-issue';
import type { AppFieldUpdate } from '../adapters/jira/set-app-field-values';
import type { JiraIssueRef } from '../adapters/storage/audit-programme-schemas';
import type { SetupState } from '../adapters/storage/setup-state';

export interface AppIssuePorts {
  readonly setup: SetupState;
  /** clause9 id → the issue carrying it (one search for many ids). */
  readonly findClause9Issues: (clause9Ids: readonly string[]) => Promise<ReadonlyMap<string, JiraIssueRef>>;
  readonly createIssue: (issue: NewIssue) => Promise<JiraIssueRef>;
  readonly createIssues: (issues: readonly NewIssue[]) => Promise<BulkCreateResult>;
  readonly setAppFields: (updates: readonly AppFieldUpdate[]) => Promise<void>;
  readonly setClause9Property: (issueId: string, value: Readonly<Record<string, unknown>>) => Promise<void>;
  /**
   * Moves the issue to a status of the category unless it is in one; best effort, as for findings: a workflow that
   * offers no way there, or refuses, leaves the status as it is and the app's record stands.
   */
  readonly followStatus: (issueId: string, category: 'indeterminate' | 'done') => Promise<void>;
  /** `from` "raised by" `to` (the app's Raised by link type). */
  readonly linkRaisedBy: (fromIssueId: string, toIssueId: string) => Promise<void>;
  /** Which of `issueIds` already have a "raised by" link to `toIssueId`. */
  readonly raisedByLinked: (issueIds: readonly string[], toIssueId: string) => Promise<ReadonlySet<string>>;
}

/** The issue carrying `clause9Id`: found again if a run already created it, else created now (with the property). */
export async function ensureClause9Issue(
  ports: Pick<AppIssuePorts, 'findClause9Issues' | 'createIssue'>,
  clause9Id: string,
  build: () => NewIssue,
): Promise<{ readonly ref: JiraIssueRef; readonly created: boolean }> {
  const found = (await ports.findClause9Issues([clause9Id])).get(clause9Id);
  if (found !== undefined) return { ref: found, created: false };
  return { ref: await ports.createIssue(build()), created: true };
}
