// What the cloud platform adds around the REST API: manifest scopes (401 "scope does not match"), 404 for
// operations the stand-in lacks, the points budget (429 + Retry-After) and injected faults (5xx, latency).
import { afterEach, describe, expect, test } from '@jest/globals';

import { at, createIssue, manifestWithScopes, seedOrganisation, startHarness, type Harness } from './stand-in-harness';

let harness: Harness | undefined;

afterEach(async () => {
  expect(harness?.responseViolations).toEqual([]);
  await harness?.close();
  harness = undefined;
});

describe('scopes', () => {
  test('without write:jira-work a create answers 401 "scope does not match"; reads still work', async () => {
    harness = await startHarness({ manifestPath: manifestWithScopes(['read:jira-work', 'read:jira-user']) });
    seedOrganisation(harness.standIn);
    const reply = await harness.as('app').post('/rest/api/3/issue', { fields: { project: { key: 'ISMS' }, issuetype: { name: 'Task' }, summary: 'x' } });
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ code: 401, message: 'Unauthorized; scope does not match' });
    expect((await harness.as('app').get('/rest/api/3/project')).status).toBe(200);
    expect((await harness.as('user:alice').get('/rest/api/3/group/member?groupname=jira-users')).status).toBe(401);
  });

  test('a granular (Beta) scope group satisfies an operation too', async () => {
    harness = await startHarness({ manifestPath: manifestWithScopes(['read:jira-user', 'read:project:jira', 'read:issue-type:jira', 'read:project.property:jira', 'read:user:jira', 'read:application-role:jira', 'read:avatar:jira', 'read:group:jira', 'read:issue-type-hierarchy:jira', 'read:project-category:jira', 'read:project-version:jira', 'read:project.component:jira']) });
    expect((await harness.as('app').get('/rest/api/3/project')).status).toBe(200);
    expect((await harness.as('app').get('/rest/api/3/field')).status).toBe(401);
  });

  test('app field writes need no classic scope (the document lists none)', async () => {
    harness = await startHarness({ manifestPath: manifestWithScopes(['read:jira-work']) });
    seedOrganisation(harness.standIn);
    const [issue] = harness.standIn.admin.createIssues([{ projectKey: 'ISMS', issueType: 'Task', summary: 'x' }]);
    const field = harness.standIn.admin.customFieldId('clause9-control-ref');
    expect((await harness.as('app').put(`/rest/api/3/app/field/${field}/value`, { updates: [{ issueIds: [Number(issue?.id)], value: 'A.5.1' }] })).status).toBe(204);
  });
});

describe('routes', () => {
  test('an operation Jira has but the stand-in lacks answers 404 saying so; an unknown path says it is not Jira', async () => {
    harness = await startHarness();
    const missing = await harness.as('app').get('/rest/api/3/dashboard');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-clause9-stand-in')).toBe('not-implemented');
    expect(String(at(missing.body, 'errorMessages', 0))).toContain('does not implement GET /rest/api/3/dashboard (operationId getAllDashboards)');
    const unknown = await harness.as('app').get('/rest/api/3/no/such/thing');
    expect(unknown.status).toBe(404);
    expect(String(at(unknown.body, 'errorMessages', 0))).toContain('No Jira Cloud REST operation matches');
    expect((await harness.as('app').put('/rest/api/3/issueLinkType')).status).toBe(405);
  });

  test('malformed JSON answers 400', async () => {
    harness = await startHarness();
    const reply = await harness.as('app').post('/rest/api/3/search/jql', '{"jql": ');
    expect(reply.status).toBe(400);
    expect(String(at(reply.body, 'errorMessages', 0))).toContain('Invalid JSON');
  });
});

describe('points budget', () => {
  test('GET costs 1 + objects, writes 1; over budget Jira answers 429 with Retry-After until the hour rolls', async () => {
    let now = new Date('2026-03-02T09:00:00.000Z');
    harness = await startHarness({ now: () => now, pointsPerHour: 10 });
    seedOrganisation(harness.standIn);
    harness.standIn.admin.createIssues(Array.from({ length: 4 }, (_, index) => ({ projectKey: 'ISMS', issueType: 'Task', summary: `s${index}` })));
    const app = harness.as('app');
    const first = await app.get('/rest/api/3/search/jql?jql=project%3DISMS');
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-remaining')).toBe('5');
    expect(harness.standIn.stats().points).toBe(5);
    await createIssue(app, {});
    await createIssue(app, {});
    expect((await app.get('/rest/api/3/issue/ISMS-1')).status).toBe(200); // 9 of 10 points used
    expect((await app.get('/rest/api/3/issue/ISMS-1')).status).toBe(200); // allowed while under budget: now 11
    const limited = await app.get('/rest/api/3/issue/ISMS-1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3600');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('10');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-ratelimit-reset')).toBe('2026-03-02T10:00Z');
    expect(limited.headers.get('ratelimit-reason')).toBe('jira-quota-global-based');
    now = new Date('2026-03-02T09:59:30.000Z');
    expect((await app.get('/rest/api/3/issue/ISMS-1')).headers.get('retry-after')).toBe('30');
    now = new Date('2026-03-02T10:00:00.000Z');
    expect((await app.get('/rest/api/3/issue/ISMS-1')).status).toBe(200);
    harness.standIn.setPointsPerHour(undefined);
    expect((await app.get('/rest/api/3/issue/ISMS-1')).headers.get('x-ratelimit-limit')).toBeNull();
  });

  test('stats count requests, points and routes; resetStats clears them', async () => {
    harness = await startHarness();
    await harness.as('app').get('/rest/api/3/issuetype');
    await harness.as('app').get('/rest/api/3/issuetype');
    expect(harness.standIn.stats()).toEqual({ requests: 2, points: 8, byRoute: { 'GET /rest/api/3/issuetype': 2 } });
    harness.standIn.resetStats();
    expect(harness.standIn.stats()).toEqual({ requests: 0, points: 0, byRoute: {} });
  });
});

describe('faults', () => {
  test('the next N matching requests get the injected 5xx, then the stand-in answers normally', async () => {
    harness = await startHarness();
    harness.standIn.setFaults({ rules: [{ method: 'GET', path: '/rest/api/3/issuetype', status: 503, times: 2 }] });
    const app = harness.as('app');
    expect((await app.get('/rest/api/3/issuetype')).status).toBe(503);
    expect((await app.get('/rest/api/3/field')).status).toBe(200);
    expect((await app.get('/rest/api/3/issuetype')).status).toBe(503);
    expect((await app.get('/rest/api/3/issuetype')).status).toBe(200);
  });

  test('latency faults delay matching requests by operationId or template', async () => {
    harness = await startHarness();
    seedOrganisation(harness.standIn);
    harness.standIn.setFaults({ rules: [{ operationId: 'getIssue', latencyMs: 300 }, { path: /\/myself$/, status: 500, times: Infinity }] });
    harness.standIn.admin.createIssues([{ projectKey: 'ISMS', issueType: 'Task', summary: 'slow' }]);
    const started = Date.now();
    expect((await harness.as('app').get('/rest/api/3/issue/ISMS-1')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect((await harness.as('app').get('/rest/api/3/myself')).status).toBe(500);
    expect((await harness.as('app').get('/rest/api/3/myself')).status).toBe(500);
    harness.standIn.setFaults(undefined);
    expect((await harness.as('app').get('/rest/api/3/myself')).status).toBe(200);
    expect(() => {
      harness?.standIn.setFaults({ rules: [{ status: 404 }] });
    }).toThrow('5xx');
  });
});
