// The whole local stack on a fresh data dir, on the demo's "today" (2026-11-22): the Northwind ISMS must reach the
// app through its own code paths, so every feature has data on first start — asked of the app itself (its resolvers,
// as the demo people) and of Jira (JQL as a user). A restart on the same data must not seed again.
import { principalHeader } from '../../../local/jira';
import { buildDemoOrganisation, ID } from '../../../local/seed';
import { appCaller } from '../../../local/seed/app/app-caller';
import { splitCsv, uploadCsv } from '../../../local/seed/app/csv-upload';
import { MATRIX_IMPORT, matrixCsv } from '../../../local/seed/app/matrix-and-kpis-port';
import type { LocalStack } from '../../../local/stack/start-local-stack';
import { okData } from '../../integration/stack';
import { runOnDemoDay } from '../host/demo-clock';
import { DEMO_TODAY, startTestStack, tempDataDir } from '../host/local-stack-fixture';

jest.setTimeout(90_000);

const data = tempDataDir();
let stack: LocalStack;

beforeAll(async () => {
  runOnDemoDay();
  stack = await startTestStack(data.dir);
});

afterAll(async () => {
  await stack.close();
  jest.useRealTimers();
  data.remove();
});

const invoke = async (moduleKey: string, functionKey: string, payload: unknown = {}, accountId: string = ID.ismsManager): Promise<unknown> =>
  okData(await stack.forge.invokeResolver({ moduleKey, functionKey, payload, accountId }));

