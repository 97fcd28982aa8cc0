// Wires the finding and corrective-action use cases to Jira: reads and writes as the app (callers are authorised
// as the user first), except creating a Finding issue, which runs as the user so they are its reporter.
import { z } from 'zod';

import { adfToPlainText } from '../adapters/jira/adf-text';
import { bulkFetchIssues } from '../adapters/jira/bulk-fetch-issues';
import { correctiveActionPropertySchema } from '../adapters/jira/corrective-action-property';
import { createIssue } from '../adapters/jira/create-issue';
import { createIssueLink } from '../adapters/jira/create-issue-link';
import { createIssues } from '../adapters/jira/create-issues';
import { editIssue } from '../adapters/jira/edit-issue';
import { findClause9Issues } from '../adapters/jira/find-clause9-issues';
import { newCorrectiveActionIssue, newFindingIssue } from '../adapters/jira/finding-issue-bodies';
import { findingPropertySchema } from '../adapters/jira/finding-property';
import { getIssue, statusOf, type FetchedIssue } from '../adapters/jira/get-issue';
import { getIssueProperty } from '../adapters/jira/get-issue-property';
import { appFieldsJson } from '../adapters/jira/issue-fields';
import { CLAUSE9_PROPERTY_KEY } from '../adapters/jira/issue-property';
import type { JiraRequester } from '../adapters/jira/jira-requester';
import { setAppFieldValues } from '../adapters/jira/set-app-field-values';
import { setIssueProperty } from '../adapters/jira/set-issue-property';
import { transitionIssue, type StatusCategoryKey } from '../adapters/jira/transition-issue';
import type { SetupState } from '../adapters/storage/setup-state';
import { AppError } from '../app/app-error';
import type { IssueRef } from '../app/finding-ports';
import type { ImportFindingRecordsPorts } from '../app/import-finding-records';
import type { RaiseFindingPorts } from '../app/raise-finding-issue';
import type { RecordFindingPorts } from '../app/record-finding-issue';

export interface FindingJira {
  /** Reads and writes after authorisation. */
  readonly asApp: JiraRequester;
  /** Creates the Finding issue (the raiser becomes its reporter). */
  readonly asUser: JiraRequester;
  readonly setup: SetupState;
}

const KIND_NAMES = { finding: 'finding', 'corrective-action': 'corrective action' } as const;
const categorySchema = z.enum(['new', 'indeterminate', 'done']);
const revisionSchema = z.looseObject({ rev: z.number().int() });

function parseRecord<T>(issue: FetchedIssue, kind: keyof typeof KIND_NAMES, schema: z.ZodType<T>): T {
  const raw: unknown = issue.properties[CLAUSE9_PROPERTY_KEY];
  const kindOf = z.looseObject({ kind: z.string() }).safeParse(raw);
  if (!kindOf.success || kindOf.data.kind !== kind) throw new AppError('NOT_FOUND', `${issue.key} is not a Clause9 ${KIND_NAMES[kind]}.`);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first === undefined ? '' : ` (${first.path.join('.')}: ${first.message})`;
    throw new AppError('INTERNAL', `The Clause9 record of ${issue.key} cannot be read${where}; it may have been changed outside the app.`);
  }
  return parsed.data;
}

function stored<T>(issue: FetchedIssue, property: T): IssueRef & { property: T; statusCategory: StatusCategoryKey | undefined; statusName: string | undefined } {
  const status = statusOf(issue);
  const category = categorySchema.safeParse(status?.categoryKey);
  return { issueId: issue.id, issueKey: issue.key, property, statusCategory: category.success ? category.data : undefined, statusName: status?.name };
}

async function fetchOne(jira: JiraRequester, issueKey: string): Promise<FetchedIssue> {
  const issue = await getIssue(jira, issueKey, { fields: ['status'], properties: [CLAUSE9_PROPERTY_KEY] });
  if (issue === undefined) throw new AppError('NOT_FOUND', `Issue ${issueKey} does not exist or is not visible to the app.`);
  return issue;
}

function createFailure(failed: readonly { index: number; status: number; messages: readonly string[] }[], what: 'actions' | 'findings' = 'actions'): AppError {
  const first = failed[0];
  const said = first === undefined ? '' : first.messages.join(' ');
  if (first !== undefined && (first.status === 429 || first.status >= 500)) {
    return new AppError('JIRA_UNAVAILABLE', `Jira was unavailable while creating issues (${first.status}); try again: issues already created are kept and adopted.`);
  }
  return new AppError('INVALID_PAYLOAD', `Jira refused ${what} item ${String((first?.index ?? 0) + 1)}: ${said}`, `${what}.${String(first?.index ?? 0)}`);
}

