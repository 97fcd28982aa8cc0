// 30 issues of two projects around a fixed now (Sunday 2026-11-22 10:00Z = 11:00 in Europe/Amsterdam), with the
// app's custom fields, an object field with search aliases, and the `clause9` issue property.
import type { CustomFieldDefinition, IssueDocument, JqlContext, StatusCategoryKey } from '../../../../local/jira/jql';
import { ROWS, type Row } from './fixture-rows';

export const NOW = new Date('2026-11-22T10:00:00Z');

export const CUSTOM_FIELDS: readonly CustomFieldDefinition[] = [
  { id: 'customfield_10010', name: 'Finding kind', schemaType: 'string', searchAliases: [] },
  {
    id: 'customfield_10020',
    name: 'Finding',
    schemaType: 'object',
    searchAliases: [
      { alias: 'kind', path: 'kind', type: 'string', isArray: false },
      { alias: 'source', path: 'source', type: 'string', isArray: false },
      { alias: 'clause', path: 'clause', type: 'string', isArray: false },
      { alias: 'control', path: 'controls', type: 'string', isArray: true },
      { alias: 'rootCauseStatus', path: 'rootCause.status', type: 'string', isArray: false },
      { alias: 'notes', path: 'notes', type: 'text', isArray: false },
      { alias: 'severity', path: 'severity', type: 'number', isArray: false },
      { alias: 'detectedOn', path: 'detectedOn', type: 'date', isArray: false },
    ],
  },
  { id: 'customfield_10030', name: 'Report due date', schemaType: 'date', searchAliases: [] },
  { id: 'customfield_10040', name: 'Effort points', schemaType: 'number', searchAliases: [] },
  { id: 'customfield_10050', name: 'Check owner', schemaType: 'user', searchAliases: [] },
  { id: 'customfield_10060', name: 'Review at', schemaType: 'datetime', searchAliases: [] },
  { id: 'customfield_10070', name: 'Applicable controls', schemaType: 'array', itemsType: 'option', searchAliases: [] },
];

const USERS: Readonly<Record<string, { readonly name: string; readonly email: string }>> = {
  'acc-alice': { name: 'Alice Anders', email: 'alice@example.com' },
  'acc-bob': { name: 'Bob Bakker', email: 'bob@example.com' },
  'acc-carol': { name: 'Carol Claes', email: 'carol@example.com' },
  'acc-dave': { name: 'Dave Dekker', email: 'dave@example.com' },
};
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  auditors: ['acc-alice', 'acc-carol'],
  'isms-team': ['acc-bob', 'acc-dave'],
  'empty-group': [],
};

export function makeContext(overrides: Partial<JqlContext> = {}): JqlContext {
  return {
    now: NOW,
    timeZone: 'Europe/Amsterdam',
    currentAccountId: 'acc-alice',
    customFields: CUSTOM_FIELDS,
    groupMembers: (group) => GROUPS[group],
    resolveUser: (reference) =>
      Object.entries(USERS).find(
        ([accountId, user]) =>
          accountId === reference || user.email === reference.toLowerCase() || user.name.toLowerCase() === reference.toLowerCase(),
      )?.[0],
    resolveIssueKey: (idOrKey) => ISSUES.find((issue) => issue.id === idOrKey)?.key ?? idOrKey,
    ...overrides,
  };
}

const TYPES = { F: ['10100', 'Finding'], CA: ['10101', 'Corrective action'], MC: ['10102', 'Monitoring check'] } as const;
const STATUSES = {
  'To Do': ['10000', 'new'],
  Open: ['1', 'new'],
  'In Progress': ['3', 'indeterminate'],
  'In Review': ['10001', 'indeterminate'],
  Done: ['10002', 'done'],
  Closed: ['6', 'done'],
} as const satisfies Record<string, readonly [string, StatusCategoryKey]>;
const PROJECTS = { ISMS: ['10000', 'ISMS Operations', 10000], AUD: ['10001', 'Internal Audit', 10100] } as const;

const acc = (user: string | null) => (user === null ? null : `acc-${user}`);

function build(row: Row): IssueDocument {
  const projectKey = row.key.startsWith('AUD-') ? 'AUD' : 'ISMS';
  const issueNumber = Number(row.key.slice(projectKey.length + 1));
  const [projectId, projectName, idBase] = PROJECTS[projectKey];
  const [issueTypeId, issueTypeName] = TYPES[row.type];
  const [statusId, statusCategory] = STATUSES[row.status];
  const customFields: Record<string, unknown> = {};
  if (row.kind !== undefined) customFields.customfield_10010 = row.kind;
  if (row.finding !== undefined) customFields.customfield_10020 = row.finding;
  if (row.reportDue !== undefined) customFields.customfield_10030 = row.reportDue;
  if (row.effort !== undefined) customFields.customfield_10040 = row.effort;
  if (row.checkOwner !== undefined) customFields.customfield_10050 = { accountId: acc(row.checkOwner) };
  if (row.reviewAt !== undefined) customFields.customfield_10060 = row.reviewAt;
  if (row.controls !== undefined) customFields.customfield_10070 = row.controls.map((value) => ({ value }));
  return {
    id: String(idBase + issueNumber),
    key: row.key,
    projectId,
    projectKey,
    projectName,
    issueTypeId,
    issueTypeName,
    statusId,
    statusName: row.status,
    statusCategory,
    resolution: row.resolution ?? null,
    summary: row.summary,
    description: row.description ?? '',
    assigneeAccountId: acc(row.assignee),
    reporterAccountId: acc(row.reporter),
    created: row.created,
    updated: row.updated ?? row.created,
    resolutiondate: row.resolved ?? null,
    duedate: row.due,
    labels: row.labels,
    parentKey: row.parent ?? null,
    customFields,
    properties: row.clause9 === undefined ? {} : { clause9: row.clause9 },
  };
}

export const ISSUES: readonly IssueDocument[] = ROWS.map(build);
