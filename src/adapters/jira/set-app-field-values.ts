// POST /rest/api/3/app/field/value: the app writes its own (readOnly) Forge fields on many issues in one call,
// asApp only. Jira wants each field+issue pair once per request, so later updates of a pair replace earlier ones;
// issues getting the same value of a field share one update. Jira emits issue-updated events (D6: Automation fires).
import { route } from '@forge/api';

import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';
import { expectJiraSuccess } from './read-jira-json';
import type { FieldJson } from './issue-fields';

export interface AppFieldUpdate {
  /** The field id (`customfield_10042`) from SetupState.fieldIds. */
  readonly fieldId: string;
  readonly issueId: string;
  readonly value: FieldJson;
}

/** Field × issue pairs per request; keeps each call well inside Jira's payload and time limits. */
export const MAX_PAIRS_PER_CALL = 1_000;

interface GroupedUpdate {
  readonly customField: string;
  readonly issueIds: number[];
  readonly value: FieldJson;
}

function groupUpdates(updates: readonly AppFieldUpdate[]): GroupedUpdate[] {
  const latest = new Map<string, AppFieldUpdate>();
  for (const update of updates) {
    const pair = `${update.fieldId}\u0000${update.issueId}`;
    latest.delete(pair); // re-insert so the pair keeps its last position
    latest.set(pair, update);
  }
  const groups = new Map<string, GroupedUpdate>();
  for (const update of latest.values()) {
    const group = `${update.fieldId}\u0000${JSON.stringify(update.value)}`;
    const existing = groups.get(group);
    if (existing === undefined) groups.set(group, { customField: update.fieldId, issueIds: [Number(update.issueId)], value: update.value });
    else existing.issueIds.push(Number(update.issueId));
  }
  return [...groups.values()];
}

/** Splits grouped updates into requests of at most `maxPairs` field × issue pairs. */
export function chunkUpdates(updates: readonly AppFieldUpdate[], maxPairs: number = MAX_PAIRS_PER_CALL): GroupedUpdate[][] {
  const requests: GroupedUpdate[][] = [];
  let current: GroupedUpdate[] = [];
  let pairs = 0;
  for (const group of groupUpdates(updates)) {
    for (let start = 0; start < group.issueIds.length; ) {
      const room = maxPairs - pairs;
      const issueIds = group.issueIds.slice(start, start + room);
      current.push({ customField: group.customField, issueIds, value: group.value });
      pairs += issueIds.length;
      start += issueIds.length;
      if (pairs >= maxPairs) {
        requests.push(current);
        current = [];
        pairs = 0;
      }
    }
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/** Writes every update; returns the number of calls made. Throws JiraRequestError on the first failed call. */
export async function setAppFieldValues(
  jira: JiraRequester,
  updates: readonly AppFieldUpdate[],
  options: { readonly generateChangelog?: boolean } = {},
): Promise<number> {
  const requests = chunkUpdates(updates);
  const changelog = String(options.generateChangelog ?? true);
  for (const batch of requests) {
    const response = await jira(route`/rest/api/3/app/field/value?generateChangelog=${changelog}`, jsonRequest('POST', { updates: batch }));
    await expectJiraSuccess(response, 'POST /rest/api/3/app/field/value');
  }
  return requests.length;
}
