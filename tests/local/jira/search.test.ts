// Enhanced JQL search: nextPageToken pages, page-size rules, bounded queries, approximate count, /jql/parse, and
// the legacy /search that Jira Cloud answers with 410.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';

import type { AdminIssueInput } from '../../../local/jira';
import { at, seedOrganisation, startHarness, type Harness } from './stand-in-harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness({ now: () => new Date('2026-03-02T09:00:00.000Z') });
  seedOrganisation(harness.standIn);
});

afterEach(async () => {
  expect(harness.responseViolations).toEqual([]);
  await harness.close();
});

function bulk(count: number, overrides: (index: number) => Partial<AdminIssueInput> = () => ({})): void {
  harness.standIn.admin.createIssues(
    Array.from({ length: count }, (_, index) => ({ projectKey: 'ISMS', issueType: 'Task', summary: `Check ${index}`, created: new Date(Date.UTC(2026, 0, 1, 0, index)), ...overrides(index) })),
  );
}

const issuesOf = (body: unknown): unknown[] => at(body, 'issues') as unknown[];

describe('pages', () => {
  test('given 120 issues, pages of 50 chain through nextPageToken, without duplicates and without a total', async () => {
    bulk(120);
    const alice = harness.as('user:alice');
    const seen: unknown[] = [];
    let token: string | undefined;
    const pageSizes: number[] = [];
    for (;;) {
      const reply = await alice.post('/rest/api/3/search/jql', { jql: 'project = ISMS ORDER BY created ASC', fields: ['key'], ...(token === undefined ? {} : { nextPageToken: token }) });
      expect(reply.status).toBe(200);
      expect(at(reply.body, 'total')).toBeUndefined();
      pageSizes.push(issuesOf(reply.body).length);
      seen.push(...issuesOf(reply.body).map((issue) => at(issue, 'key')));
      token = at(reply.body, 'nextPageToken') as string | undefined;
      expect(at(reply.body, 'isLast')).toBe(token === undefined);
      if (token === undefined) break;
    }
    expect(pageSizes).toEqual([50, 50, 20]);
    expect(seen).toEqual(Array.from({ length: 120 }, (_, index) => `ISMS-${index + 1}`));
  });

  test('GET with query parameters pages the same way; a token from another query is refused', async () => {
    bulk(3);
    const alice = harness.as('user:alice');
    const first = await alice.get('/rest/api/3/search/jql?jql=project%20%3D%20ISMS&maxResults=2&fields=key');
    const token = String(at(first.body, 'nextPageToken'));
    const second = await alice.get(`/rest/api/3/search/jql?jql=project%20%3D%20ISMS&maxResults=2&fields=key&nextPageToken=${token}`);
    expect(issuesOf(second.body)).toHaveLength(1);
    expect(at(second.body, 'isLast')).toBe(true);
    const foreign = await alice.get(`/rest/api/3/search/jql?jql=project%20%3D%20OPS&nextPageToken=${token}`);
    expect(foreign.status).toBe(400);
  });

  test('by default only ids come back; fields=*navigable brings fields', async () => {
    bulk(1);
    const alice = harness.as('user:alice');
    const ids = await alice.post('/rest/api/3/search/jql', { jql: 'project = ISMS' });
    expect(issuesOf(ids.body)).toEqual([{ id: '10000' }]);
    const full = await alice.post('/rest/api/3/search/jql', { jql: 'project = ISMS', fields: ['*navigable'], expand: 'names' });
    expect(at(full.body, 'issues', 0, 'fields', 'summary')).toBe('Check 0');
    expect(at(full.body, 'names', 'summary')).toBe('Summary');
  });
});

describe('page-size rules', () => {
  test.each([
    [['summary'], 500, 100],
    [['key'], 6000, 5000],
    [['id'], 6000, 5000],
    [['key', 'summary'], 6000, 100],
    [[], 80, 80],
  ])('fields %j with maxResults %i return %i issues', async (fields, maxResults, expected) => {
    bulk(6001);
    const reply = await harness.as('app').post('/rest/api/3/search/jql', { jql: 'project = ISMS', fields, maxResults });
    expect(issuesOf(reply.body)).toHaveLength(expected);
    expect(typeof at(reply.body, 'nextPageToken')).toBe('string');
  });

  test('maxResults defaults to 50 and must be positive', async () => {
    bulk(60);
    expect(issuesOf((await harness.as('app').get('/rest/api/3/search/jql?jql=project=ISMS')).body)).toHaveLength(50);
    expect((await harness.as('app').post('/rest/api/3/search/jql', { jql: 'project = ISMS', maxResults: 0 })).status).toBe(400);
  });
});