async function jql(jqlText: string, accountId: string = ID.ismsManager): Promise<string[]> {
  const keys: string[] = [];
  let nextPageToken: string | undefined;
  do {
    const response = await fetch(`${stack.jira.url}/rest/api/3/search/jql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [principalHeader]: `user:${accountId}` },
      body: JSON.stringify({ jql: jqlText, maxResults: 100, fields: ['summary'], ...(nextPageToken === undefined ? {} : { nextPageToken }) }),
    });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { issues: { key: string }[]; nextPageToken?: string };
    keys.push(...page.issues.map((issue) => issue.key));
    nextPageToken = page.nextPageToken;
  } while (nextPageToken !== undefined);
  return keys;
}

it('loads every part of the demo through the app and leaves nothing pending', () => {
  expect(stack.seededNow).toBe(true);
  expect(stack.seedReport?.pending).toEqual([]);
  expect(stack.seedReport?.loaded).toHaveLength(9);
  expect(stack.seedReport?.loaded[0]).toBe('setup and settings');
  expect(stack.seedReport?.loaded.at(-1)).toBe('daily sweep');
});

it('has the monitoring matrix: about 40 active items, a draft and a retired one', async () => {
  const matrix = (await invoke('clause9-isms', 'matrix/list', {}, ID.auditor)) as { counts: Record<string, number>; items: unknown[] };
  expect(matrix.counts).toEqual({ draft: 1, active: 40, retired: 1 });
  expect(matrix.items).toHaveLength(42);
});

it('takes the matrix again in parts, as a 2,000-row file would go, and changes nothing', async () => {
  const csv = matrixCsv(buildDemoOrganisation(DEMO_TODAY).monitoringItems);
  const limits = { single: 4_000, part: 6_000 };
  expect(splitCsv(csv, limits.part).length).toBeGreaterThan(2);
  const report = await uploadCsv(appCaller(stack.forge), 'ismsManager', MATRIX_IMPORT, csv, limits);
  expect(report).toMatchObject({ applied: true, rows: 42, summary: { create: 0, update: 0, activate: 0, retire: 0, unchanged: 42 } });
});

it('has 7 KPIs with 18 months of measurements', async () => {
  const kpis = (await invoke('clause9-isms', 'kpis/list')) as { kpi: { definition: { id: string } } }[];
  expect(kpis.map((kpi) => kpi.kpi.definition.id).sort()).toEqual(['KPI-AWARE', 'KPI-CA', 'KPI-CHK', 'KPI-INC', 'KPI-MTTR', 'KPI-PATCH', 'KPI-PHISH']);
  const incidents = (await invoke('clause9-isms', 'measurements/export-csv', { kpiId: 'KPI-INC' })) as { rows: number; csv: string };
  expect(incidents.rows).toBe(18);
  expect(incidents.csv).toContain('KPI-INC,2025-05-01');
  expect(incidents.csv).toContain('KPI-INC,2026-10-01');
});

it('has findings in every state of the 10.2 loop, walked or imported through the finding panel', async () => {
  const keys = await jql('project = ISMS AND issuetype = Finding AND issue.property[clause9].kind = "finding" ORDER BY key');
  expect(keys).toHaveLength(15);
  const statuses = new Set<string>();
  for (const issueKey of keys) {
    const view = (await invoke('clause9-finding-panel', 'finding/get', { issueKey })) as { finding: { status: string } };
    statuses.add(view.finding.status);
  }
  const loop = ['open', 'contained', 'root_cause_analysed', 'corrective_action_planned', 'actions_implemented', 'effectiveness_review', 'closed', 'reopened'];
  for (const status of [...loop, 'action_planned']) expect(statuses).toContain(status);
  // Raised through `findings/raise` by the person who found it: the app's own request-id based finding ids.
  expect(await jql('project = ISMS AND issue.property[clause9].id = "finding:northwind-NC-008"')).toHaveLength(1);
});

it('has a Finding issue an engineer created in Jira itself, waiting to be recorded from its panel', async () => {
  const keys = await jql('project = ISMS AND issuetype = Finding AND issue.property[clause9].kind IS EMPTY');
  expect(keys).toHaveLength(1);
  expect(await invoke('clause9-finding-panel', 'finding/recordable', { issueKey: keys[0] })).toMatchObject({ recordable: true, canEdit: true, needsDescription: false });
});

it('has corrective actions planned, in progress, implemented and cancelled', async () => {
  expect(await jql('project = ISMS AND issuetype = "Corrective action"')).toHaveLength(13);
  for (const status of ['planned', 'in_progress', 'implemented', 'cancelled']) {
    expect((await jql(`project = ISMS AND issuetype = "Corrective action" AND issue.property[clause9].status = "${status}"`)).length).toBeGreaterThan(0);
  }
});

it('has the audit programme with reported, running, planned and cancelled audits', async () => {
  const programme = (await invoke('clause9-isms', 'programme/get')) as { audits: { status: string; jiraIssueKey: string | null }[]; conflicts: unknown[] };
  expect(programme.audits).toHaveLength(21);
  expect(new Set(programme.audits.map((audit) => audit.status))).toEqual(new Set(['reported', 'in_progress', 'planned', 'cancelled']));
  expect(programme.audits.filter((audit) => audit.jiraIssueKey !== null)).toHaveLength(17); // started or reported
  expect(programme.conflicts).toEqual([]); // the auditors own nothing they audit
});

it('has the last management review, published with a SHA-256 hash', async () => {
  const review = (await invoke('clause9-isms', 'reviews/get', { reviewId: 'MR-07' })) as { review: { status: string; heldOn: string } };
  expect(review.review).toMatchObject({ status: 'published', heldOn: '2026-06-25' });
  const versions = (await invoke('clause9-isms', 'reviews/published', { reviewId: 'MR-07' }, ID.ceo)) as { version: number; hashAlgorithm: string }[];
  expect(versions).toEqual([expect.objectContaining({ version: 1, hashAlgorithm: 'SHA-256' })]);
  expect(await jql('project = ISMS AND issuetype = "Review action" AND statusCategory = Done')).toHaveLength(2);
  // Published is the review's last step, so its issue is Done in Jira too.
  expect(await jql('project = ISMS AND issuetype = "Management review" AND statusCategory = Done')).toHaveLength(1);
});

it('has monitoring checks as Jira issues: a year done, today’s scheduled, late ones escalated', async () => {
  expect((await jql('project = ISMS AND issuetype = "Monitoring check" AND statusCategory = Done')).length).toBeGreaterThan(400);
  expect((await jql('project = ISMS AND issuetype = "Monitoring check" AND statusCategory != Done AND duedate >= "2026-11-22"')).length).toBeGreaterThan(0);
  for (const level of [1, 2, 3]) expect((await jql(`project = ISMS AND issuetype = "Monitoring check" AND "Escalation level" = ${level}`)).length).toBeGreaterThan(0);
});

it('answers every gadget from filled read models', async () => {
  const overdue = (await invoke('clause9-overdue-gadget', 'gadget/overdue')) as { today: string; items: { escalationLevel: number }[] };
  expect(overdue.today).toBe(DEMO_TODAY);
  expect(new Set(overdue.items.map((item) => item.escalationLevel))).toEqual(new Set([1, 2, 3]));
  const coverage = (await invoke('clause9-coverage-gadget', 'gadget/coverage')) as { rows: { lastCheckedOn: string | null; auditedInCurrentCycle: boolean }[] };
  expect(coverage.rows.filter((row) => row.lastCheckedOn !== null).length).toBeGreaterThan(20);
  expect(coverage.rows.some((row) => row.auditedInCurrentCycle)).toBe(true);
  const kpis = (await invoke('clause9-kpi-gadget', 'gadget/kpi-trends', {}, ID.ceo)) as { kpis: { latest: unknown }[] };
  expect(kpis.kpis).toHaveLength(7);
});

it('does not seed again on a restart: same issues, same matrix, the data kept', async () => {
  const before = await jql('project = ISMS ORDER BY key');
  await stack.close();
  stack = await startTestStack(data.dir);
  expect(stack.seededNow).toBe(false);
  expect(stack.seedReport).toBeUndefined();
  expect(await jql('project = ISMS ORDER BY key')).toEqual(before);
  const matrix = (await invoke('clause9-isms', 'matrix/list')) as { items: unknown[] };
  expect(matrix.items).toHaveLength(42);
  expect(((await invoke('clause9-isms', 'measurements/export-csv')) as { rows: number }).rows).toBe(112);
});
