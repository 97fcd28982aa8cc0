// Monitoring checks from before the demo's "today". The app creates a check only when its occurrence comes within
// the item's lead time (the daily sweep looks back 7 days at most), and it has no resolver that completes a check in
// the past, so a year of history cannot go through the app. These issues are therefore written straight into the
// Jira stand-in with its ADMIN API (as a site migration would) — but exactly as the app writes them: the summary,
// labels and `clause9` property of src/adapters/jira/check-issue.ts, the domain check walked through its own
// transitions (schedule → start → complete → report sent), and the app fields the sweep sets. The daily sweep that
// runs next adopts the recent ones by their occurrence key, reads the done ones into the gadgets' read models, and
// finds the open ones late and escalates them.
import type { AdminIssueInput, JiraDirectory } from '../../jira';
import { checkIssueSummary } from '../../../src/adapters/jira/check-issue';
import { checkProperty } from '../../../src/adapters/jira/check-property';
import { CLAUSE9_PROPERTY_KEY } from '../../../src/adapters/jira/issue-property';
import { DEFAULT_SETUP_SETTINGS } from '../../../src/contracts/admin-settings';
import type { PlannedCheck } from '../../../src/domain/check-scheduling';
import { scheduleCheck } from '../../../src/domain/check-scheduling';
import { isAnnexAControlId, isClauseId } from '../../../src/domain/iso-catalogue/catalogue';
import type { LocalDate } from '../../../src/domain/local-date';
import { addDays } from '../../../src/domain/local-date';
import type { CheckHistoryEntry, CheckOutcome, MonitoringCheck } from '../../../src/domain/monitoring-check';
import { completeCheck, markReportSent, occurrenceKey, startCheck } from '../../../src/domain/monitoring-check';
import type { WorkingDayCalendar } from '../../../src/domain/working-days';
import { reportDeadline } from '../../../src/domain/working-days';
import type { DemoCheck } from '../demo-organisation/check-history';

/** The `Check outcome` field's values (the manifest's description of the field). */
const OUTCOME_LABELS: Readonly<Record<CheckOutcome, string>> = {
  conforming: 'Conforming',
  nonconforming: 'Nonconforming',
  partially_conforming: 'Partially conforming',
  not_applicable: 'Not applicable',
};
const SWEEP_ACTOR = 'clause9-sweep';

const at = (date: LocalDate, time: string): string => `${date}T${time}.000Z`;

function plannedOf({ item, dueOn }: DemoCheck): PlannedCheck {
  const { id, title, leadTimeDays, responsibleAccountId, spotCheckOfCriticalTask } = item;
  return { occurrenceKey: occurrenceKey(id, dueOn), itemId: id, title, dueOn, readyOn: addDays(dueOn, -leadTimeDays), leadTimeDays, responsibleAccountId, spotCheckOfCriticalTask };
}

/** The check walked through the domain's transitions to its fate, with its history and when it last changed. */
interface Walked {
  readonly state: MonitoringCheck;
  readonly history: CheckHistoryEntry[];
  readonly updated: string;
  /** When the check was completed: its issue went to Done then, whatever changed later. */
  readonly resolved?: string;
}

function walk(check: DemoCheck, planned: PlannedCheck): Walked {
  const scheduled = scheduleCheck(planned, planned.occurrenceKey, { at: at(planned.readyOn, '05:00:00'), by: SWEEP_ACTOR });
  const history: CheckHistoryEntry[] = [scheduled.history];
  const { fate, item } = check;
  if (fate.is === 'open') return { state: scheduled.check, history, updated: scheduled.history.at };
  const started = startCheck(scheduled.check, { at: at(addDays(planned.dueOn, -1), '09:00:00'), by: item.responsibleAccountId });
  history.push(started.history);
  if (fate.is === 'in_progress') return { state: started.check, history, updated: started.history.at };
  const { completedOn, outcome, findingsSummary, recommendations, reportSentOn } = fate;
  const done = completeCheck(started.check, { outcome, completedOn, findingsSummary, recommendations }, { at: at(completedOn, '15:30:00'), by: item.responsibleAccountId });
  history.push(done.history);
  if (reportSentOn === null) return { state: done.check, history, updated: done.history.at, resolved: done.history.at };
  const sent = markReportSent(done.check, reportSentOn, { at: at(reportSentOn, '11:00:00'), by: item.analysis.analystAccountId });
  history.push(sent.history);
  return { state: sent.check, history, updated: sent.history.at, resolved: done.history.at };
}

export function checkIssueInput(check: DemoCheck, calendar: WorkingDayCalendar, reportWorkingDays: number): AdminIssueInput {
  const planned = plannedOf(check);
  const { state, history, updated, resolved } = walk(check, planned);
  const reportDueOn = reportDeadline(calendar, planned.dueOn, reportWorkingDays);
  const clauses = check.item.covers.filter(isClauseId);
  const controls = check.item.covers.filter(isAnnexAControlId);
  const done = state.status === 'done' ? state : undefined;
  return {
    projectKey: DEFAULT_SETUP_SETTINGS.projectKey,
    issueType: DEFAULT_SETUP_SETTINGS.issueTypeNames.monitoringCheck,
    summary: checkIssueSummary(planned),
    description: `Monitoring check ${planned.occurrenceKey} of monitoring item ${planned.itemId}, due ${planned.dueOn}.\nThe monitoring report must reach the ISMS Steering Committee by ${reportDueOn}.`,
    status: state.status === 'done' ? 'Done' : state.status === 'in_progress' ? 'In Progress' : 'To Do',
    assigneeAccountId: planned.responsibleAccountId,
    reporterAccountId: null,
    created: at(planned.readyOn, '05:00:00'),
    updated,
    ...(resolved === undefined ? {} : { resolved }),
    duedate: planned.dueOn,
    labels: planned.spotCheckOfCriticalTask ? ['clause9', 'spot-check'] : ['clause9'],
    customFields: {
      'monitoring-item': planned.itemId,
      'report-due-date': reportDueOn,
      'escalation-level': 0,
      ...(clauses.length > 0 ? { 'iso-clause': clauses } : {}),
      ...(controls.length > 0 ? { 'annex-a-control': controls } : {}),
      ...(done === undefined ? {} : { 'check-outcome': OUTCOME_LABELS[done.outcome] }),
      ...(done === undefined || done.reportSentOn === null ? {} : { 'report-sent-date': done.reportSentOn }),
    },
    properties: { [CLAUSE9_PROPERTY_KEY]: checkProperty(state, history, history.length) },
  };
}

/** Writes the history in one stand-in transaction; returns how many checks it wrote. */
export function writeCheckHistory(jira: JiraDirectory, checks: readonly DemoCheck[], calendar: WorkingDayCalendar, reportWorkingDays: number): number {
  return jira.createIssues(checks.map((check) => checkIssueInput(check, calendar, reportWorkingDays))).length;
}