describe('queries Jira refuses', () => {
  test.each(['', 'ORDER BY created DESC'])('unbounded JQL %j → 400', async (jql) => {
    const reply = await harness.as('app').post('/rest/api/3/search/jql', { jql });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({ errorMessages: ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'], errors: {} });
    expect((await harness.as('app').post('/rest/api/3/search/approximate-count', { jql })).status).toBe(400);
  });

  test('a JQL error answers 400 with the engine\u2019s messages', async () => {
    const reply = await harness.as('app').post('/rest/api/3/search/jql', { jql: 'nosuchfield = 1' });
    expect(reply.status).toBe(400);
    expect((at(reply.body, 'errorMessages') as string[]).length).toBeGreaterThan(0);
  });

  test('the legacy /rest/api/3/search answers 410 Gone', async () => {
    const reply = await harness.as('app').get('/rest/api/3/search?jql=project%3DISMS');
    expect(reply.status).toBe(410);
    expect(String(at(reply.body, 'errorMessages', 0))).toContain('/rest/api/3/search/jql');
    expect((await harness.as('app').post('/rest/api/3/search', { jql: 'project = ISMS' })).status).toBe(410);
  });
});

describe('counting and parsing', () => {
  test('approximate-count counts what the caller may see', async () => {
    bulk(7, (index) => ({ labels: index < 3 ? ['a8'] : [] }));
    expect((await harness.as('app').post('/rest/api/3/search/approximate-count', { jql: 'labels = a8' })).body).toEqual({ count: 3 });
    expect((await harness.as('user:carol').post('/rest/api/3/search/approximate-count', { jql: 'labels = a8' })).body).toEqual({ count: 0 });
  });

  test('/jql/parse returns the structure, or errors under strict validation', async () => {
    const reply = await harness.as('app').post('/rest/api/3/jql/parse', { queries: ['project = ISMS ORDER BY duedate', 'nosuchfield = 1'] });
    expect(reply.status).toBe(200);
    expect(at(reply.body, 'queries', 0, 'structure', 'where', 'field', 'name')).toBe('project');
    expect(at(reply.body, 'queries', 1, 'structure')).toBeUndefined();
    expect((at(reply.body, 'queries', 1, 'errors') as string[]).length).toBeGreaterThan(0);
    expect((await harness.as('app').post('/rest/api/3/jql/parse?validation=sometimes', { queries: ['a = b'] })).status).toBe(400);
  });

  test('currentUser(), due dates and status categories evaluate for the calling user', async () => {
    bulk(4, (index) => ({ assigneeAccountId: index % 2 === 0 ? 'alice' : 'bob', duedate: index < 2 ? '2026-03-01' : '2026-04-01', status: index === 0 ? 'Done' : 'To Do' }));
    const keys = async (jql: string): Promise<unknown[]> => issuesOf((await harness.as('user:alice').post('/rest/api/3/search/jql', { jql, fields: ['key'] })).body).map((issue) => at(issue, 'key'));
    expect(await keys('assignee = currentUser() ORDER BY key ASC')).toEqual(['ISMS-1', 'ISMS-3']);
    expect(await keys('duedate < now() AND statusCategory != Done')).toEqual(['ISMS-2']);
  });
});

test('a first page is evaluated afresh each time: relative dates move even when the data does not', async () => {
  let now = new Date('2026-03-02T09:00:00.000Z');
  await harness.close();
  harness = await startHarness({ now: () => now });
  seedOrganisation(harness.standIn);
  harness.standIn.admin.createIssues([{ projectKey: 'ISMS', issueType: 'Task', summary: 'due tomorrow', duedate: '2026-03-03' }]);
  const overdue = async (): Promise<number> => issuesOf((await harness.as('app').post('/rest/api/3/search/jql', { jql: 'duedate < now()', fields: ['key'], maxResults: 500 })).body).length;
  expect(await overdue()).toBe(0);
  now = new Date('2026-03-04T09:00:00.000Z');
  expect(await overdue()).toBe(1);
});
