// Jira's system fields as the stand-in supports them, keyed by every lower-case JQL name Jira accepts for them.
import {
  aliasedValue,
  EXACT_OPERATORS,
  type FieldSpec,
  type FieldValues,
  instantOf,
  KEY_OPERATORS,
  listValues,
  ORDERED_OPERATORS,
  singleValue,
  smallestString,
  TEXT_OPERATORS,
} from './field-spec';
import type { IssueDocument, StatusCategoryKey } from './types';

/** Jira's status categories: key, display name, id (the ids are Jira Cloud's: 2 To Do, 4 In Progress, 3 Done). */
const STATUS_CATEGORIES: Readonly<Record<StatusCategoryKey, { readonly name: string; readonly id: string; readonly rank: number }>> = {
  new: { name: 'To Do', id: '2', rank: 0 },
  indeterminate: { name: 'In Progress', id: '4', rank: 1 },
  done: { name: 'Done', id: '3', rank: 2 },
};

const lower = (value: string | null) => (value === null ? null : value.toLowerCase());

/** "ISMS-42" → ["ISMS", 42]; undefined when it isn't an issue key. */
export function splitIssueKey(key: string): readonly [string, number] | undefined {
  const match = /^([A-Za-z][A-Za-z0-9_]*)-(\d+)$/.exec(key);
  if (match === null) return undefined;
  return [(match[1] ?? '').toUpperCase(), Number(match[2])];
}

/** Sort key of an issue key: project key, then the number (ISMS-9 before ISMS-10). */
function keySortValue(key: string): string {
  const [project, number] = splitIssueKey(key) ?? [key.toUpperCase(), 0];
  return `${project}\u0000${String(number).padStart(12, '0')}`;
}

const datetime = (id: string, read: (issue: IssueDocument) => string | null): FieldSpec => ({
  kind: 'datetime',
  id,
  operators: ORDERED_OPERATORS,
  ...singleValue(read),
  sortKey: (issue) => instantOf(read(issue)),
});

const user = (id: string, read: (issue: IssueDocument) => string | null): FieldSpec => ({
  kind: 'user',
  id,
  operators: EXACT_OPERATORS,
  ...singleValue(read),
  sortKey: read,
});

const project: FieldSpec = {
  kind: 'exact',
  id: 'project',
  operators: EXACT_OPERATORS,
  ...aliasedValue((issue) => issue.projectKey, (issue) => issue.projectId, (issue) => issue.projectName),
  sortKey: (issue) => issue.projectName.toLowerCase(),
};
const issueType: FieldSpec = {
  kind: 'exact',
  id: 'issuetype',
  operators: EXACT_OPERATORS,
  ...aliasedValue((issue) => issue.issueTypeName, (issue) => issue.issueTypeId),
  sortKey: (issue) => issue.issueTypeName.toLowerCase(),
};
const status: FieldSpec = {
  kind: 'exact',
  id: 'status',
  operators: EXACT_OPERATORS,
  ...aliasedValue((issue) => issue.statusName, (issue) => issue.statusId),
  sortKey: (issue) => issue.statusName.toLowerCase(),
};
const statusCategory: FieldSpec = {
  kind: 'exact',
  id: 'statusCategory',
  operators: EXACT_OPERATORS,
  ...aliasedValue(
    (issue) => issue.statusCategory,
    (issue) => STATUS_CATEGORIES[issue.statusCategory].name,
    (issue) => STATUS_CATEGORIES[issue.statusCategory].id,
  ),
  sortKey: (issue) => STATUS_CATEGORIES[issue.statusCategory].rank,
};
const resolution: FieldSpec = {
  kind: 'exact',
  id: 'resolution',
  operators: EXACT_OPERATORS,
  ...singleValue((issue) => issue.resolution),
  sortKey: (issue) => lower(issue.resolution),
  emptyAliases: ['unresolved'],
};
const labels: FieldSpec = {
  kind: 'exact',
  id: 'labels',
  operators: EXACT_OPERATORS,
  ...listValues((issue) => issue.labels),
  sortKey: smallestString(listValues((issue) => issue.labels)),
};
const issueKey: FieldSpec = {
  kind: 'issuekey',
  id: 'issuekey',
  operators: KEY_OPERATORS,
  ...singleValue((issue) => issue),
  sortKey: (issue) => keySortValue(issue.key),
};
const dueDate: FieldSpec = {
  kind: 'date',
  id: 'duedate',
  operators: ORDERED_OPERATORS,
  ...singleValue((issue) => issue.duedate),
  sortKey: (issue) => issue.duedate,
};
const summary: FieldSpec = {
  kind: 'text',
  id: 'summary',
  operators: TEXT_OPERATORS,
  ...singleValue((issue) => issue.summary),
  sortKey: (issue) => issue.summary.toLowerCase(),
};
const description: FieldSpec = {
  kind: 'text',
  id: 'description',
  operators: TEXT_OPERATORS,
  ...singleValue((issue) => issue.description),
  sortKey: null,
};
const parent: FieldSpec = {
  kind: 'parent',
  id: 'parent',
  operators: EXACT_OPERATORS, // Jira Cloud accepts `parent is EMPTY` since the parent field replaced Epic Link

  ...singleValue((issue) => issue.parentKey),
  sortKey: (issue) => (issue.parentKey === null ? null : keySortValue(issue.parentKey)),
};

export const SYSTEM_FIELDS: ReadonlyMap<string, FieldSpec> = new Map<string, FieldSpec>([
  ['project', project],
  ['issuetype', issueType],
  ['type', issueType],
  ['status', status],
  ['statuscategory', statusCategory],
  ['resolution', resolution],
  ['assignee', user('assignee', (issue) => issue.assigneeAccountId)],
  ['reporter', user('reporter', (issue) => issue.reporterAccountId)],
  ['created', datetime('created', (issue) => issue.created)],
  ['createddate', datetime('created', (issue) => issue.created)],
  ['updated', datetime('updated', (issue) => issue.updated)],
  ['updateddate', datetime('updated', (issue) => issue.updated)],
  ['resolutiondate', datetime('resolutiondate', (issue) => issue.resolutiondate)],
  ['resolved', datetime('resolutiondate', (issue) => issue.resolutiondate)],
  ['duedate', dueDate],
  ['due', dueDate],
  ['labels', labels],
  ['summary', summary],
  ['description', description],
  ['key', issueKey],
  ['issuekey', issueKey],
  ['id', issueKey],
  ['issue', issueKey],
  ['parent', parent],
]);

/** The `text` master field: summary, description and the text-typed custom values, `~` only, not sortable. */
export function textMasterField(textValues: readonly FieldValues<string>[]): FieldSpec {
  const fields = [singleValue((issue: IssueDocument) => issue.summary), singleValue((issue: IssueDocument) => issue.description), ...textValues];
  return {
    kind: 'text',
    id: 'text',
    operators: ['~'],
    some: (issue, test) => fields.some((field) => field.some(issue, test)),
    isEmpty: (issue) => fields.every((field) => field.isEmpty(issue)),
    sortKey: null,
  };
}
