// Jira stand-in at scale: 100,000 issues (admin bulk insert, not HTTP), then the stand-in's start-up on that data
// (SQLite → in-memory documents) and ten typical JQL searches over HTTP, p50/p95 per query.
// Alone: `npx tsx bench/jira-standin.ts`; with the others: `npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startJiraStandIn, type AdminIssueInput, type JiraStandIn } from '../local/jira';
import type { BenchResult } from './bench-result';

const ISSUES = 100_000;
const BATCH = 10_000;
const WARM_UP = 3;
const RUNS = 25;
const RESTARTS = 3;
const NOW = new Date('2026-03-02T09:00:00.000Z');
const manifestPath = join(__dirname, '../tests/local/jira/fixtures/manifest.yml');
const projects = ['ISMS', 'OPS', 'ENG', 'HR'];
const statuses = ['To Do', 'In Progress', 'Done', 'Done'];
const users = Array.from({ length: 20 }, (_, index) => `user-${index}`);
const kinds = ['Major nonconformity', 'Minor nonconformity', 'Observation', 'Opportunity for improvement'];

const queries: readonly { name: string; jql: string; fields: string[]; maxResults?: number; as?: string }[] = [
  { name: 'open ISMS work by due date', jql: 'project = ISMS AND statusCategory != Done ORDER BY duedate ASC', fields: ['summary', 'status', 'duedate', 'assignee'] },
  { name: 'overdue checks', jql: 'project = ISMS AND duedate < now() AND statusCategory != Done ORDER BY duedate ASC', fields: ['summary', 'duedate'] },
  { name: 'my open issues (asUser)', jql: 'assignee = currentUser() AND resolution = EMPTY ORDER BY updated DESC', fields: ['summary', 'status'], as: 'user:user-3' },
  { name: 'by control reference', jql: '"Control reference" = "A.5.19" ORDER BY created DESC', fields: ['summary', 'customfield_10000'] },
  { name: 'major findings last 90 days', jql: 'Finding.kind = "Major nonconformity" AND created >= -90d ORDER BY created DESC', fields: ['summary', 'customfield_10005'] },
  { name: 'labels + type', jql: 'labels in (a5, a8) AND issuetype = Task ORDER BY created DESC', fields: ['summary', 'labels'] },
  { name: 'text search', jql: 'text ~ "supplier" ORDER BY key ASC', fields: ['summary'] },
  { name: 'entity property lookup', jql: 'issue.property[clause9].stableId = "chk-4242"', fields: ['summary'] },
  { name: 'sweep: keys updated since last month (5,000/page)', jql: 'project in (ISMS, OPS) AND updated >= startOfMonth(-1) ORDER BY key ASC', fields: ['key'], maxResults: 5000 },
  { name: 'low scores due this week', jql: '"Check score" < 50 AND "Check due" <= endOfWeek() ORDER BY "Check score" ASC', fields: ['summary', 'customfield_10001'] },
];

function issueAt(index: number): AdminIssueInput {
  const project = projects[index % projects.length] ?? 'ISMS';
  const day = (n: number): string => new Date(NOW.getTime() - n * 86_400_000).toISOString();
  const due = new Date(NOW.getTime() + ((index % 120) - 60) * 86_400_000).toISOString().slice(0, 10);
  return {
    projectKey: project,
    issueType: index % 10 === 0 ? 'Epic' : 'Task',
    summary: `${index % 7 === 0 ? 'Supplier' : 'Access'} review ${index} for control A.${5 + (index % 4)}.${index % 37}`,
    description: index % 3 === 0 ? `Evidence collected for run ${index}. Reviewed by the ISMS team.` : undefined,
    status: statuses[index % statuses.length],
    assigneeAccountId: users[index % users.length] ?? null,
    reporterAccountId: users[(index + 7) % users.length] ?? null,
    created: day(index % 730),
    updated: day(index % 60),
    duedate: due,
    labels: [`a${5 + (index % 4)}`, index % 2 === 0 ? 'quarterly' : 'monthly'],
    customFields: {
      'clause9-control-ref': `A.${5 + (index % 4)}.${index % 37}`,
      'clause9-check-score': index % 101,
      'clause9-owner': { accountId: users[(index + 3) % users.length] ?? 'user-0' },
      'clause9-due-on': due,
      'clause9-tags': ['iso27001', `cycle-${index % 12}`],
      ...(index % 5 === 0 ? { 'clause9-finding': { kind: kinds[index % kinds.length] ?? 'Observation', severity: index % 4, raisedBy: users[index % users.length] } } : {}),
    },
    properties: { clause9: { stableId: `chk-${index}`, version: 1 } },
  };
}

export function seed(standIn: JiraStandIn): number {
  for (const accountId of users) standIn.admin.createUser({ accountId, displayName: `User ${accountId}` });
  for (const key of projects) {
    standIn.admin.createProject({ key, name: `Project ${key}` });
    standIn.admin.grantRole(key, 'Member', { groupName: 'jira-users' });
  }
  const started = performance.now();
  for (let offset = 0; offset < ISSUES; offset += BATCH) {
    standIn.admin.createIssues(Array.from({ length: Math.min(BATCH, ISSUES - offset) }, (_, index) => issueAt(offset + index)));
  }
  return performance.now() - started;
}

async function search(standIn: JiraStandIn, query: (typeof queries)[number]): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${standIn.url}/rest/api/3/search/jql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-clause9-principal': query.as ?? 'app' },
    body: JSON.stringify({ jql: query.jql, fields: query.fields, maxResults: query.maxResults ?? 50 }),
  });
  const body = (await response.json()) as { issues?: unknown[] };
  if (response.status !== 200 || body.issues === undefined) throw new Error(`${query.name}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  return performance.now() - started;
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
};

export async function run(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jira-standin-bench-'));
  const options = { dataDir, manifestPath, now: () => NOW };
  const results: BenchResult[] = [];
  try {
    let standIn = await startJiraStandIn(options);
    const insertMs = seed(standIn);
    results.push({ name: `admin bulk insert of ${ISSUES.toLocaleString('en')} issues`, value: insertMs, unit: 'ms' });
    const startups: number[] = [];
    const rebuilds: number[] = [];
    for (let restart = 0; restart < RESTARTS; restart += 1) {
      await standIn.close();
      const started = performance.now();
      standIn = await startJiraStandIn(options);
      startups.push(performance.now() - started);
      rebuilds.push(standIn.startupMs);
    }
    results.push({ name: `start-up with ${ISSUES.toLocaleString('en')} issues stored (median of ${RESTARTS}, until listening)`, value: percentile(startups, 0.5), unit: 'ms', target: '< 5000' });
    results.push({ name: 'of which SQLite → in-memory documents', value: percentile(rebuilds, 0.5), unit: 'ms' });
    for (const query of queries) {
      for (let index = 0; index < WARM_UP; index += 1) await search(standIn, query);
      const times: number[] = [];
      for (let index = 0; index < RUNS; index += 1) times.push(await search(standIn, query));
      results.push({ name: `JQL p50: ${query.name}`, value: percentile(times, 0.5), unit: 'ms', target: '< 200' });
      results.push({ name: `JQL p95: ${query.name}`, value: percentile(times, 0.95), unit: 'ms' });
    }
    await standIn.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1]?.endsWith('jira-standin.ts')) {
  void run().then((results) => {
    console.table(results.map((result) => ({ figure: result.name, value: Number(result.value.toFixed(2)), unit: result.unit, target: result.target ?? '' })));
  });
}
