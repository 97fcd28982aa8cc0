// Writes one lifecycle step of a finding or corrective action to Jira, in an order that keeps a failure safe:
//   1. size check (Jira keeps ≤ 32 KB per property) and a fresh read of the stored revision — nothing written yet;
//   2. the app fields (derived from the new state only, so writing them twice is harmless); for a corrective action,
//      the issue's assignee and due date where the step changed them (a revision);
//   3. the `clause9` property — the record of truth, written last of the two, so a failure before it leaves the old
//      state in force and a retry redoes the whole step;
//   4. the Jira status, mirrored after the property so a workflow validator reading the property sees the new state.
//      A workflow that offers no transition (or refuses it) does not undo the step: the answer says it is out of sync
//      and the next step mirrors again.
import type { CorrectiveActionProperty } from '../adapters/jira/corrective-action-property';
import { correctiveActionIssueEdits } from '../adapters/jira/finding-issue-bodies';
import { correctiveActionStatusCategory, findingFieldValues, findingStatusCategory } from '../adapters/jira/finding-issue-fields';
import type { FindingProperty } from '../adapters/jira/finding-property';
import { propertyBytes } from '../adapters/jira/finding-property';
import { MAX_PROPERTY_BYTES } from '../adapters/jira/issue-property';
import { JiraRequestError } from '../adapters/jira/jira-error';
import type { StatusCategoryKey } from '../adapters/jira/transition-issue';
import { AppError } from './app-error';
import type { AppIssuePorts, StoredCorrectiveAction, StoredFinding } from './finding-ports';

export interface CommitOutcome {
  readonly revision: number;
  /** False when the Jira status could not be moved to match the new stage (see the module comment). */
  readonly jiraStatusInSync: boolean;
}

/** CONFLICT when the caller worked from an older revision than the one stored. */
export function requireRevision(issueKey: string, stored: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== stored) {
    throw new AppError('CONFLICT', `${issueKey} has changed since you loaded it (revision ${stored}, you had ${expected}); reload and try again.`, 'expectedRevision');
  }
}

export function requireFits(issueKey: string, property: unknown): void {
  const bytes = propertyBytes(property);
  if (bytes > MAX_PROPERTY_BYTES) {
    throw new AppError(
      'INVALID_PAYLOAD',
      `The record of ${issueKey} would be ${bytes} bytes, but Jira keeps at most ${MAX_PROPERTY_BYTES} per issue property; shorten the texts and try again.`,
    );
  }
}

async function requireUnchanged(ports: AppIssuePorts, issueKey: string, readRevision: number): Promise<void> {
  const now = await ports.readRevision(issueKey);
  if (now !== readRevision) {
    throw new AppError('CONFLICT', `${issueKey} was changed by someone else while this step ran (revision ${String(now)}, read ${readRevision}); reload and try again.`);
  }
}

async function mirror(ports: AppIssuePorts, issueKey: string, from: StatusCategoryKey | undefined, to: StatusCategoryKey): Promise<boolean> {
  if (from === to) return true;
  try {
    return await ports.mirrorStatus(issueKey, to);
  } catch (error) {
    if (!(error instanceof JiraRequestError)) throw error;
    console.warn(`[clause9] could not move ${issueKey} to status category ${to}: Jira answered ${error.status}`);
    return false;
  }
}

export async function commitFindingChange(ports: AppIssuePorts, current: StoredFinding, next: FindingProperty): Promise<CommitOutcome> {
  requireFits(current.issueKey, next);
  await requireUnchanged(ports, current.issueKey, current.property.rev);
  await ports.writeFields(current.issueId, findingFieldValues(next.state));
  await ports.writeProperty(current.issueKey, next);
  const inSync = await mirror(ports, current.issueKey, current.statusCategory, findingStatusCategory(next.state));
  return { revision: next.rev, jiraStatusInSync: inSync };
}

export async function commitCorrectiveActionChange(ports: AppIssuePorts, current: StoredCorrectiveAction, next: CorrectiveActionProperty): Promise<CommitOutcome> {
  requireFits(current.issueKey, next);
  await requireUnchanged(ports, current.issueKey, current.property.rev);
  const edits = correctiveActionIssueEdits(current.property.state, next.state);
  if (Object.keys(edits).length > 0) await ports.editIssueFields(current.issueId, edits);
  await ports.writeProperty(current.issueKey, next);
  const inSync = await mirror(ports, current.issueKey, current.statusCategory, correctiveActionStatusCategory(next.state));
  return { revision: next.rev, jiraStatusInSync: inSync };
}
