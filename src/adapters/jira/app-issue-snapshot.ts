// An app issue (monitoring check, finding, corrective action) as the sweep and the event trigger read it: the Jira
// fields and app fields the read models need, and the check's domain state from the `clause9` property (D7).
import { z } from 'zod';

import type { LocalDate } from '../../domain/local-date';
import { isLocalDate } from '../../domain/local-date';
import type { Finding } from '../../domain/finding';
import type { MonitoringCheck } from '../../domain/monitoring-check';
import type { SetupState } from '../storage/setup-state';
import { CUSTOM_FIELD_KEYS } from './app-field-keys';
import { checkPropertySchema } from './check-property';
import { findingPropertySchema } from './finding-property';
import { readAppFieldValues, type AppFieldValues } from './issue-fields';
import { CLAUSE9_PROPERTY_KEY } from './issue-property';
import type { SearchedIssue } from './search-issues';

export type AppIssueKind = 'check' | 'corrective_action' | 'finding';

export interface AppIssueSnapshot {
  readonly id: string;
  readonly key: string;
  readonly kind: AppIssueKind;
  readonly summary: string;
  readonly statusCategory: 'new' | 'indeterminate' | 'done';
  readonly assigneeAccountId: string | null;
  readonly dueOn: LocalDate | null;
  /** The calendar date the issue was created (UTC), e.g. when a finding was raised. */
  readonly createdOn: LocalDate | null;
  readonly resolvedOn: LocalDate | null;
  readonly app: AppFieldValues;
  /** `clause9.status` of the property, e.g. "skipped"; null without the property. */
  readonly clause9Status: string | null;
  /** The check's domain state when the property holds a valid one. */
  readonly check: MonitoringCheck | null;
  /** The finding's domain state when the property holds a valid one. */
  readonly finding: Finding | null;
}

export interface SnapshotPage {
  readonly snapshots: readonly AppIssueSnapshot[];
  /** Absent on the last page. */
  readonly nextPageToken?: string;
}

/** What to ask Jira for (search `fields` and `properties`). */
export function snapshotFields(state: SetupState): string[] {
  return ['summary', 'issuetype', 'status', 'assignee', 'duedate', 'created', 'resolutiondate', ...CUSTOM_FIELD_KEYS.map((key) => state.fieldIds[key])];
}
export const SNAPSHOT_PROPERTIES = [CLAUSE9_PROPERTY_KEY] as const;

const jiraFields = z.looseObject({
  summary: z.string().nullish(),
  issuetype: z.looseObject({ id: z.string() }).nullish(),
  status: z.looseObject({ statusCategory: z.looseObject({ key: z.string() }).nullish() }).nullish(),
  assignee: z.looseObject({ accountId: z.string() }).nullish(),
  duedate: z.string().nullish(),
  created: z.string().nullish(),
  resolutiondate: z.string().nullish(),
});
const propertySchema = z.looseObject({ status: z.string().optional() });

function dateOf(value: string | null | undefined): LocalDate | null {
  const day = value?.slice(0, 10);
  return day !== undefined && isLocalDate(day) ? day : null;
}

export function issueKindOf(state: SetupState, issueTypeId: string | undefined): AppIssueKind | undefined {
  const types = state.issueTypeIds;
  if (issueTypeId === types.monitoringCheck) return 'check';
  if (issueTypeId === types.correctiveAction) return 'corrective_action';
  if (issueTypeId === types.finding) return 'finding';
  return undefined;
}

/** Undefined for issues that are not the app's kinds; throws (ZodError) on malformed app field values. */
export function toSnapshot(state: SetupState, issue: SearchedIssue): AppIssueSnapshot | undefined {
  const fields = jiraFields.parse(issue.fields);
  const kind = issueKindOf(state, fields.issuetype?.id);
  if (kind === undefined) return undefined;
  const category = fields.status?.statusCategory?.key;
  const property = propertySchema.safeParse(issue.properties[CLAUSE9_PROPERTY_KEY]);
  const check = kind === 'check' ? checkPropertySchema.safeParse(issue.properties[CLAUSE9_PROPERTY_KEY]) : undefined;
  const finding = kind === 'finding' ? findingPropertySchema.safeParse(issue.properties[CLAUSE9_PROPERTY_KEY]) : undefined;
  return {
    id: issue.id,
    key: issue.key,
    kind,
    summary: fields.summary ?? '',
    statusCategory: category === 'done' || category === 'indeterminate' ? category : 'new',
    assigneeAccountId: fields.assignee?.accountId ?? null,
    dueOn: dateOf(fields.duedate),
    createdOn: dateOf(fields.created),
    resolvedOn: dateOf(fields.resolutiondate),
    app: readAppFieldValues(state.fieldIds, issue.fields),
    clause9Status: property.success ? (property.data.status ?? null) : null,
    check: check?.success === true ? check.data.state : null,
    finding: finding?.success === true ? finding.data.state : null,
  };
}
