// An issue as the stand-in holds it in memory: the JQL engine's IssueDocument plus what rendering needs.
// Instances are immutable; every change replaces the object, so a search iterating a snapshot is never torn.
// The description is kept as its ADF JSON text (parsed only when an answer shows it) next to its plain text
// (what `text ~` searches), so start-up never parses ADF.
import type { IssueDocument } from '../jql/types';

export interface StoredIssue extends IssueDocument {
  /** The description as ADF JSON text, or null. */
  readonly descriptionJson: string | null;
  readonly priorityId: string;
  readonly creatorAccountId: string | null;
  readonly statusCategoryChanged: string; // ISO instant
  readonly parentId: string | null;
}

export const issueColumns = [
  'id', 'key', 'project_id', 'issue_type_id', 'status_id', 'priority_id', 'summary', 'description', 'description_text', 'assignee', 'reporter',
  'creator', 'created', 'updated', 'status_changed', 'resolution', 'resolution_date', 'due_date', 'labels', 'parent_id', 'custom_fields',
] as const;

/** One `issues` row, in the order of issueColumns (better-sqlite3 raw mode). */
export type IssueRow = [
  id: number, key: string, projectId: number, issueTypeId: number, statusId: number, priorityId: string, summary: string,
  description: string | null, descriptionText: string | null, assignee: string | null, reporter: string | null, creator: string | null,
  created: string, updated: string, statusChanged: string, resolution: string | null, resolutionDate: string | null, dueDate: string | null,
  labels: string, parentId: number | null, customFields: string,
];

export function toRow(issue: StoredIssue): IssueRow {
  return [
    Number(issue.id), issue.key, Number(issue.projectId), Number(issue.issueTypeId), Number(issue.statusId), issue.priorityId, issue.summary,
    issue.descriptionJson, issue.description, issue.assigneeAccountId, issue.reporterAccountId, issue.creatorAccountId, issue.created,
    issue.updated, issue.statusCategoryChanged, issue.resolution, issue.resolutiondate, issue.duedate, JSON.stringify(issue.labels),
    issue.parentId === null ? null : Number(issue.parentId), JSON.stringify(issue.customFields),
  ];
}

/** Names the row does not carry (they live with projects, types and statuses). */
export interface DenormalisedNames {
  readonly projectKey: string;
  readonly projectName: string;
  readonly issueTypeName: string;
  readonly statusName: string;
  readonly statusCategory: IssueDocument['statusCategory'];
}

export function fromRow(
  row: IssueRow,
  names: DenormalisedNames,
  parentKey: string | null,
  properties: Readonly<Record<string, unknown>>,
  describe: (descriptionJson: string) => string,
): StoredIssue {
  const [id, key, projectId, issueTypeId, statusId, priorityId, summary, description, descriptionText] = row;
  return {
    id: String(id),
    key,
    projectId: String(projectId),
    projectKey: names.projectKey,
    projectName: names.projectName,
    issueTypeId: String(issueTypeId),
    issueTypeName: names.issueTypeName,
    statusId: String(statusId),
    statusName: names.statusName,
    statusCategory: names.statusCategory,
    resolution: row[15],
    summary,
    description: descriptionText ?? (description === null ? '' : describe(description)),
    descriptionJson: description,
    assigneeAccountId: row[9],
    reporterAccountId: row[10],
    creatorAccountId: row[11],
    created: row[12],
    updated: row[13],
    statusCategoryChanged: row[14],
    resolutiondate: row[16],
    duedate: row[17],
    labels: JSON.parse(row[18]) as string[],
    parentKey,
    parentId: row[19] === null ? null : String(row[19]),
    priorityId,
    customFields: JSON.parse(row[20]) as Record<string, unknown>,
    properties,
  };
}

const parsedDescriptions = new WeakMap<StoredIssue, unknown>();

/** The description as an ADF document (parsed on first use), or null. */
export function descriptionOf(issue: StoredIssue): unknown {
  if (issue.descriptionJson === null) return null;
  if (!parsedDescriptions.has(issue)) parsedDescriptions.set(issue, JSON.parse(issue.descriptionJson));
  return parsedDescriptions.get(issue);
}
