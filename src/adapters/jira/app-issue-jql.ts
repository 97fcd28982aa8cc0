// JQL over the app's issues, built from ids setup recorded (project, issue types, `cf[n]` fields) so renamed
// fields and same-named fields of other apps cannot change what a query means. Every query's result grows with
// the work it finds (due, late, changed), never with the size of the site.
import type { LocalDate } from '../../domain/local-date';
import type { SetupState } from '../storage/setup-state';
import type { CustomFieldKey } from './app-field-keys';
import { jqlString } from './find-clause9-issues';


/** `customfield_10042` → `cf[10042]` (JQL's unambiguous name for a custom field). */
export function cfRef(fieldIds: SetupState['fieldIds'], key: CustomFieldKey): string {
  const id = fieldIds[key];
  const match = /^customfield_(\d+)$/.exec(id);
  return match === null ? jqlString(id) : `cf[${match[1] ?? ''}]`;
}

/** How "today" enters a query: a literal date (the sweep, in the organisation's zone) or a live function (JQL function). */
export type TodayOperand = { readonly date: LocalDate } | { readonly live: true };

function todayOf(today: TodayOperand): string {
  return 'date' in today ? jqlString(today.date) : 'startOfDay()';
}

export const OVERDUE_KINDS = ['checks', 'reports', 'correctiveActions', 'reviews'] as const;
export type OverdueKind = (typeof OVERDUE_KINDS)[number];

/**
 * One clause per kind of late work (mirrors domain/overdue-work.ts, which classifies what these return). A late
 * report needs the `clause9` property to tell a skipped check (which owes no report): checks the app did not create
 * are not reported late.
 */
export function overdueClause(state: SetupState, kind: OverdueKind, today: TodayOperand): string {
  const t = todayOf(today);
  const { issueTypeIds: types, fieldIds } = state;
  switch (kind) {
    case 'checks':
      return `(issuetype = ${types.monitoringCheck} AND statusCategory != Done AND duedate < ${t})`;
    case 'reports':
      return (
        `(issuetype = ${types.monitoringCheck} AND ${cfRef(fieldIds, 'report-sent-date')} is EMPTY AND ${cfRef(fieldIds, 'report-due-date')} < ${t}` +
        ` AND issue.property[clause9].status != "skipped")`
      );
    case 'correctiveActions':
      return `(issuetype = ${types.correctiveAction} AND statusCategory != Done AND duedate < ${t})`;
    case 'reviews': {
      const result = cfRef(fieldIds, 'effectiveness-result');
      return `(issuetype = ${types.finding} AND statusCategory != Done AND ${cfRef(fieldIds, 'effectiveness-review-due')} <= ${t} AND (${result} is EMPTY OR ${result} = "Pending"))`;
    }
  }
}

/** Every kind of late work in the ISMS project, in one query. */
export function overdueJql(state: SetupState, kinds: readonly OverdueKind[], today: TodayOperand): string {
  return `project = ${state.projectId} AND (${kinds.map((kind) => overdueClause(state, kind, today)).join(' OR ')})`;
}

/** Monitoring checks not done, due from `today` to `until` (both included): the overdue gadget's "due soon". */
export function dueSoonClause(state: SetupState, today: LocalDate, until: LocalDate): string {
  return `(issuetype = ${state.issueTypeIds.monitoringCheck} AND statusCategory != Done AND duedate >= ${jqlString(today)} AND duedate <= ${jqlString(until)})`;
}

/** Every kind of late work and the checks due soon, in one query (the sweep's detect phase). */
export function lateOrDueSoonJql(state: SetupState, today: LocalDate, until: LocalDate): string {
  const late = OVERDUE_KINDS.map((kind) => overdueClause(state, kind, { date: today }));
  return `project = ${state.projectId} AND (${[...late, dueSoonClause(state, today, until)].join(' OR ')})`;
}

export function appIssueTypesClause(state: SetupState): string {
  const { monitoringCheck, finding, correctiveAction } = state.issueTypeIds;
  return `project = ${state.projectId} AND issuetype in (${monitoringCheck}, ${finding}, ${correctiveAction})`;
}

/**
 * The app's issues changed in the last `minutes` minutes: what product events may have missed. A relative period,
 * because Jira reads date literals in the searching user's time zone and relative ones against its own clock.
 */
export function changedSinceJql(state: SetupState, minutes: number): string {
  return `${appIssueTypesClause(state)} AND updated >= "-${Math.max(1, Math.ceil(minutes))}m" ORDER BY key ASC`;
}

/** First build of the read models: done checks of the last `days` days, every open finding and those raised since. */
export function bootstrapJql(state: SetupState, today: LocalDate, fromDate: LocalDate): string {
  const { monitoringCheck, finding } = state.issueTypeIds;
  return (
    `project = ${state.projectId} AND ((issuetype = ${monitoringCheck} AND statusCategory = Done AND duedate >= ${jqlString(fromDate)} AND duedate <= ${jqlString(today)})` +
    ` OR (issuetype = ${finding} AND (statusCategory != Done OR created >= ${jqlString(fromDate)}))) ORDER BY key ASC`
  );
}
