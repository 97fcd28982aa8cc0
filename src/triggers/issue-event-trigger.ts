// `trigger` on avi:jira:created/updated/deleted:issue: keeps the gadget read models current between sweeps. The
// payload decides whether the issue is the app's (no Jira call for other issues); the app's issues are re-read
// once, as the app, and only their read-model entries change.
import { z } from 'zod';

import { snapshotFields, SNAPSHOT_PROPERTIES, toSnapshot } from '../adapters/jira/app-issue-snapshot';
import { getIssue } from '../adapters/jira/get-issue';
import { jiraAsApp } from '../adapters/jira/jira-requester';
import { readCalendarSettings } from '../adapters/storage/app-settings';
import { readSetupState } from '../adapters/storage/setup-state';
import { applyIssueChanges } from '../app/apply-issue-changes';
import { applyIssueEvent, type EventOutcome, type IssueEvent } from '../app/apply-issue-event';
import { refreshCoverage } from '../app/refresh-coverage';
import { todayIn } from '../domain/working-days';
import { coveragePorts, issueReadModels } from './read-model-ports';

const eventSchema = z.looseObject({
  eventType: z.enum(['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue']),
  issue: z.looseObject({
    id: z.string(),
    fields: z.looseObject({ issuetype: z.looseObject({ id: z.string() }).nullish(), project: z.looseObject({ id: z.string() }).nullish() }).nullish(),
  }),
  changelog: z.looseObject({ items: z.array(z.looseObject({ fieldId: z.string().nullish() })) }).nullish(),
});

export function parseIssueEvent(payload: unknown): IssueEvent | undefined {
  const parsed = eventSchema.safeParse(payload);
  if (!parsed.success) return undefined;
  const { eventType, issue, changelog } = parsed.data;
  return {
    eventType,
    issueId: issue.id,
    projectId: issue.fields?.project?.id ?? null,
    issueTypeId: issue.fields?.issuetype?.id ?? null,
    changedFieldIds: (changelog?.items ?? []).flatMap((item) => (typeof item.fieldId === 'string' ? [item.fieldId] : [])),
  };
}

export async function onIssueEvent(payload: unknown): Promise<EventOutcome> {
  const event = parseIssueEvent(payload);
  if (event === undefined) {
    console.warn('[issue-event] ignored an event it could not read');
    return 'ignored';
  }
  const now = new Date();
  const at = now.toISOString();
  const today = todayIn((await readCalendarSettings()).calendar, now);
  const jira = jiraAsApp();
  return applyIssueEvent(
    {
      readSetupState,
      fetchSnapshot: async (state, issueId) => {
        const issue = await getIssue(jira, issueId, { fields: snapshotFields(state), properties: SNAPSHOT_PROPERTIES });
        return issue === undefined ? undefined : (toSnapshot(state, issue) ?? 'not-app-issue');
      },
      applyChanges: (changes) => applyIssueChanges(issueReadModels, changes),
      refreshCoverage: async () => {
        await refreshCoverage(coveragePorts(() => at), { today, at });
      },
    },
    event,
    { today, at },
  );
}
