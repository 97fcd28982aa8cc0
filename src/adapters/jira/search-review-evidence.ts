// POST /rest/api/3/search/jql, paged: the live evidence of a management review pack in ONE search — the findings,
// corrective actions and monitoring checks alive in the reporting window, plus named issues (the previous review's
// action items) — with only the fields the pack needs, mapped to plain rows with the app's field labels decoded.
import { z } from 'zod';

import type { SetupState } from '../storage/setup-state';
import { addDays, isLocalDate, type LocalDate } from '../../domain/local-date';
import { jqlString } from './find-clause9-issues';
import { CLAUSE9_PROPERTY_KEY } from './issue-property';
import type { JiraRequester } from './jira-requester';
import { searchIssues, type SearchedIssue } from './search-issues';

export type EvidenceRole = 'finding' | 'correctiveAction' | 'monitoringCheck' | 'reviewAction' | 'other';

export interface EvidenceIssue {
  readonly id: string;
  readonly key: string;
  readonly role: EvidenceRole;
  readonly summary: string;
  /** ISO instants as Jira gives them (normalised to "+00:00" offsets). */
  readonly created: string;
  readonly resolved: string | null;
  readonly resolution: string | null;
  readonly statusCategory: 'new' | 'indeterminate' | 'done';
  readonly dueDate: LocalDate | null;
  /** The app's field values as stored: human labels ("Major nonconformity", "Internal audit", "Conforming"). */
  readonly findingKind: string | null;
  readonly findingSource: string | null;
  readonly checkOutcome: string | null;
  readonly clause9Id: string | null;
  /** The raw `clause9` property: the app's record, whose own dates outrank Jira's created and resolved. */
  readonly record: unknown;
}

export interface EvidenceWindow {
  readonly from: LocalDate;
  /** Inclusive. */
  readonly to: LocalDate;
  /** Issues wanted whatever their dates (e.g. the previous review's action items). */
  readonly alsoKeys: readonly string[];
}

const fieldsSchema = z.looseObject({
  summary: z.string().nullish(),
  created: z.string(),
  resolutiondate: z.string().nullish(),
  resolution: z.object({ name: z.string() }).nullish(),
  duedate: z.string().nullish(),
  issuetype: z.object({ id: z.string() }).nullish(),
  status: z.object({ statusCategory: z.object({ key: z.enum(['new', 'indeterminate', 'done']) }) }).nullish(),
});

const instant = (text: string): string => text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The JQL: app issue types only, alive in the window. JQL reads date literals in the caller's (here the app's) time
 * zone, which may not be the organisation's, so the window is widened by a day each side; the summary filters exactly.
 */
export function evidenceJql(setup: SetupState, window: EvidenceWindow): string {
  const types = setup.issueTypeIds;
  const after = jqlString(addDays(window.to, 2));
  const from = jqlString(addDays(window.from, -1));
  const clauses = [
    `(issuetype in (${types.finding}, ${types.correctiveAction}) AND created < ${after} AND (resolution is EMPTY OR resolved >= ${from}))`,
    `(issuetype = ${types.monitoringCheck} AND duedate >= ${from} AND duedate < ${after})`,
  ];
  if (window.alsoKeys.length > 0) clauses.push(`key in (${window.alsoKeys.map(jqlString).join(', ')})`);
  return `project = ${jqlString(setup.projectKey)} AND (${clauses.join(' OR ')}) ORDER BY key ASC`;
}

function toEvidence(issue: SearchedIssue, setup: SetupState, roles: ReadonlyMap<string, EvidenceRole>): EvidenceIssue {
  const fields = fieldsSchema.parse(issue.fields);
  const custom = (key: 'finding-kind' | 'finding-source' | 'check-outcome'): string | null => text(issue.fields[setup.fieldIds[key]]);
  const due = fields.duedate?.slice(0, 10) ?? '';
  const property = z.looseObject({ id: z.string() }).safeParse(issue.properties[CLAUSE9_PROPERTY_KEY]);
  const resolved = fields.resolutiondate ?? null;
  return {
    id: issue.id,
    key: issue.key,
    role: roles.get(fields.issuetype?.id ?? '') ?? 'other',
    summary: fields.summary ?? '',
    created: instant(fields.created),
    resolved: resolved === null ? null : instant(resolved),
    resolution: fields.resolution?.name ?? null,
    statusCategory: fields.status?.statusCategory.key ?? 'new',
    dueDate: isLocalDate(due) ? due : null,
    findingKind: custom('finding-kind'),
    findingSource: custom('finding-source'),
    checkOutcome: custom('check-outcome'),
    clause9Id: property.success ? property.data.id : null,
    record: issue.properties[CLAUSE9_PROPERTY_KEY],
  };
}

export async function searchReviewEvidence(jira: JiraRequester, setup: SetupState, window: EvidenceWindow): Promise<EvidenceIssue[]> {
  const types = setup.issueTypeIds;
  const roles = new Map<string, EvidenceRole>([
    [types.finding, 'finding'],
    [types.correctiveAction, 'correctiveAction'],
    [types.monitoringCheck, 'monitoringCheck'],
    [types.reviewAction, 'reviewAction'],
  ]);
  const fields = ['summary', 'created', 'resolutiondate', 'resolution', 'duedate', 'issuetype', 'status', setup.fieldIds['finding-kind'], setup.fieldIds['finding-source'], setup.fieldIds['check-outcome']];
  const issues = await searchIssues(jira, { jql: evidenceJql(setup, window), fields, properties: [CLAUSE9_PROPERTY_KEY] });
  return issues.map((issue) => toEvidence(issue, setup, roles));
}
