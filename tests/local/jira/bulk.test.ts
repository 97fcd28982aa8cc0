// Bulk endpoints: POST /issue/bulk (≤ 50, per-element errors, 201 when any succeeded) and POST /issue/bulkfetch (≤ 100).
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';

import { at, seedOrganisation, startHarness, type Harness } from './stand-in-harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
  seedOrganisation(harness.standIn);
});

afterEach(async () => {
  expect(harness.responseViolations).toEqual([]);
  await harness.close();
});

const issueUpdate = (summary: string | undefined): unknown => ({ fields: { project: { key: 'ISMS' }, issuetype: { name: 'Task' }, ...(summary === undefined ? {} : { summary }) } });

describe('bulk create', () => {
  test('50 issues are created in one call with consecutive keys and one created event each', async () => {
    const reply = await harness.as('app').post('/rest/api/3/issue/bulk', { issueUpdates: Array.from({ length: 50 }, (_, index) => issueUpdate(`Check ${index}`)) });
    expect(reply.status).toBe(201);
    expect((at(reply.body, 'issues') as unknown[]).map((issue) => at(issue, 'key'))).toEqual(Array.from({ length: 50 }, (_, index) => `ISMS-${index + 1}`));
    expect(at(reply.body, 'errors')).toEqual([]);
    expect(harness.events.filter((event) => event.eventType === 'avi:jira:created:issue')).toHaveLength(50);
  });

  test('51 issues are refused with 400 and nothing is created', async () => {
    const reply = await harness.as('app').post('/rest/api/3/issue/bulk', { issueUpdates: Array.from({ length: 51 }, (_, index) => issueUpdate(`Check ${index}`)) });
    expect(reply.status).toBe(400);
    expect(String(at(reply.body, 'errors', 0, 'elementErrors', 'errorMessages', 0))).toContain('at most 50');
    expect(harness.standIn.admin.issueCount()).toBe(0);
  });

  test('invalid elements are reported with failedElementNumber while the valid ones are created (201)', async () => {
    const reply = await harness.as('app').post('/rest/api/3/issue/bulk', { issueUpdates: [issueUpdate('ok'), issueUpdate(undefined), issueUpdate('also ok')] });
    expect(reply.status).toBe(201);
    expect((at(reply.body, 'issues') as unknown[]).map((issue) => at(issue, 'key'))).toEqual(['ISMS-1', 'ISMS-2']);
    expect(at(reply.body, 'errors')).toEqual([{ status: 400, elementErrors: { errorMessages: [], errors: { summary: 'You must specify a summary of the issue.' } }, failedElementNumber: 1 }]);
  });

  test('when every element fails the answer is 400 with the element errors', async () => {
    const reply = await harness.as('user:carol').post('/rest/api/3/issue/bulk', { issueUpdates: [issueUpdate('no access')] });
    expect(reply.status).toBe(400);
    expect(at(reply.body, 'issues')).toEqual([]);
    expect(at(reply.body, 'errors', 0, 'elementErrors', 'errors', 'project')).toBe('Specify a valid project ID or key');
  });
});

describe('bulk fetch', () => {
  test('returns visible issues with *navigable fields by default and skips unknown or hidden ones silently', async () => {
    harness.standIn.admin.createIssues([
      { projectKey: 'ISMS', issueType: 'Task', summary: 'visible' },
      { projectKey: 'OPS', issueType: 'Task', summary: 'hidden from bob' },
    ]);
    const reply = await harness.as('user:bob').post('/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: ['ISMS-1', 'OPS-1', 'NOPE-9', '10000'] });
    expect(reply.status).toBe(200);
    expect((at(reply.body, 'issues') as unknown[]).map((issue) => at(issue, 'key'))).toEqual(['ISMS-1', 'ISMS-1']);
    expect(at(reply.body, 'issues', 0, 'fields', 'summary')).toBe('visible');
    expect(at(reply.body, 'issueErrors')).toEqual([]);
    const narrow = await harness.as('app').post('/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: ['OPS-1'], fields: ['summary'], properties: [] });
    expect(at(narrow.body, 'issues', 0, 'fields')).toEqual({ summary: 'hidden from bob' });
  });

  test('more than 100 ids are refused with 400', async () => {
    const reply = await harness.as('app').post('/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: Array.from({ length: 101 }, (_, index) => `ISMS-${index + 1}`) });
    expect(reply.status).toBe(400);
  });

  test('a missing issueIdsOrKeys names the field', async () => {
    const reply = await harness.as('app').post('/rest/api/3/issue/bulkfetch', { fields: ['summary'] });
    expect(reply.status).toBe(400);
    expect(at(reply.body, 'errors', 'issueIdsOrKeys')).toBe('issueIdsOrKeys must be a list of issue ids or keys.');
  });
});
