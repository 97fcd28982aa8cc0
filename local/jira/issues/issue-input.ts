// IssueUpdateDetails (create, edit, transition bodies): `fields`, `update` operations (labels add/remove/set, any
// field `set`), `properties` and `transition`, validated into one patch. Errors are collected per field and thrown
// together as Jira's 400 `{ errorMessages: [], errors: { field: message } }`.
import { badRequest, fieldErrors } from '../http/jira-http-error';
import type { JiraStore } from '../store/jira-store';
import type { StoredIssue } from '../store/stored-issue';
import { cannotBeSet, parseFieldValue, type IssuePatch } from './issue-field-input';
import { statusForTransition } from './transitions';

export interface ParsedIssueInput {
  readonly projectId: string | undefined;
  readonly patch: IssuePatch;
  readonly properties: readonly { readonly key: string; readonly value: unknown }[];
  readonly transitionId: string | undefined;
}

const maxPropertyValueLength = 32_768;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function projectOf(store: JiraStore, value: unknown): string | undefined {
  const object = asRecord(value);
  const ref = typeof value === 'string' ? value : object?.id ?? object?.key;
  return typeof ref === 'string' || typeof ref === 'number' ? store.projects.project(String(ref))?.id : undefined;
}

/** Parses a create (`mode: 'create'`) or edit body. `current` is the issue being edited. */
export function parseIssueInput(store: JiraStore, body: unknown, mode: 'create' | 'edit', current?: StoredIssue): ParsedIssueInput {
  const root = body === undefined ? {} : asRecord(body);
  if (root === undefined) throw badRequest('The request body must be a JSON object.');
  const fields = root.fields === undefined ? {} : asRecord(root.fields);
  const update = root.update === undefined ? {} : asRecord(root.update);
  if (fields === undefined || update === undefined) throw badRequest("'fields' and 'update' must be JSON objects.");
  const errors: Record<string, string> = {};
  const patch: IssuePatch = {};
  let projectId = current?.projectId;
  if (mode === 'create') {
    projectId = projectOf(store, fields.project);
    if (projectId === undefined) errors.project = 'Specify a valid project ID or key';
  }
  for (const [fieldId, value] of Object.entries(fields)) {
    if (fieldId === 'project') {
      if (mode === 'edit') errors.project = cannotBeSet('project');
      continue;
    }
    const outcome = parseFieldValue(store, fieldId, value, projectId);
    if ('error' in outcome) errors[fieldId] = outcome.error;
    else outcome.apply(patch);
  }
  for (const [fieldId, operations] of Object.entries(update)) {
    if (fieldId in fields) {
      errors[fieldId] = `Field '${fieldId}' cannot be set in both 'fields' and 'update'.`;
      continue;
    }
    if (!Array.isArray(operations)) {
      errors[fieldId] = `The operations for '${fieldId}' must be a list.`;
      continue;
    }
    const problem = applyOperations(store, fieldId, operations, patch, current, projectId);
    if (problem !== undefined) errors[fieldId] = problem;
  }
  if (mode === 'create') requireCreateFields(store, patch, errors);
  const properties = parseProperties(root.properties, errors);
  const transitionId = parseTransition(store, root.transition, errors);
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  return { projectId, patch, properties, transitionId };
}

function applyOperations(store: JiraStore, fieldId: string, operations: unknown[], patch: IssuePatch, current: StoredIssue | undefined, projectId: string | undefined): string | undefined {
  for (const raw of operations) {
    const operation = asRecord(raw);
    if (operation === undefined) return `Invalid operation for field '${fieldId}'.`;
    const [verb, value] = Object.entries(operation)[0] ?? [];
    if (verb === 'set') {
      const outcome = parseFieldValue(store, fieldId, value, projectId);
      if ('error' in outcome) return outcome.error;
      outcome.apply(patch);
    } else if (fieldId === 'labels' && (verb === 'add' || verb === 'remove')) {
      if (typeof value !== 'string' || /\s/.test(value) || value === '') return `The label '${String(value)}' contains spaces which is invalid.`;
      const labels = new Set(patch.labels ?? current?.labels ?? []);
      if (verb === 'add') labels.add(value);
      else labels.delete(value);
      patch.labels = [...labels];
    } else {
      return `Operation '${String(verb)}' is not supported for field '${fieldId}'.`;
    }
  }
  return undefined;
}

function requireCreateFields(store: JiraStore, patch: IssuePatch, errors: Record<string, string>): void {
  const once = (field: string, message: string): void => {
    if (!(field in errors)) errors[field] = message;
  };
  if (patch.issueTypeId === undefined) once('issuetype', 'Specify an issue type');
  if (patch.summary === undefined) once('summary', 'You must specify a summary of the issue.');
  const type = patch.issueTypeId === undefined ? undefined : store.workflow.issueType(patch.issueTypeId);
  if (type === undefined) return;
  const parent = patch.parentId === undefined || patch.parentId === null ? undefined : store.issues.get(patch.parentId);
  const parentType = parent === undefined ? undefined : store.workflow.issueType(parent.issueTypeId);
  if (type.subtask && parent === undefined) once('parent', 'Sub-task issue types require a parent.');
  if (parentType !== undefined && parentType.hierarchyLevel !== type.hierarchyLevel + 1) once('parent', 'Given parent work item does not belong to appropriate hierarchy.');
}

function parseProperties(raw: unknown, errors: Record<string, string>): { key: string; value: unknown }[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.properties = 'The properties must be a list of { key, value }.';
    return [];
  }
  const properties: { key: string; value: unknown }[] = [];
  for (const item of raw) {
    const entry = asRecord(item);
    const key = entry?.key;
    if (typeof key !== 'string' || key === '' || key.length > 255) {
      errors.properties = 'Every property needs a key of 1 to 255 characters.';
      continue;
    }
    if (JSON.stringify(entry?.value ?? null).length > maxPropertyValueLength) {
      errors.properties = `The value of property '${key}' is longer than ${maxPropertyValueLength} characters.`;
      continue;
    }
    properties.push({ key, value: entry?.value ?? null });
  }
  return properties;
}

function parseTransition(store: JiraStore, raw: unknown, errors: Record<string, string>): string | undefined {
  if (raw === undefined) return undefined;
  const id = asRecord(raw)?.id;
  const transitionId = typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  if (transitionId === undefined || statusForTransition(store, transitionId) === undefined) {
    errors.transition = `Transition id '${String(transitionId)}' is not valid for this issue.`;
    return undefined;
  }
  return transitionId;
}