export function findingPorts(jira: FindingJira): ImportFindingRecordsPorts & Pick<RaiseFindingPorts, 'findFindingIssue' | 'createFindingIssue'> {
  const { asApp, asUser, setup } = jira;
  return {
    readFinding: async (issueKey) => {
      const issue = await fetchOne(asApp, issueKey);
      return stored(issue, parseRecord(issue, 'finding', findingPropertySchema));
    },
    readCorrectiveAction: async (issueKey) => {
      const issue = await fetchOne(asApp, issueKey);
      return stored(issue, parseRecord(issue, 'corrective-action', correctiveActionPropertySchema));
    },
    readCorrectiveActions: async (issueIds) => {
      const { issues } = await bulkFetchIssues(asApp, { issueIdsOrKeys: issueIds, fields: ['status'], properties: [CLAUSE9_PROPERTY_KEY] });
      return issues.map((issue) => stored(issue, parseRecord(issue, 'corrective-action', correctiveActionPropertySchema)));
    },
    readRevision: async (issueKey) => (await getIssueProperty(asApp, issueKey, CLAUSE9_PROPERTY_KEY, revisionSchema))?.rev,
    writeFields: async (issueId, values) => {
      const updates = Object.entries(appFieldsJson(setup.fieldIds, values)).map(([fieldId, value]) => ({ fieldId, issueId, value }));
      await setAppFieldValues(asApp, updates);
    },
    editIssueFields: (issueId, fields) => editIssue(asApp, issueId, { fields }),
    writeProperty: (issueKey, property) => setIssueProperty(asApp, issueKey, CLAUSE9_PROPERTY_KEY, property),
    mirrorStatus: async (issueKey, category) => (await transitionIssue(asApp, issueKey, { statusCategory: category })) !== undefined,
    findAppIssues: async (appIds) => {
      const found = await findClause9Issues(asApp, setup.projectKey, appIds);
      return new Map([...found].map(([id, issue]) => [id, { issueId: issue.id, issueKey: issue.key }]));
    },
    createCorrectiveActionIssues: async (drafts) => {
      const result = await createIssues(asApp, drafts.map((draft) => newCorrectiveActionIssue(setup, draft.property, draft.summary)));
      if (result.failed.length > 0) throw createFailure(result.failed);
      return [...result.created].sort((a, b) => a.index - b.index).map((issue) => ({ issueId: issue.id, issueKey: issue.key }));
    },
    linkCorrectiveAction: (actionIssueId, findingIssueId) =>
      createIssueLink(asApp, { linkTypeId: setup.linkTypeIds.correctiveActionFor, from: actionIssueId, to: findingIssueId }),
    findFindingIssue: async (findingId) => {
      const issue = (await findClause9Issues(asApp, setup.projectKey, [findingId])).get(findingId);
      return issue === undefined ? undefined : { issueId: issue.id, issueKey: issue.key };
    },
    createFindingIssues: async (properties) => {
      const result = await createIssues(asApp, properties.map((property) => newFindingIssue(setup, property)));
      if (result.failed.length > 0) throw createFailure(result.failed, 'findings');
      return [...result.created].sort((a, b) => a.index - b.index).map((issue) => ({ issueId: issue.id, issueKey: issue.key }));
    },
    createFindingIssue: async (property) => {
      const created = await createIssue(asUser, newFindingIssue(setup, property));
      return { issueId: created.id, issueKey: created.key };
    },
  };
}

const namedSchema = z.looseObject({ id: z.string(), name: z.string().optional() });

/** The ports of recording a Finding issue created in Jira (record-finding-issue.ts). */
export function recordFindingPorts(jira: FindingJira): Omit<RecordFindingPorts, 'writeFields' | 'writeProperty' | 'editIssueFields'> {
  const { asApp, setup } = jira;
  return {
    findingIssueTypeId: setup.issueTypeIds.finding,
    projectId: setup.projectId,
    projectKey: setup.projectKey,
    readIssueToRecord: async (issueKey) => {
      const issue = await getIssue(asApp, issueKey, { fields: ['summary', 'description', 'issuetype', 'project'], properties: [CLAUSE9_PROPERTY_KEY] });
      if (issue === undefined) throw new AppError('NOT_FOUND', `Issue ${issueKey} does not exist or is not visible to the app.`);
      const type = namedSchema.safeParse(issue.fields.issuetype);
      const project = namedSchema.safeParse(issue.fields.project);
      return {
        issueId: issue.id,
        issueKey: issue.key,
        summary: typeof issue.fields.summary === 'string' ? issue.fields.summary : '',
        descriptionText: adfToPlainText(issue.fields.description),
        issueTypeName: type.success ? (type.data.name ?? null) : null,
        issueTypeId: type.success ? type.data.id : null,
        projectId: project.success ? project.data.id : null,
        record: issue.properties[CLAUSE9_PROPERTY_KEY],
      };
    },
  };
}
