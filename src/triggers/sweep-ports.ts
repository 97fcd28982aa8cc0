// Binds the daily sweep to Jira (as the app, with retries that honour Retry-After) and to KVS, for one invocation.
import { randomUUID } from 'node:crypto';

import { FetchError, getAppContext } from '@forge/api';
import { Queue } from '@forge/events';

import { snapshotFields, SNAPSHOT_PROPERTIES, toSnapshot, type AppIssueSnapshot, type SnapshotPage } from '../adapters/jira/app-issue-snapshot';
import { createIssues } from '../adapters/jira/create-issues';
import { findClause9Issues } from '../adapters/jira/find-clause9-issues';
import { JiraRequestError } from '../adapters/jira/jira-error';
import { jiraAsApp, type JiraRequester } from '../adapters/jira/jira-requester';
import { notifyIssue } from '../adapters/jira/notify-issue';
import { JOB_RETRY_POLICY, realTimers, retryingRequester } from '../adapters/jira/retrying-requester';
import { searchIssuePage } from '../adapters/jira/search-issues';
import { setAppFieldValues } from '../adapters/jira/set-app-field-values';
import { readCalendarSettings, readEscalationSettings } from '../adapters/storage/app-settings';
import { dueSoonModel } from '../adapters/storage/read-models/due-soon-model';
import { overdueModel } from '../adapters/storage/read-models/overdue-model';
import { modelsRefreshedModel } from '../adapters/storage/read-models/summary-models';
import { readSetupState, type SetupState } from '../adapters/storage/setup-state';
import { clearPending, readLedger, readPending, recordScheduled, writePending } from '../adapters/storage/sweep-ledger';
import { acquireSweepLease, readReconciledAt, readSweepRun, releaseSweepLease, writeReconciledAt, writeSweepRun } from '../adapters/storage/sweep-state';
import { applyIssueChanges } from '../app/apply-issue-changes';
import { LEASE_TTL_SECONDS, type DailySweepPorts } from '../app/run-daily-sweep';
import { coveragePorts, issueReadModels, kpiPorts, listActiveMonitoringItems } from './read-model-ports';

export const SWEEP_QUEUE = 'clause9-sweep';
const FULL_INVOCATION_MS = 900_000;

/** The sweep's requester: asApp, waiting out 429 (Retry-After) and 5xx for up to two minutes per call. */
export function sweepRequester(): JiraRequester {
  return retryingRequester(jiraAsApp(), { ...JOB_RETRY_POLICY, ...realTimers() });
}

/** Snapshots of a search page; an issue whose app fields cannot be read is logged and skipped, not fatal. */
export async function searchSnapshots(jira: JiraRequester, state: SetupState, jql: string, nextPageToken: string | undefined): Promise<SnapshotPage> {
  const page = await searchIssuePage(jira, { jql, fields: snapshotFields(state), properties: SNAPSHOT_PROPERTIES }, nextPageToken);
  const snapshots: AppIssueSnapshot[] = [];
  for (const issue of page.issues) {
    try {
      const snapshot = toSnapshot(state, issue);
      if (snapshot !== undefined) snapshots.push(snapshot);
    } catch (error) {
      console.warn(`[sweep] skipped ${issue.key}: its Clause9 fields could not be read`, error);
    }
  }
  return page.nextPageToken === undefined ? { snapshots } : { snapshots, nextPageToken: page.nextPageToken };
}

function remainingMs(): number {
  try {
    return getAppContext().invocationRemainingTimeInMillis();
  } catch {
    return FULL_INVOCATION_MS; // outside an invocation (scripts): assume a full budget
  }
}

export function isTransient(error: unknown): boolean {
  return (error instanceof JiraRequestError && (error.status === 429 || error.status >= 500)) || error instanceof FetchError;
}

export function dailySweepPorts(now: Date): DailySweepPorts {
  const jira = sweepRequester();
  const holder = randomUUID();
  const at = (): string => now.toISOString();
  let setup: SetupState | undefined;
  const state = async (): Promise<SetupState> => {
    setup ??= await readSetupState();
    if (setup === undefined) throw new Error('Clause9 is not set up');
    return setup;
  };
  const search = async (jql: string, token: string | undefined): Promise<SnapshotPage> => searchSnapshots(jira, await state(), jql, token);
  return {
    readSetupState: async () => (setup ??= await readSetupState()),
    readCalendarSettings,
    readEscalationSettings,
    readRun: readSweepRun,
    writeRun: writeSweepRun,
    readReconciledAt,
    writeReconciledAt,
    acquireLease: () => acquireSweepLease(holder, LEASE_TTL_SECONDS),
    releaseLease: () => releaseSweepLease(holder),
    continueLater: async (delaySeconds) => {
      await new Queue({ key: SWEEP_QUEUE }).push({ body: { continues: now.toISOString() }, ...(delaySeconds > 0 ? { delayInSeconds: delaySeconds } : {}) });
    },
    remainingMs,
    isTransient,
    schedule: {
      listActiveMonitoringItems,
      readLedger,
      recordScheduled,
      readPending,
      writePending,
      clearPending,
      findByOccurrenceKeys: async (keys) => findClause9Issues(jira, (await state()).projectKey, keys),
      createIssues: (issues) => createIssues(jira, issues),
      setAppFieldValues: (updates) => setAppFieldValues(jira, updates),
    },
    reconcile: { searchSnapshots: search, applyChanges: (changes) => applyIssueChanges(issueReadModels, { ...changes, includeOverdue: false }) },
    detect: {
      searchSnapshots: search,
      replaceOverdue: (entries) => overdueModel.replaceAll(entries, at()),
      replaceDueSoon: (entries) => dueSoonModel.replaceAll(entries, at()),
    },
    escalate: {
      readOverdue: () => overdueModel.readAll(),
      notify: (issueId, notification) => notifyIssue(jira, issueId, notification),
      setEscalationLevels: async (levels) => {
        const fieldId = (await state()).fieldIds['escalation-level'];
        await setAppFieldValues(jira, [...levels].map(([issueId, value]) => ({ fieldId, issueId, value })));
      },
      updateOverdueLevels: (levels) =>
        overdueModel.update(new Map([...levels].map(([issueId, level]) => [issueId, (current) => (current === undefined ? null : { ...current, escalationLevel: level })])), at()),
    },
    coverage: coveragePorts(at),
    kpis: kpiPorts(at),
    markRefreshed: async (refreshedAt) => {
      await modelsRefreshedModel.update(() => refreshedAt, refreshedAt);
    },
  };
}
