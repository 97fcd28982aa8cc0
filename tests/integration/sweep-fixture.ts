// Helpers for the sweep, event, gadget and JQL-function integration tests: a controllable clock (jest fake Date,
// real timers), the setup ids, seeding app issues in-process, reading issues back through the real adapters, and
// running the real scheduled trigger until its run (and any queued continuation) has finished.
import { z } from 'zod';

import type { AdminIssueInput } from '../../local/jira';
import { CLAUSE9_PROPERTY_KEY } from '../../src/adapters/jira/issue-property';
import type { SearchedIssue } from '../../src/adapters/jira/search-issues';
import { setupStateSchema, type SetupState } from '../../src/adapters/storage/setup-state';
import { SWEEP_KEYS } from '../../src/adapters/storage/storage-keys';
import { sweepRunSchema, type SweepRun } from '../../src/adapters/storage/sweep-state';
import { saveMonitoringItems } from '../../src/adapters/storage/monitoring-item-store';
import { localDate } from '../../src/domain/local-date';
import type { ActiveMonitoringItem } from '../../src/domain/monitoring-item';
import { TEST_USERS, type TestStack } from './stack';

export const SWEEP_TRIGGER = 'clause9-daily-sweep';

/** Date is faked (so the app's `new Date()` reads it); timers stay real so HTTP and SQLite work. */
export function useClock(iso: string, options: { readonly advance?: boolean } = {}): void {
  jest.useFakeTimers({
    now: new Date(iso),
    advanceTimers: options.advance ?? false,
    doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'],
  });
}

export function setClock(iso: string): void {
  jest.setSystemTime(new Date(iso));
}

export function setupOf(stack: TestStack): SetupState {
  return setupStateSchema.parse(stack.forge.kvsStore.get('config:setup'));
}

export function sweepRunOf(stack: TestStack): SweepRun | undefined {
  const stored = stack.forge.kvsStore.get(SWEEP_KEYS.run);
  return stored === undefined ? undefined : sweepRunSchema.parse(stored);
}

async function settle(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs the daily trigger, then waits for queued continuations until the run is done (or `timeoutMs` passes). */
export async function runSweep(stack: TestStack, timeoutMs = 60_000): Promise<SweepRun> {
  await stack.forge.runScheduledTrigger(SWEEP_TRIGGER);
  return waitForSweep(stack, timeoutMs);
}

/** Delivers due queue events until the sweep's run is done and its lease released. */
export async function waitForSweep(stack: TestStack, timeoutMs = 60_000): Promise<SweepRun> {
  const started = performance.now();
  for (;;) {
    await stack.forge.runQueues();
    const run = sweepRunOf(stack);
    if (run?.phase === 'done' && stack.forge.kvsStore.get(SWEEP_KEYS.lease) === undefined) return run;
    if (performance.now() - started > timeoutMs) throw new Error(`the sweep did not finish: ${JSON.stringify(run)}`);
    await settle(50);
  }
}

/** Issues of the ISMS project matching `jql`, with the named fields and the clause9 property, read as the app. */
export async function searchAsApp(stack: TestStack, jql: string, fields: readonly string[] = ['summary']): Promise<SearchedIssue[]> {
  // Loaded lazily: @forge/api must not load before the Forge host installs its runtime.
  const { searchIssues } = await import('../../src/adapters/jira/search-issues');
  return searchIssues(stack.requesterAs('app'), { jql, fields, properties: [CLAUSE9_PROPERTY_KEY] });
}

export interface SeedIssue {
  readonly type: 'monitoringCheck' | 'correctiveAction' | 'finding';
  readonly summary: string;
  readonly duedate?: string;
  readonly assignee?: string;
  readonly status?: string;
  /** By app field module key, e.g. { 'report-due-date': '2026-03-04' }. */
  readonly app?: Readonly<Record<string, unknown>>;
  readonly clause9?: Readonly<Record<string, unknown>>;
}

/** Creates app issues in-process (no HTTP), as an earlier sweep or the app's other use cases would have left them. */
export function seedIssues(stack: TestStack, state: SetupState, issues: readonly SeedIssue[]): { id: string; key: string }[] {
  const inputs = issues.map(
    (issue): AdminIssueInput => ({
      projectKey: state.projectKey,
      issueType: state.issueTypeIds[issue.type],
      summary: issue.summary,
      ...(issue.duedate === undefined ? {} : { duedate: issue.duedate }),
      ...(issue.assignee === undefined ? {} : { assigneeAccountId: issue.assignee }),
      ...(issue.status === undefined ? {} : { status: issue.status }),
      customFields: issue.app ?? {},
      properties: issue.clause9 === undefined ? {} : { [CLAUSE9_PROPERTY_KEY]: issue.clause9 },
    }),
  );
  return stack.jira.admin.createIssues(inputs);
}

/** Request bodies the app sent to one route template, e.g. 'POST /rest/api/3/issue/{issueIdOrKey}/notify'. */
export function recordExchanges(stack: TestStack, routeKey: string): { readonly bodies: unknown[]; readonly paths: string[]; stop: () => void } {
  const bodies: unknown[] = [];
  const paths: string[] = [];
  const [method, template] = routeKey.split(' ');
  const stop = stack.jira.onExchange((exchange) => {
    if (exchange.method === method && exchange.template === template) {
      bodies.push(exchange.requestBody);
      paths.push(exchange.path);
    }
  });
  return { bodies, paths, stop };
}

export const notificationSchema = z.object({
  subject: z.string(),
  textBody: z.string(),
  to: z.object({ users: z.array(z.object({ accountId: z.string() })), groups: z.array(z.object({ name: z.string() })) }).loose(),
});

/** Stores active monitoring items through the matrix store (what the matrix page's use cases write). */
export async function storeActiveItems(items: readonly ActiveMonitoringItem[]): Promise<void> {
  await saveMonitoringItems(
    items.map((item) => ({ key: item.id, value: item, current: undefined })),
    { by: 'test-seed', at: new Date().toISOString() },
  );
}

/** A daily monitoring item active from `activeFrom`, responsible: the ISMS team member. */
export function dailyItem(id: string, activeFrom: string, overrides: Partial<ActiveMonitoringItem> = {}): ActiveMonitoringItem {
  return {
    id,
    status: 'active',
    activeFrom: localDate(activeFrom),
    title: `Check ${id}`,
    entity: { kind: 'system', name: 'Edge firewall' },
    covers: ['A.8.15', '9.1'],
    riskIds: [],
    element: 'proactive_detection',
    method: 'log_review',
    approach: 'proactive',
    recurrence: { startsOn: localDate(activeFrom), rule: { frequency: 'daily', interval: 1 }, ends: { kind: 'never' } },
    leadTimeDays: 0,
    responsibleAccountId: TEST_USERS.member,
    analysis: { analystAccountId: TEST_USERS.ismsManager, withinWorkingDays: 2 },
    reportType: 'log_review_report',
    spotCheckOfCriticalTask: false,
    ...overrides,
  };
}

const clause9IdSchema = z.looseObject({ id: z.string() });

/** The clause9 ids (occurrence keys) of every monitoring check in the ISMS project. */
export async function checkOccurrenceKeys(stack: TestStack, state: SetupState): Promise<string[]> {
  const issues = await searchAsApp(stack, `project = ${state.projectKey} AND issuetype = ${state.issueTypeIds.monitoringCheck} ORDER BY key ASC`);
  return issues.map((issue) => clause9IdSchema.parse(issue.properties[CLAUSE9_PROPERTY_KEY]).id);
}
