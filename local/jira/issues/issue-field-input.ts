// One issue field as a caller sets it (create/edit/transition `fields`, or an update `set`): Jira's per-field rules
// and messages. Returns the patch entry or an error message keyed by field id.
import { isAdfDocument } from '../store/adf-text';
import type { JiraStore } from '../store/jira-store';
import { priorities } from '../store/workflow-catalog';
import { checkCustomFieldValue } from './custom-field-values';

export interface IssuePatch {
  summary?: string;
  descriptionAdf?: unknown;
  issueTypeId?: string;
  priorityId?: string;
  assigneeAccountId?: string | null;
  reporterAccountId?: string | null;
  duedate?: string | null;
  labels?: readonly string[];
  parentId?: string | null;
  customFields?: Record<string, unknown>;
}

export const cannotBeSet = (fieldId: string): string => `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;

type Outcome = { readonly error: string } | { readonly apply: (patch: IssuePatch) => void };

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function idOrName(value: unknown): { id?: string; name?: string; key?: string } {
  if (typeof value === 'string') return { name: value, key: value };
  const object = record(value);
  const text = (raw: unknown): string | undefined => (typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : undefined);
  const id = text(object?.id);
  const name = text(object?.name);
  const key = text(object?.key);
  return { ...(id === undefined ? {} : { id }), ...(name === undefined ? {} : { name }), ...(key === undefined ? {} : { key }) };
}

function userReference(store: JiraStore, fieldId: string, value: unknown): Outcome {
  if (value === null) return { apply: (patch) => (fieldId === 'assignee' ? (patch.assigneeAccountId = null) : (patch.reporterAccountId = null)) };
  const accountId = record(value)?.accountId;
  if (typeof accountId !== 'string') return { error: `Specify the ${fieldId} as an object with an accountId.` };
  if (store.users.user(accountId) === undefined) return { error: `User '${accountId}' does not exist.` };
  return { apply: (patch) => (fieldId === 'assignee' ? (patch.assigneeAccountId = accountId) : (patch.reporterAccountId = accountId)) };
}

/** Parses `fields[fieldId] = value`; `projectId` scopes issue type lookups. */
export function parseFieldValue(store: JiraStore, fieldId: string, value: unknown, projectId: string | undefined): Outcome {
  switch (fieldId) {
    case 'summary': {
      if (typeof value !== 'string' || value.trim() === '') return { error: 'You must specify a summary of the issue.' };
      if (value.length > 255) return { error: 'Summary must be less than 255 characters.' };
      return { apply: (patch) => (patch.summary = value) };
    }
    case 'description':
      if (value !== null && !isAdfDocument(value)) return { error: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)' };
      return { apply: (patch) => (patch.descriptionAdf = value) };
    case 'issuetype': {
      const ref = idOrName(value);
      const type = ref.id !== undefined ? store.workflow.issueType(ref.id) : ref.name !== undefined ? store.workflow.findIssueTypeByName(ref.name, projectId ?? null) : undefined;
      // Jira answers the same for an unknown type and for one outside the project's issue type scheme.
      if (type === undefined || (projectId !== undefined && !store.issueTypeSchemes.accepts(projectId, type))) return { error: 'Specify a valid issue type' };
      return { apply: (patch) => (patch.issueTypeId = type.id) };
    }
    case 'priority': {
      const ref = idOrName(value);
      const priority = priorities.find((candidate) => candidate.id === ref.id || candidate.name === ref.name);
      if (priority === undefined) return { error: 'The priority selected is invalid.' };
      return { apply: (patch) => (patch.priorityId = priority.id) };
    }
    case 'assignee':
    case 'reporter':
      return userReference(store, fieldId, value);
    case 'duedate':
      if (value !== null && (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))) {
        return { error: `Error parsing date string: ${JSON.stringify(value)}` };
      }
      return { apply: (patch) => (patch.duedate = value) };
    case 'labels': {
      if (!Array.isArray(value) || !value.every((label): label is string => typeof label === 'string')) return { error: 'The labels must be a list of strings.' };
      const invalid = value.find((label) => /\s/.test(label) || label === '');
      if (invalid !== undefined) return { error: `The label '${invalid}' contains spaces which is invalid.` };
      const tooLong = value.find((label) => label.length > 255);
      if (tooLong !== undefined) return { error: 'The label must not be longer than 255 characters.' };
      return { apply: (patch) => (patch.labels = [...new Set(value)]) };
    }
    case 'parent': {
      if (value === null) return { apply: (patch) => (patch.parentId = null) };
      const ref = idOrName(value);
      const parent = store.issues.get(ref.id ?? ref.key ?? '');
      if (parent === undefined) return { error: 'Could not find the parent issue by id or key.' };
      return { apply: (patch) => (patch.parentId = parent.id) };
    }
    default:
      return parseCustomFieldValue(store, fieldId, value);
  }
}

function parseCustomFieldValue(store: JiraStore, fieldId: string, value: unknown): Outcome {
  const field = store.fields.customField(fieldId);
  if (field?.active !== true || field.readOnly || field.id !== fieldId) return { error: cannotBeSet(fieldId) };
  const check = checkCustomFieldValue(field, value, store.users);
  if (!check.ok) return { error: check.message };
  return { apply: (patch) => (patch.customFields = { ...patch.customFields, [field.id]: check.stored }) };
}
