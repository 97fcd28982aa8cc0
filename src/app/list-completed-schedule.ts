// The completed monitoring schedule for a window of due dates: the checks come from Jira (one JQL search, run AS
// THE USER, so nobody sees a check Jira would hide from them), the item titles from the matrix in KVS. Whether a
// check was done on time and whether its report was late are derived here from the stored dates and today.
import type { CheckWindow, MonitoringCheckIssue } from '../adapters/jira/search-monitoring-checks';
import type { StoredMonitoringItem } from '../adapters/storage/monitoring-item-store';
import type { CompletedSchedule, CompletedScheduleRow, ScheduleState } from '../contracts/schedule-payloads';
import { localDateAt, type LocalDate } from '../domain/local-date';

export interface SchedulePorts {
  readonly searchChecks: (window: CheckWindow, limit: number) => Promise<{ readonly checks: readonly MonitoringCheckIssue[]; readonly truncated: boolean }>;
  readonly readItems: (ids: readonly string[]) => Promise<Map<string, StoredMonitoringItem>>;
}

export interface CompletedScheduleRequest {
  readonly window: CheckWindow;
  readonly limit: number;
  readonly today: LocalDate;
  /** The organisation's time zone: a resolution instant becomes the day it happened there. */
  readonly timeZone: string;
}

function stateOf(check: MonitoringCheckIssue, today: LocalDate): ScheduleState {
  if (check.done || check.resolvedAt !== null) return 'done';
  return check.dueOn !== null && check.dueOn < today ? 'overdue' : 'open';
}

function reportOnTime(check: MonitoringCheckIssue, today: LocalDate): boolean | null {
  if (check.reportDueOn === null) return null;
  if (check.reportSentOn !== null) return check.reportSentOn <= check.reportDueOn;
  return check.reportDueOn < today ? false : null;
}

function rowOf(check: MonitoringCheckIssue, items: ReadonlyMap<string, StoredMonitoringItem>, request: CompletedScheduleRequest): CompletedScheduleRow {
  const doneOn = check.resolvedAt === null ? null : localDateAt(new Date(check.resolvedAt), request.timeZone);
  return {
    checkKey: check.key,
    itemId: check.itemId,
    itemTitle: check.itemId === null ? null : (items.get(check.itemId)?.value.title ?? null),
    summary: check.summary,
    dueOn: check.dueOn,
    responsible: check.assignee,
    status: check.statusName,
    state: stateOf(check, request.today),
    doneOn,
    doneOnTime: doneOn === null || check.dueOn === null ? null : doneOn <= check.dueOn,
    outcome: check.outcome,
    reportDueOn: check.reportDueOn,
    reportSentOn: check.reportSentOn,
    reportOnTime: reportOnTime(check, request.today),
  };
}

export async function listCompletedSchedule(ports: SchedulePorts, request: CompletedScheduleRequest): Promise<CompletedSchedule> {
  const { checks, truncated } = await ports.searchChecks(request.window, request.limit);
  const itemIds = [...new Set(checks.flatMap((check) => (check.itemId === null ? [] : [check.itemId])))];
  const items = await ports.readItems(itemIds);
  const rows = checks.map((check) => rowOf(check, items, request));
  const counts = {
    due: rows.length,
    done: rows.filter((row) => row.state === 'done').length,
    doneOnTime: rows.filter((row) => row.doneOnTime === true).length,
    overdue: rows.filter((row) => row.state === 'overdue').length,
    reportsLate: rows.filter((row) => row.reportOnTime === false).length,
  };
  return { from: request.window.from, to: request.window.to, today: request.today, rows, truncated, counts };
}
