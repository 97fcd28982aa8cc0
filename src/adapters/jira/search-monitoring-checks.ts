// POST /rest/api/3/search/jql for the completed monitoring schedule: the app's Monitoring check issues due in a
// window, with just the fields the record needs (due date, assignee, status, resolution date and the app fields
// Monitoring item, Check outcome, Report due date, Report sent date). One search, paged at 100 issues.
import { z } from 'zod';

import { isLocalDate, type LocalDate } from '../../domain/local-date';
import type { SetupState } from '../storage/setup-state';
import { cfRef } from './app-issue-jql';
import { jqlString } from './find-clause9-issues';
import { readAppFieldValue } from './issue-fields';
import type { JiraRequester } from './jira-requester';
import { searchIssues } from './search-issues';

export interface MonitoringCheckIssue {
  readonly key: string;
  readonly summary: string;
  readonly dueOn: LocalDate | null;
  readonly assignee: { readonly accountId: string; readonly displayName: string } | null;
  readonly statusName: string;
  /** The status is in Jira's Done category. */
  readonly done: boolean;
  /** ISO instant Jira resolved the issue, or null. */
  readonly resolvedAt: string | null;
  readonly itemId: string | null;
  readonly outcome: string | null;
  readonly reportDueOn: LocalDate | null;
  readonly reportSentOn: LocalDate | null;
}

export interface CheckWindow {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly itemId?: string;
}

const userSchema = z.object({ accountId: z.string(), displayName: z.string().optional() }).nullable().optional();
const statusSchema = z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }).optional() }).nullable().optional();
const systemFieldsSchema = z.object({
  summary: z.string().optional(),
  duedate: z.string().nullable().optional(),
  assignee: userSchema,
  status: statusSchema,
  resolutiondate: z.string().nullable().optional(),
});

/** Jira answers "2026-03-10T15:00:00.000+0000"; the record keeps a standard ISO instant. */
function isoInstant(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const millis = Date.parse(text);
  return Number.isFinite(millis) ? new Date(millis).toISOString() : null;
}

export function completedScheduleJql(state: SetupState, window: CheckWindow): string {
  const item = window.itemId === undefined ? '' : ` AND ${cfRef(state.fieldIds, 'monitoring-item')} = ${jqlString(window.itemId)}`;
  return (
    `project = ${jqlString(state.projectKey)} AND issuetype = ${state.issueTypeIds.monitoringCheck}` +
    ` AND duedate >= ${jqlString(window.from)} AND duedate <= ${jqlString(window.to)}${item} ORDER BY duedate ASC, key ASC`
  );
}

/** Up to `limit` checks in due-date order, and whether more were left out. */
export async function searchMonitoringChecks(
  jira: JiraRequester,
  state: SetupState,
  window: CheckWindow,
  limit: number,
): Promise<{ readonly checks: MonitoringCheckIssue[]; readonly truncated: boolean }> {
  const { fieldIds } = state;
  const appFields = { item: fieldIds['monitoring-item'], outcome: fieldIds['check-outcome'], reportDue: fieldIds['report-due-date'], reportSent: fieldIds['report-sent-date'] };
  const issues = await searchIssues(jira, {
    jql: completedScheduleJql(state, window),
    fields: ['summary', 'duedate', 'assignee', 'status', 'resolutiondate', ...Object.values(appFields)],
    limit: limit + 1,
  });
  const checks = issues.slice(0, limit).map((issue): MonitoringCheckIssue => {
    const fields = systemFieldsSchema.parse(issue.fields);
    const assignee = fields.assignee ?? null;
    const due = fields.duedate?.slice(0, 10) ?? '';
    return {
      key: issue.key,
      summary: fields.summary ?? '',
      dueOn: isLocalDate(due) ? due : null,
      assignee: assignee === null ? null : { accountId: assignee.accountId, displayName: assignee.displayName ?? assignee.accountId },
      statusName: fields.status?.name ?? '',
      done: fields.status?.statusCategory?.key === 'done',
      resolvedAt: isoInstant(fields.resolutiondate),
      itemId: readAppFieldValue('monitoring-item', issue.fields[appFields.item]),
      outcome: readAppFieldValue('check-outcome', issue.fields[appFields.outcome]),
      reportDueOn: readAppFieldValue('report-due-date', issue.fields[appFields.reportDue]),
      reportSentOn: readAppFieldValue('report-sent-date', issue.fields[appFields.reportSent]),
    };
  });
  return { checks, truncated: issues.length > limit };
}
