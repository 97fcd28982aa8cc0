// Fast in-process issue creation for seeding and benchmarks: validates like the REST path but skips HTTP, builds
// all issues in memory and writes them in one SQLite transaction.
import { checkCustomFieldValue } from '../issues/custom-field-values';
import { isAdfDocument, plainTextToAdf, adfToPlainText } from '../store/adf-text';
import type { JiraStore } from '../store/jira-store';
import type { StoredIssue } from '../store/stored-issue';
import { defaultPriorityId, priorities } from '../store/workflow-catalog';

export interface AdminIssueInput {
  readonly projectKey: string;
  /** Issue type name or id. */
  readonly issueType: string;
  readonly summary: string;
  /** Plain text (converted to ADF) or an ADF document. */
  readonly description?: string | Record<string, unknown>;
  /** Status name; default the initial status. Done statuses are resolved "Done". */
  readonly status?: string;
  readonly priority?: string;
  readonly assigneeAccountId?: string | null;
  readonly reporterAccountId?: string | null;
  readonly created?: string | Date;
  readonly updated?: string | Date;
  /** When a done issue was resolved (default: updated): later edits, like a report sent, do not move it. */
  readonly resolved?: string | Date;
  readonly duedate?: string | null;
  readonly labels?: readonly string[];
  readonly parentKey?: string;
  /** By field id (customfield_10000) or by the manifest module key. */
  readonly customFields?: Readonly<Record<string, unknown>>;
  readonly properties?: Readonly<Record<string, unknown>>;
}

const iso = (value: string | Date | undefined, fallback: string): string => (value === undefined ? fallback : new Date(value).toISOString());

export function importIssues(store: JiraStore, appId: string, inputs: readonly AdminIssueInput[], nowIso: string): StoredIssue[] {
  return store.transaction(() => {
    const firstId = store.counters.reserve('issue', 10000, inputs.length);
    const nextNumber = reserveIssueNumbers(store, inputs);
    const issues: StoredIssue[] = [];
    const inBatch = new Map<string, StoredIssue>();
    inputs.forEach((input, index) => {
      const issue = buildIssue(store, appId, input, String(firstId + index), nowIso, inBatch, nextNumber);
      issues.push(issue);
      inBatch.set(issue.key, issue);
    });
    store.issues.insert(issues);
    return issues;
  });
}

/** Reserves each project's issue numbers for the batch at once; returns a function handing them out in order. */
function reserveIssueNumbers(store: JiraStore, inputs: readonly AdminIssueInput[]): (projectId: string) => number {
  const counts = new Map<string, number>();
  for (const input of inputs) {
    const project = store.projects.project(input.projectKey);
    if (project === undefined) throw new Error(`admin.createIssues: no project ${input.projectKey}`);
    counts.set(project.id, (counts.get(project.id) ?? 0) + 1);
  }
  const next = new Map<string, number>();
  for (const [projectId, count] of counts) next.set(projectId, store.projects.takeIssueNumbers(projectId, count));
  return (projectId) => {
    const number = next.get(projectId) ?? 1;
    next.set(projectId, number + 1);
    return number;
  };
}

function buildIssue(
  store: JiraStore,
  appId: string,
  input: AdminIssueInput,
  id: string,
  nowIso: string,
  inBatch: ReadonlyMap<string, StoredIssue>,
  nextNumber: (projectId: string) => number,
): StoredIssue {
  const project = store.projects.project(input.projectKey);
  if (project === undefined) throw new Error(`admin.createIssues: no project ${input.projectKey}`);
  const type = store.workflow.issueType(input.issueType) ?? store.workflow.findIssueTypeByName(input.issueType, project.id);
  if (type === undefined) throw new Error(`admin.createIssues: no issue type ${input.issueType} in ${project.key}`);
  if (!store.issueTypeSchemes.accepts(project.id, type)) throw new Error(`admin.createIssues: issue type ${type.name} is not in the issue type scheme of ${project.key}`);
  const status = input.status === undefined ? store.workflow.initialStatus() : store.workflow.findStatusByName(input.status);
  if (status === undefined) throw new Error(`admin.createIssues: no status ${String(input.status)}`);
  const priority = input.priority === undefined ? defaultPriorityId : priorities.find((candidate) => candidate.name === input.priority || candidate.id === input.priority)?.id;
  if (priority === undefined) throw new Error(`admin.createIssues: no priority ${String(input.priority)}`);
  const parent = input.parentKey === undefined ? undefined : (inBatch.get(input.parentKey) ?? store.issues.get(input.parentKey));
  if (input.parentKey !== undefined && parent === undefined) throw new Error(`admin.createIssues: no parent ${input.parentKey}`);
  const descriptionAdf = input.description === undefined ? null : typeof input.description === 'string' ? plainTextToAdf(input.description) : input.description;
  if (descriptionAdf !== null && !isAdfDocument(descriptionAdf)) throw new Error('admin.createIssues: description must be text or an ADF document');
  const created = iso(input.created, nowIso);
  const number = nextNumber(project.id);
  return {
    id,
    key: `${project.key}-${number}`,
    projectId: project.id,
    projectKey: project.key,
    projectName: project.name,
    issueTypeId: type.id,
    issueTypeName: type.name,
    statusId: status.id,
    statusName: status.name,
    statusCategory: status.category,
    resolution: status.category === 'done' ? 'Done' : null,
    summary: input.summary,
    description: adfToPlainText(descriptionAdf),
    descriptionJson: descriptionAdf === null ? null : JSON.stringify(descriptionAdf),
    assigneeAccountId: input.assigneeAccountId ?? null,
    reporterAccountId: input.reporterAccountId ?? null,
    creatorAccountId: input.reporterAccountId ?? null,
    created,
    updated: iso(input.updated, created),
    statusCategoryChanged: created,
    resolutiondate: status.category === 'done' ? iso(input.resolved ?? input.updated, created) : null,
    duedate: input.duedate ?? null,
    labels: [...(input.labels ?? [])],
    parentKey: parent?.key ?? null,
    parentId: parent?.id ?? null,
    priorityId: priority,
    customFields: customFieldValues(store, appId, input.customFields ?? {}),
    properties: { ...input.properties },
  };
}

function customFieldValues(store: JiraStore, appId: string, raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [reference, value] of Object.entries(raw)) {
    const field = store.fields.customField(reference) ?? store.fields.byModule(appId, reference);
    if (field === undefined) throw new Error(`admin.createIssues: no custom field ${reference}`);
    const check = checkCustomFieldValue(field, value, store.users);
    if (!check.ok) throw new Error(`admin.createIssues: ${field.id}: ${check.message}`);
    if (check.stored !== null) values[field.id] = check.stored;
  }
  return values;
}
