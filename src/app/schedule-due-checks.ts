// Sweep phase 1: create the monitoring checks that fall due within their lead time, as Jira issues, 50 per bulk
// call, with the app fields set in one call per batch. Idempotent without asking Jira on a normal day:
// - the ledger says which occurrences exist, so a second run plans nothing;
// - each batch's occurrence keys are written as "pending" BEFORE the create call; a run that died after creating
//   finds them by the indexed `clause9` property and adopts them (and re-writes their fields) instead of creating;
// - items the ledger has never seen (the first day, a reinstalled app) are looked up the same way before creating.
import type { BulkCreateResult } from '../adapters/jira/create-issues';
import type { NewIssue } from '../adapters/jira/create-issue';
import { checkFieldUpdates, newCheckIssue, type CheckToCreate } from '../adapters/jira/check-issue';
import { JiraRequestError } from '../adapters/jira/jira-error';
import type { AppFieldUpdate } from '../adapters/jira/set-app-field-values';
import type { Ledger } from '../adapters/storage/sweep-ledger';
import type { SetupState } from '../adapters/storage/setup-state';
import { checksToSchedule, DEFAULT_SCHEDULE_HORIZON, type PlannedCheck } from '../domain/check-scheduling';
import { addDays, type LocalDate } from '../domain/local-date';
import type { ActiveMonitoringItem } from '../domain/monitoring-item';
import { reportDeadline, type WorkingDayCalendar } from '../domain/working-days';

export const CHECKS_PER_BATCH = 50;

export interface ScheduleDueChecksPorts {
  readonly listActiveMonitoringItems: () => Promise<readonly ActiveMonitoringItem[]>;
  readonly readLedger: () => Promise<Ledger>;
  readonly recordScheduled: (scheduled: ReadonlyMap<string, readonly LocalDate[]>, keepFrom: LocalDate) => Promise<void>;
  readonly readPending: () => Promise<string[]>;
  readonly writePending: (keys: readonly string[]) => Promise<void>;
  readonly clearPending: () => Promise<void>;
  /** occurrence key → the issue carrying it, for the keys that have one. */
  readonly findByOccurrenceKeys: (keys: readonly string[]) => Promise<ReadonlyMap<string, { readonly id: string }>>;
  readonly createIssues: (issues: readonly NewIssue[]) => Promise<BulkCreateResult>;
  readonly setAppFieldValues: (updates: readonly AppFieldUpdate[]) => Promise<unknown>;
  /** False when the invocation should stop before another batch and leave the rest to a continuation. */
  readonly hasTimeFor: () => boolean;
}

export interface ScheduleRequest {
  readonly state: SetupState;
  readonly today: LocalDate;
  /** ISO instant for the checks' history entries. */
  readonly at: string;
  readonly calendar: WorkingDayCalendar;
  readonly reportWorkingDays: number;
}

export interface ScheduleResult {
  readonly complete: boolean;
  readonly created: number;
  readonly adopted: number;
  readonly problems: readonly string[];
}

const SWEEP_ACTOR = 'clause9-sweep';

function byItem(checks: readonly PlannedCheck[]): Map<string, LocalDate[]> {
  const grouped = new Map<string, LocalDate[]>();
  for (const check of checks) grouped.set(check.itemId, [...(grouped.get(check.itemId) ?? []), check.dueOn]);
  return grouped;
}

export async function scheduleDueChecks(ports: ScheduleDueChecksPorts, request: ScheduleRequest): Promise<ScheduleResult> {
  const { state, today } = request;
  const keepFrom = addDays(today, -DEFAULT_SCHEDULE_HORIZON.lookBackDays - 1);
  const items = await ports.listActiveMonitoringItems();
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const toCreate = (planned: PlannedCheck): CheckToCreate => ({
    planned,
    covers: itemsById.get(planned.itemId)?.covers ?? [],
    reportDueOn: reportDeadline(request.calendar, planned.dueOn, request.reportWorkingDays),
  });
  const fieldsFor = (adopted: readonly [PlannedCheck, string][]): AppFieldUpdate[] => adopted.flatMap(([planned, issueId]) => checkFieldUpdates(state, issueId, toCreate(planned)));

  const ledger = await ports.readLedger();
  // Items the ledger has never seen may have checks from an earlier installation or a lost ledger.
  const unseen = new Set(items.filter((item) => !ledger.has(item.id)).map((item) => item.id));
  const existing = new Set([...ledger].flatMap(([itemId, dates]) => dates.map((date) => `${itemId}@${date}`)));
  const plan = (): PlannedCheck[] => checksToSchedule(items, existing, today);
  const record = async (scheduled: readonly PlannedCheck[]): Promise<void> => {
    await ports.recordScheduled(byItem(scheduled), keepFrom);
    for (const planned of scheduled) existing.add(planned.occurrenceKey);
  };
  let adopted = 0;

  // A batch that may have been created by a run that died: adopt what Jira has, re-write its fields.
  const pending = new Set(await ports.readPending());
  if (pending.size > 0) {
    const found = await ports.findByOccurrenceKeys([...pending]);
    const resumed = plan().filter((planned) => pending.has(planned.occurrenceKey) && found.has(planned.occurrenceKey));
    const pairs = resumed.map((planned): [PlannedCheck, string] => [planned, found.get(planned.occurrenceKey)?.id ?? '']);
    if (pairs.length > 0) await ports.setAppFieldValues(fieldsFor(pairs));
    await record(resumed);
    await ports.clearPending();
    adopted += resumed.length;
  }

  const problems: string[] = [];
  const skipped = new Set<string>();
  let created = 0;
  for (;;) {
    const batch = plan().filter((planned) => !skipped.has(planned.occurrenceKey)).slice(0, CHECKS_PER_BATCH);
    if (batch.length === 0) return { complete: true, created, adopted, problems };
    if (!ports.hasTimeFor()) return { complete: false, created, adopted, problems };
    const unknown = batch.filter((planned) => unseen.has(planned.itemId)).map((planned) => planned.occurrenceKey);
    const found = unknown.length > 0 ? await ports.findByOccurrenceKeys(unknown) : new Map<string, { readonly id: string }>();
    const fresh = batch.filter((planned) => !found.has(planned.occurrenceKey));
    const ctx = { at: request.at, by: SWEEP_ACTOR };
    await ports.writePending(fresh.map((planned) => planned.occurrenceKey));
    const result = fresh.length > 0 ? await ports.createIssues(fresh.map((planned) => newCheckIssue(state, toCreate(planned), ctx))) : { created: [], failed: [] };
    const retryable = result.failed.find((failure) => failure.status === 429 || failure.status >= 500);
    if (retryable !== undefined) throw new JiraRequestError(retryable.status, 'POST /rest/api/3/issue/bulk', retryable.messages.join(' '));
    const made = result.created.flatMap((issue): [PlannedCheck, string][] => {
      const planned = fresh[issue.index];
      return planned === undefined ? [] : [[planned, issue.id]];
    });
    if (made.length > 0) await ports.setAppFieldValues(fieldsFor(made));
    for (const failure of result.failed) {
      const planned = fresh[failure.index];
      if (planned === undefined) continue;
      skipped.add(planned.occurrenceKey);
      problems.push(`Jira refused to create check ${planned.occurrenceKey} (${failure.status}): ${failure.messages.join(' ')}`);
    }
    const scheduled = [...made.map(([planned]) => planned), ...batch.filter((planned) => found.has(planned.occurrenceKey))];
    await record(scheduled);
    await ports.clearPending();
    created += made.length;
    adopted += batch.length - fresh.length;
  }
}
