// Builds the next immutable StoredIssue from a validated patch, a status change, or nothing (a new issue).
import { adfToPlainText } from '../store/adf-text';
import type { StatusRecord } from '../store/directory-records';
import type { JiraStore } from '../store/jira-store';
import type { StoredIssue } from '../store/stored-issue';
import type { IssuePatch } from './issue-field-input';

export function applyPatch(store: JiraStore, issue: StoredIssue, patch: IssuePatch, nowIso: string): StoredIssue {
  const issueType = patch.issueTypeId === undefined ? undefined : store.workflow.issueType(patch.issueTypeId);
  const parent = patch.parentId === undefined || patch.parentId === null ? undefined : store.issues.get(patch.parentId);
  const customFields = mergeCustomFields(issue.customFields, patch.customFields ?? {});
  return {
    ...issue,
    ...(patch.summary === undefined ? {} : { summary: patch.summary }),
    ...(patch.descriptionAdf === undefined
      ? {}
      : { descriptionJson: patch.descriptionAdf === null ? null : JSON.stringify(patch.descriptionAdf), description: adfToPlainText(patch.descriptionAdf) }),
    ...(issueType === undefined ? {} : { issueTypeId: issueType.id, issueTypeName: issueType.name }),
    ...(patch.priorityId === undefined ? {} : { priorityId: patch.priorityId }),
    ...(patch.assigneeAccountId === undefined ? {} : { assigneeAccountId: patch.assigneeAccountId }),
    ...(patch.reporterAccountId === undefined ? {} : { reporterAccountId: patch.reporterAccountId }),
    ...(patch.duedate === undefined ? {} : { duedate: patch.duedate }),
    ...(patch.labels === undefined ? {} : { labels: [...patch.labels] }),
    ...(patch.parentId === undefined ? {} : { parentId: patch.parentId, parentKey: parent?.key ?? null }),
    customFields,
    updated: nowIso,
  };
}

/** Applies custom field changes; a null value removes the field's value. */
export function mergeCustomFields(current: Readonly<Record<string, unknown>>, changes: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const merged = Object.entries({ ...current, ...changes }).filter(([, value]) => value !== null && value !== undefined);
  return Object.fromEntries(merged);
}

/** Moves an issue to a status; entering a done status resolves it ("Done"), leaving done clears the resolution. */
export function applyStatus(issue: StoredIssue, status: StatusRecord, nowIso: string): StoredIssue {
  if (status.id === issue.statusId) return issue;
  const categoryChanged = status.category !== issue.statusCategory;
  const resolved = status.category === 'done';
  return {
    ...issue,
    statusId: status.id,
    statusName: status.name,
    statusCategory: status.category,
    statusCategoryChanged: categoryChanged ? nowIso : issue.statusCategoryChanged,
    resolution: resolved ? (issue.resolution ?? 'Done') : null,
    resolutiondate: resolved ? (issue.resolutiondate ?? nowIso) : null,
    updated: nowIso,
  };
}

export interface NewIssueInput {
  readonly id: string;
  readonly key: string;
  readonly projectId: string;
  readonly creatorAccountId: string | null;
  readonly reporterAccountId: string | null;
  readonly status: StatusRecord;
  readonly createdIso: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** A blank issue of the project in its initial status; the caller applies the create patch on top. */
export function blankIssue(store: JiraStore, input: NewIssueInput): StoredIssue {
  const project = store.projects.project(input.projectId);
  return {
    id: input.id,
    key: input.key,
    projectId: input.projectId,
    projectKey: project?.key ?? '',
    projectName: project?.name ?? '',
    issueTypeId: '',
    issueTypeName: '',
    statusId: input.status.id,
    statusName: input.status.name,
    statusCategory: input.status.category,
    resolution: input.status.category === 'done' ? 'Done' : null,
    summary: '',
    description: '',
    descriptionJson: null,
    assigneeAccountId: null,
    reporterAccountId: input.reporterAccountId,
    creatorAccountId: input.creatorAccountId,
    created: input.createdIso,
    updated: input.createdIso,
    statusCategoryChanged: input.createdIso,
    resolutiondate: input.status.category === 'done' ? input.createdIso : null,
    duedate: null,
    labels: [],
    parentKey: null,
    parentId: null,
    priorityId: '3',
    customFields: {},
    properties: input.properties,
  };
}
