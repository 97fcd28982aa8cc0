// What every finding and corrective-action call needs in the shell, read once per invocation: the setup record,
// the clock (here and nowhere deeper), and the ports wired to Jira with a short retry for 429/5xx.
import { jiraAsApp, jiraAsUser, type JiraRequester } from '../adapters/jira/jira-requester';
import { realTimers, retryingRequester, UI_RETRY_POLICY } from '../adapters/jira/retrying-requester';
import { requestClaims } from '../adapters/storage/request-claims';
import { z } from 'zod';
import type { TransitionContext } from '../domain/history-entry';
import type { ImportFindingRecordsPorts } from '../app/import-finding-records';
import type { RaiseFindingPorts } from '../app/raise-finding-issue';
import type { RecordFindingPorts } from '../app/record-finding-issue';
import { asAppError } from '../app/domain-failure';
import { findingPorts, recordFindingPorts } from './finding-ports';
import { ismsSetup, readClock, type ShellClock } from './isms-access';

export interface FindingSession {
  readonly ports: ImportFindingRecordsPorts;
  readonly raisePorts: RaiseFindingPorts;
  /** Recording a Finding issue created in Jira itself. */
  readonly recordPorts: RecordFindingPorts;
  readonly clock: ShellClock;
  readonly projectKey: string;
  /** Who acts, when, with the caller's note. */
  ctx(note?: string): TransitionContext;
}

const issueRefSchema = z.object({ issueId: z.string().min(1), issueKey: z.string().min(1) });

function retrying(jira: JiraRequester): JiraRequester {
  return retryingRequester(jira, { ...UI_RETRY_POLICY, ...realTimers() });
}

export async function openFindingSession(accountId: string): Promise<FindingSession> {
  const [setup, clock] = await Promise.all([ismsSetup(), readClock()]);
  const jira = { asApp: retrying(jiraAsApp()), asUser: retrying(jiraAsUser()), setup };
  const ports = findingPorts(jira);
  return {
    ports,
    raisePorts: { ...ports, claims: requestClaims(issueRefSchema) },
    recordPorts: { ...ports, ...recordFindingPorts(jira) },
    clock,
    projectKey: setup.projectKey,
    ctx: (note) => (note === undefined || note.trim() === '' ? { at: clock.at, by: accountId } : { at: clock.at, by: accountId, note }),
  };
}

/** Domain and storage errors become AppErrors naming the field, once, at the shell. */
export async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asAppError(error);
  }
}
