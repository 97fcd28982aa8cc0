// The monitoring check history the seed writes before the first sweep: a year of done checks with the exceptions the
// overdue gadget and the escalation chain exist for, each a state the app's own check transitions reach, written as
// the issues the app writes (src/adapters/jira/check-issue.ts).
import { monitoringCheckSchema } from '../../../src/domain/monitoring-check-schema';
import { addDays, daysBetween, localDate } from '../../../src/domain/local-date';
import { buildDemoOrganisation } from '../../../local/seed';
import { checkIssueInput } from '../../../local/seed/app/check-history-port';

const TODAY = localDate('2026-11-22');
const org = buildDemoOrganisation(TODAY);
const key = (check: (typeof org.checks)[number]): string => `${check.item.id}@${check.dueOn}`;

it('covers 13 months of every item that had checks, once per occurrence, none of the draft', () => {
  expect(new Set(org.checks.map(key)).size).toBe(org.checks.length);
  expect(org.checks.some((check) => check.item.status === 'retired')).toBe(true);
  const drafts = new Set(org.monitoringItems.filter((item) => item.status === 'draft').map((item) => item.id));
  expect(org.checks.filter((check) => drafts.has(check.item.id))).toEqual([]);
  const oldest = org.checks.reduce((min, check) => (check.dueOn < min ? check.dueOn : min), TODAY);
  expect(daysBetween(oldest, TODAY)).toBeGreaterThan(380);
  expect(org.checks.filter((check) => check.fate.is === 'done').length).toBeGreaterThan(400);
});

it('leaves one check open for each escalation level, one report late, one check in progress', () => {
  const open = org.checks.filter((check) => check.fate.is === 'open').map((check) => daysBetween(check.dueOn, TODAY));
  expect(open.some((days) => days >= 10)).toBe(true); // steering committee (after 10 days)
  expect(open.some((days) => days >= 3 && days < 10)).toBe(true); // ISMS manager
  expect(open.some((days) => days < 3)).toBe(true); // owner
  const unsent = org.checks.filter((check) => check.fate.is === 'done' && check.fate.reportSentOn === null && daysBetween(check.dueOn, TODAY) >= 8);
  expect(unsent.length).toBeGreaterThan(0);
  const started = org.checks.filter((check) => check.fate.is === 'in_progress');
  expect(started).toHaveLength(1);
  expect(started[0]?.dueOn !== undefined && started[0].dueOn >= TODAY).toBe(true);
  expect(org.checks.filter((check) => check.dueOn >= TODAY && check.fate.is !== 'in_progress')).toEqual([]); // the sweep's to create
});

it('records the checks that found the monitoring-check findings as not conforming', () => {
  const fromChecks = org.findings.filter((record) => record.finding.source === 'monitoring_check');
  expect(fromChecks.length).toBeGreaterThan(3);
  for (const { finding } of fromChecks) {
    const itemId = finding.sourceRef?.split('@')[0];
    const found = org.checks.find((check) => check.item.id === itemId && check.fate.is === 'done' && check.fate.findingsSummary === finding.title);
    expect(found?.fate).toMatchObject({ outcome: expect.stringMatching(/^(nonconforming|partially_conforming)$/) as unknown });
  }
});

it('writes each as the app would: its clause9 property passes the check schema, its fields match its state', () => {
  for (const check of org.checks) {
    const issue = checkIssueInput(check, org.calendar, org.settings.reportDeadlineWorkingDays);
    const property = issue.properties?.clause9 as { id: string; status: string; state: unknown; history: unknown[] };
    expect(monitoringCheckSchema.safeParse(property.state).error).toBeUndefined();
    expect(property.id).toBe(key(check));
    expect(issue.status).toBe({ done: 'Done', in_progress: 'In Progress', open: 'To Do' }[check.fate.is]);
    const reportDueOn = issue.customFields?.['report-due-date'];
    expect(typeof reportDueOn === 'string' && reportDueOn > check.dueOn).toBe(true);
    expect(issue.customFields?.['check-outcome'] !== undefined).toBe(check.fate.is === 'done');
    if (check.fate.is === 'done' && check.fate.reportSentOn !== null) expect(issue.customFields?.['report-sent-date']).toBe(check.fate.reportSentOn);
    expect(typeof issue.created === 'string' && issue.created < addDays(TODAY, 1)).toBe(true);
  }
});

it('resolves a done check when it was completed, not when its report was sent later (the schedule reads done-on from it)', () => {
  const sentLater = org.checks.filter((check) => check.fate.is === 'done' && check.fate.reportSentOn !== null && check.fate.reportSentOn > check.fate.completedOn);
  expect(sentLater.length).toBeGreaterThan(0);
  for (const check of sentLater) {
    const issue = checkIssueInput(check, org.calendar, org.settings.reportDeadlineWorkingDays);
    expect(String(issue.resolved).slice(0, 10)).toBe(check.fate.is === 'done' ? check.fate.completedOn : '');
    expect(String(issue.updated) > String(issue.resolved)).toBe(true);
  }
});
