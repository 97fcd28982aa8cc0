// What changed between two versions of an issue, as Jira's changelog items (field, fieldId, from/to ids,
// fromString/toString display values).
import type { ChangeItem } from '../store/changelog-store';
import type { JiraStore } from '../store/jira-store';
import type { StoredIssue } from '../store/stored-issue';
import { priorities } from '../store/workflow-catalog';
import { displayString } from './custom-field-values';

function item(field: string, fieldId: string, from: string | null, fromString: string | null, to: string | null, toString: string | null): ChangeItem {
  return { field, fieldtype: 'jira', fieldId, from, fromString, to, toString };
}

function userName(store: JiraStore, accountId: string | null): string | null {
  return accountId === null ? null : (store.users.user(accountId)?.displayName ?? accountId);
}

export function diffIssues(store: JiraStore, before: StoredIssue, after: StoredIssue): ChangeItem[] {
  const items: ChangeItem[] = [];
  if (before.summary !== after.summary) items.push(item('summary', 'summary', null, before.summary, null, after.summary));
  if (before.descriptionJson !== after.descriptionJson) items.push(item('description', 'description', null, before.description || null, null, after.description || null));
  if (before.issueTypeId !== after.issueTypeId) items.push(item('issuetype', 'issuetype', before.issueTypeId, before.issueTypeName, after.issueTypeId, after.issueTypeName));
  if (before.statusId !== after.statusId) items.push(item('status', 'status', before.statusId, before.statusName, after.statusId, after.statusName));
  if (before.resolution !== after.resolution) items.push(item('resolution', 'resolution', null, before.resolution, null, after.resolution));
  if (before.priorityId !== after.priorityId) {
    const name = (id: string): string | null => priorities.find((priority) => priority.id === id)?.name ?? null;
    items.push(item('priority', 'priority', before.priorityId, name(before.priorityId), after.priorityId, name(after.priorityId)));
  }
  for (const [fieldId, beforeId, afterId] of [
    ['assignee', before.assigneeAccountId, after.assigneeAccountId],
    ['reporter', before.reporterAccountId, after.reporterAccountId],
  ] as const) {
    if (beforeId !== afterId) items.push(item(fieldId, fieldId, beforeId, userName(store, beforeId), afterId, userName(store, afterId)));
  }
  if (before.duedate !== after.duedate) items.push(item('duedate', 'duedate', before.duedate, before.duedate, after.duedate, after.duedate));
  if (before.labels.join(' ') !== after.labels.join(' ')) items.push(item('labels', 'labels', null, before.labels.join(' ') || null, null, after.labels.join(' ') || null));
  if (before.parentId !== after.parentId) items.push(item('Parent', 'parent', before.parentId, before.parentKey, after.parentId, after.parentKey));
  items.push(...diffCustomFields(store, before.customFields, after.customFields));
  return items;
}

export function diffCustomFields(store: JiraStore, before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): ChangeItem[] {
  const items: ChangeItem[] = [];
  for (const fieldId of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const from = before[fieldId] ?? null;
    const to = after[fieldId] ?? null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    const field = store.fields.customField(fieldId);
    if (field === undefined) continue;
    items.push({ field: field.name, fieldtype: 'custom', fieldId, from: null, fromString: displayString(field, from, store.users), to: null, toString: displayString(field, to, store.users) });
  }
  return items;
}
