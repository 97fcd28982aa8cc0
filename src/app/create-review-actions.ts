// Action items of a management review (9.3.3) become "Review action" Jira issues: assigned to the owner, due on the
// due date, "raised by" the review issue — followed up like any ticket and reported at the next review (input a).
// Idempotent: issues already recorded or found by their clause9 id are reused; one search, one bulk create (per 50),
// one bulk read of links, then one call per missing link.
import type { NewIssue } from '../adapters/jira/create-issue';
import type { JiraIssueRef } from '../adapters/storage/audit-programme-schemas';
import type { ActionIssueRef } from '../adapters/storage/management-review-schemas';
import type { ReviewActionItem } from '../domain/management-review/review-outputs';
import type { AppIssuePorts } from './app-issue-ports';

export const ACTION_ISSUE_KIND = 'review-action';

export function actionClause9Id(reviewId: string, itemId: string): string {
  return `${ACTION_ISSUE_KIND}:${reviewId}:${itemId}`;
}

export interface ActionItemOutcome {
  readonly itemId: string;
  readonly issueKey: string | null;
  /** Why Jira refused to create it (e.g. the owner cannot be assigned); a later publish retries. */
  readonly error: string | null;
}

export interface ReviewActionsResult {
  readonly issues: Readonly<Record<string, ActionIssueRef>>;
  readonly outcomes: readonly ActionItemOutcome[];
}

function paragraph(text: string): Record<string, unknown> {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

function newActionIssue(reviewId: string, item: ReviewActionItem, ports: AppIssuePorts): NewIssue {
  return {
    fields: {
      project: { id: ports.setup.projectId },
      issuetype: { id: ports.setup.issueTypeIds.reviewAction },
      summary: `${reviewId} ${item.id}: ${item.description}`.slice(0, 255),
      description: paragraph(item.description),
      assignee: { accountId: item.owner },
      duedate: item.dueDate,
    },
    properties: [
      {
        key: 'clause9',
        value: { id: actionClause9Id(reviewId, item.id), kind: ACTION_ISSUE_KIND, status: 'open', v: 1, reviewId, itemId: item.id, owner: item.owner, dueDate: item.dueDate },
      },
    ],
  };
}

export async function createReviewActions(
  ports: AppIssuePorts,
  reviewId: string,
  reviewIssue: JiraIssueRef,
  items: readonly ReviewActionItem[],
  known: Readonly<Record<string, ActionIssueRef>>,
): Promise<ReviewActionsResult> {
  const issues: Record<string, ActionIssueRef> = { ...known };
  const errors = new Map<string, string>();
  const missing = items.filter((item) => issues[item.id] === undefined);
  if (missing.length > 0) {
    const found = await ports.findClause9Issues(missing.map((item) => actionClause9Id(reviewId, item.id)));
    const toCreate: ReviewActionItem[] = [];
    for (const item of missing) {
      const ref = found.get(actionClause9Id(reviewId, item.id));
      if (ref === undefined) toCreate.push(item);
      else issues[item.id] = { ...ref, linked: false };
    }
    if (toCreate.length > 0) {
      const result = await ports.createIssues(toCreate.map((item) => newActionIssue(reviewId, item, ports)));
      for (const created of result.created) {
        const item = toCreate[created.index];
        if (item !== undefined) issues[item.id] = { id: created.id, key: created.key, linked: false };
      }
      for (const failure of result.failed) {
        const item = toCreate[failure.index];
        if (item !== undefined) errors.set(item.id, failure.messages.join(' ') || `Jira answered ${failure.status}`);
      }
    }
  }
  const unlinked = Object.values(issues).filter((ref) => !ref.linked);
  if (unlinked.length > 0) {
    const linked = await ports.raisedByLinked(unlinked.map((ref) => ref.id), reviewIssue.id);
    for (const [itemId, ref] of Object.entries(issues)) {
      if (ref.linked) continue;
      if (!linked.has(ref.id)) await ports.linkRaisedBy(ref.id, reviewIssue.id);
      issues[itemId] = { ...ref, linked: true };
    }
  }
  const outcomes = items.map((item): ActionItemOutcome => ({ itemId: item.id, issueKey: issues[item.id]?.key ?? null, error: errors.get(item.id) ?? null }));
  return { issues, outcomes };
}
