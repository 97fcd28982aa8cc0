// A Finding issue someone created in Jira itself (the Create dialog offers the app's issue type) becomes a Clause9
// finding from its panel: kind, source and requirements are added to the issue's own summary and description, the
// record is written to that issue, and from then on it walks the 10.2 lifecycle like any raised finding.
// Idempotent: the finding id comes from the issue id, and a retry finding the same record only rewrites its fields.
import { findingFieldValues } from '../adapters/jira/finding-issue-fields';
import { CHECK_PROPERTY_KIND } from '../adapters/jira/check-property';
import { CORRECTIVE_ACTION_PROPERTY_KIND } from '../adapters/jira/corrective-action-property';
import { FINDING_PROPERTY_KIND, findingProperty, findingPropertySchema, type FindingProperty } from '../adapters/jira/finding-property';
import { plainTextAdf } from '../adapters/jira/finding-issue-bodies';
import type { RaisedFinding } from '../contracts/finding-view';
import type { FindingKind, FindingSource } from '../domain/finding';
import { raiseFinding } from '../domain/finding-raise';
import type { TransitionContext } from '../domain/history-entry';
import type { LocalDate } from '../domain/local-date';
import { AppError } from './app-error';
import { requireFits } from './commit-app-issue';
import { ACTION_ISSUE_KIND } from './create-review-actions';
import { findingChange } from './finding-change';
import { REVIEW_ISSUE_KIND } from './management-review-ports';
import { AUDIT_ISSUE_KIND } from './sync-audit-issue';
import type { AppIssuePorts } from './finding-ports';

/** What the panel and the use case need to know of the issue, read as the app. */
export interface IssueToRecord {
  readonly issueId: string;
  readonly issueKey: string;
  readonly summary: string;
  readonly descriptionText: string;
  readonly issueTypeName: string | null;
  readonly issueTypeId: string | null;
  readonly projectId: string | null;
  /** The raw `clause9` property; undefined when the issue has none. */
  readonly record: unknown;
}

export interface RecordFindingPorts extends Pick<AppIssuePorts, 'writeFields' | 'writeProperty' | 'editIssueFields'> {
  readonly readIssueToRecord: (issueKey: string) => Promise<IssueToRecord>;
  readonly findingIssueTypeId: string;
  readonly projectId: string;
  readonly projectKey: string;
}

export interface RecordFindingRequest {
  readonly issueKey: string;
  readonly kind: FindingKind;
  readonly source: FindingSource;
  readonly sourceRef: string | null;
  readonly references: readonly string[];
  /** Used, and written to the issue, only when the issue has no description of its own. */
  readonly description?: string | undefined;
  readonly ctx: TransitionContext;
  readonly today: LocalDate;
}

export interface Recordability {
  readonly recordable: boolean;
  /** Why not, in words for the panel; null when recordable. */
  readonly reason: string | null;
  readonly summary: string;
  readonly needsDescription: boolean;
}

export const findingIdForIssue = (issueId: string): string => `finding:issue-${issueId}`;

const RECORD_KINDS: Readonly<Record<string, string>> = {
  [FINDING_PROPERTY_KIND]: 'is already a Clause9 finding',
  [CORRECTIVE_ACTION_PROPERTY_KIND]: 'is a Clause9 corrective action: its finding’s panel follows it',
  [CHECK_PROPERTY_KIND]: 'is a Clause9 monitoring check',
  [AUDIT_ISSUE_KIND]: 'is a Clause9 internal audit',
  [REVIEW_ISSUE_KIND]: 'is a Clause9 management review',
  [ACTION_ISSUE_KIND]: 'is an action item of a Clause9 management review',
};

function alreadyRecorded(issue: IssueToRecord): string {
  const kind = typeof issue.record === 'object' && issue.record !== null && 'kind' in issue.record ? String(issue.record.kind) : '';
  return `${issue.issueKey} ${RECORD_KINDS[kind] ?? 'already carries a Clause9 record'}.`;
}

/** Whether the issue may become a finding: a Finding issue of the ISMS project that carries no Clause9 record. */
export function recordability(ports: Pick<RecordFindingPorts, 'findingIssueTypeId' | 'projectId' | 'projectKey'>, issue: IssueToRecord): Recordability {
  const answer = (reason: string | null): Recordability => ({ recordable: reason === null, reason, summary: issue.summary, needsDescription: issue.descriptionText === '' });
  if (issue.record !== undefined) return answer(alreadyRecorded(issue));
  if (issue.projectId !== ports.projectId) return answer(`${issue.issueKey} is not in the ISMS project ${ports.projectKey}: findings live there.`);
  if (issue.issueTypeId !== ports.findingIssueTypeId) {
    return answer(`${issue.issueKey} is a ${issue.issueTypeName ?? 'different'} issue: only Finding issues can be recorded as findings.`);
  }
  return answer(null);
}

function sameFacts(stored: FindingProperty, request: RecordFindingRequest): boolean {
  const { state } = stored;
  return state.kind === request.kind && state.source === request.source && state.sourceRef === request.sourceRef
    && JSON.stringify([...state.references].sort()) === JSON.stringify([...request.references].map((id) => id.trim()).sort());
}

export async function recordFindingIssue(ports: RecordFindingPorts, request: RecordFindingRequest): Promise<RaisedFinding> {
  const issue = await ports.readIssueToRecord(request.issueKey);
  const findingId = findingIdForIssue(issue.issueId);
  const stored = findingPropertySchema.safeParse(issue.record);
  if (stored.success && stored.data.state.id === findingId) {
    // A retry (or a double click): the same facts converge; others are a different finding already recorded.
    if (!sameFacts(stored.data, request)) throw new AppError('CONFLICT', `${issue.issueKey} was just recorded as a finding with other details; reload the panel.`, 'issueKey');
    await ports.writeFields(issue.issueId, findingFieldValues(stored.data.state));
    return { ...findingChange(issue, stored.data, { revision: stored.data.rev, jiraStatusInSync: true }), created: false };
  }
  const verdict = recordability(ports, issue);
  if (!verdict.recordable) throw new AppError('INVALID_PAYLOAD', `issueKey: ${verdict.reason ?? ''}`, 'issueKey');
  const typed = request.description?.trim() ?? '';
  const description = issue.descriptionText !== '' ? issue.descriptionText : typed;
  if (description === '') {
    throw new AppError('INVALID_PAYLOAD', `description: ${issue.issueKey} has no description; say what was found and against which requirement`, 'description');
  }
  const { finding, history } = raiseFinding(
    { id: findingId, kind: request.kind, source: request.source, sourceRef: request.sourceRef, references: request.references, raisedBy: request.ctx.by, raisedOn: request.today, title: issue.summary, description },
    request.ctx.at,
  );
  const property = findingProperty(finding, [history], [], 1);
  requireFits(issue.issueKey, property);
  // Nothing is written before the record validated; the issue's own description first, so a retry reads it back.
  if (issue.descriptionText === '') await ports.editIssueFields(issue.issueId, { description: plainTextAdf(description) });
  await ports.writeProperty(issue.issueKey, property);
  await ports.writeFields(issue.issueId, findingFieldValues(finding));
  return { ...findingChange(issue, property, { revision: property.rev, jiraStatusInSync: true }), created: true };
}
