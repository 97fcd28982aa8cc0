// Issues through the stand-in's REST API: create, read, edit, transition, delete, changelog, properties, links.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';

import { at, createIssue, seedOrganisation, startHarness, type Harness } from './stand-in-harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness({ now: () => new Date('2026-03-02T09:00:00.000Z') });
  seedOrganisation(harness.standIn);
});

afterEach(async () => {
  expect(harness.responseViolations).toEqual([]);
  await harness.close();
});

const adf = (text: string): unknown => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('create and read', () => {
  test('given a member, when she creates an issue, then Jira answers 201 with id, key and self and GET returns its fields', async () => {
    const alice = harness.as('user:alice');
    const created = await alice.post('/rest/api/3/issue', {
      fields: { project: { key: 'ISMS' }, issuetype: { name: 'Task' }, summary: 'Review access rights', description: adf('Quarterly review'), labels: ['a8', 'access'], duedate: '2026-03-31', assignee: { accountId: 'alice' } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: '10000', key: 'ISMS-1', self: `${harness.standIn.url}/rest/api/3/issue/10000` });

    const read = await alice.get('/rest/api/3/issue/ISMS-1');
    expect(read.status).toBe(200);
    expect(at(read.body, 'fields', 'summary')).toBe('Review access rights');
    expect(at(read.body, 'fields', 'status', 'name')).toBe('To Do');
    expect(at(read.body, 'fields', 'status', 'statusCategory', 'key')).toBe('new');
    expect(at(read.body, 'fields', 'labels')).toEqual(['a8', 'access']);
    expect(at(read.body, 'fields', 'assignee', 'accountId')).toBe('alice');
    expect(at(read.body, 'fields', 'reporter', 'accountId')).toBe('alice');
    expect(at(read.body, 'fields', 'created')).toBe('2026-03-02T09:00:00.000+0000');
    expect(at(read.body, 'fields', 'project', 'key')).toBe('ISMS');
    expect(at(read.body, 'fields', 'description')).toEqual(adf('Quarterly review'));
  });

  test('fields= narrows the answer, and the issue can be read by id as well as by key', async () => {
    const alice = harness.as('user:alice');
    const { id } = await createIssue(alice, { summary: 'Narrow me' });
    const read = await alice.get(`/rest/api/3/issue/${id}?fields=summary,labels`);
    expect(Object.keys(at(read.body, 'fields') as object).sort()).toEqual(['labels', 'summary']);
    const excluded = await alice.get(`/rest/api/3/issue/${id}?fields=*all,-description`);
    expect(at(excluded.body, 'fields', 'description')).toBeUndefined();
    expect(at(excluded.body, 'fields', 'summary')).toBe('Narrow me');
  });

  test.each([
    [{ summary: undefined }, 'summary', 'You must specify a summary of the issue.'],
    [{ summary: 'x'.repeat(256) }, 'summary', 'Summary must be less than 255 characters.'],
    [{ description: 'plain text' }, 'description', 'Operation value must be an Atlassian Document (see the Atlassian Document Format)'],
    [{ issuetype: { name: 'Nope' } }, 'issuetype', 'Specify a valid issue type'],
    [{ project: { key: 'NOPE' } }, 'project', 'Specify a valid project ID or key'],
    [{ labels: ['has space'] }, 'labels', "The label 'has space' contains spaces which is invalid."],
    [{ duedate: '31/03/2026' }, 'duedate', 'Error parsing date string: "31/03/2026"'],
    [{ status: { name: 'Done' } }, 'status', "Field 'status' cannot be set. It is not on the appropriate screen, or unknown."],
  ])('invalid input %j → 400 naming the field %s', async (fields, field, message) => {
    const reply = await harness.as('user:alice').post('/rest/api/3/issue', { fields: { project: { key: 'ISMS' }, issuetype: { name: 'Task' }, summary: 'ok', ...fields } });
    expect(reply.status).toBe(400);
    expect(at(reply.body, 'errors', field)).toBe(message);
    expect(at(reply.body, 'errorMessages')).toEqual([]);
  });

  test('an unknown issue answers 404 with Jira\u2019s message', async () => {
    const reply = await harness.as('user:alice').get('/rest/api/3/issue/ISMS-999');
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
  });
});

describe('edit, transition and changelog', () => {
  test('given an issue, when edited with fields and label operations, then 204, the values change and the changelog records them', async () => {
    const alice = harness.as('user:alice');
    const { key } = await createIssue(alice, { summary: 'Old', labels: ['keep', 'drop'] });
    const edit = await alice.put(`/rest/api/3/issue/${key}`, { fields: { summary: 'New' }, update: { labels: [{ add: 'added' }, { remove: 'drop' }] } });
    expect(edit.status).toBe(204);
    const read = await alice.get(`/rest/api/3/issue/${key}?fields=summary,labels`);
    expect(at(read.body, 'fields')).toEqual({ summary: 'New', labels: ['keep', 'added'] });
    const changelog = await alice.get(`/rest/api/3/issue/${key}/changelog`);
    expect(at(changelog.body, 'total')).toBe(1);
    expect(at(changelog.body, 'values', 0, 'items')).toEqual([
      { field: 'summary', fieldtype: 'jira', fieldId: 'summary', from: null, fromString: 'Old', to: null, toString: 'New' },
      { field: 'labels', fieldtype: 'jira', fieldId: 'labels', from: null, fromString: 'keep drop', to: null, toString: 'keep added' },
    ]);
    expect(at(changelog.body, 'values', 0, 'author', 'accountId')).toBe('alice');
  });

  test('transitions: any status to any other; Done resolves the issue and the event carries the status change', async () => {
    const alice = harness.as('user:alice');
    const { key } = await createIssue(alice, {});
    const transitions = await alice.get(`/rest/api/3/issue/${key}/transitions`);
    expect((at(transitions.body, 'transitions') as { name: string }[]).map((t) => t.name)).toEqual(['In Progress', 'Done']);
    const done = (at(transitions.body, 'transitions') as { id: string; name: string }[]).find((t) => t.name === 'Done');
    const moved = await alice.post(`/rest/api/3/issue/${key}/transitions`, { transition: { id: done?.id } });
    expect(moved.status).toBe(204);
    const read = await alice.get(`/rest/api/3/issue/${key}?fields=status,resolution,resolutiondate`);
    expect(at(read.body, 'fields', 'status', 'statusCategory', 'key')).toBe('done');
    expect(at(read.body, 'fields', 'resolution', 'name')).toBe('Done');
    expect(at(read.body, 'fields', 'resolutiondate')).toBe('2026-03-02T09:00:00.000+0000');
    const updated = harness.events.filter((event) => event.eventType === 'avi:jira:updated:issue');
    expect(updated).toHaveLength(1);
    expect(updated[0]?.changelog?.items.map((item) => item.fieldId)).toEqual(['status', 'resolution']);
    expect(updated[0]?.actorIsApp).toBe(false);
    expect(updated[0]?.atlassianId).toBe('alice');
  });

  test('an unknown transition answers 400', async () => {
    const alice = harness.as('user:alice');
    const { key } = await createIssue(alice, {});
    const reply = await alice.post(`/rest/api/3/issue/${key}/transitions`, { transition: { id: '999' } });
    expect(reply.status).toBe(400);
    expect(at(reply.body, 'errors', 'transition')).toBe("Transition id '999' is not valid for this issue.");
  });

  test('a viewer cannot edit (403) and delete needs DELETE_ISSUES; the app deletes and a deleted event is emitted', async () => {
    const { key } = await createIssue(harness.as('user:alice'), {});
    const bobEdit = await harness.as('user:bob').put(`/rest/api/3/issue/${key}`, { fields: { summary: 'x' } });
    expect(bobEdit.status).toBe(403);
    const aliceDelete = await harness.as('user:alice').delete(`/rest/api/3/issue/${key}`);
    expect(aliceDelete.status).toBe(403);
    const appDelete = await harness.as('app').delete(`/rest/api/3/issue/${key}`);
    expect(appDelete.status).toBe(204);
    expect((await harness.as('app').get(`/rest/api/3/issue/${key}`)).status).toBe(404);
    expect(harness.events.map((event) => event.eventType)).toEqual(['avi:jira:created:issue', 'avi:jira:deleted:issue']);
  });

  test('expand=changelog,names adds the history and field names', async () => {
    const alice = harness.as('user:alice');
    const { key } = await createIssue(alice, {});
    await alice.put(`/rest/api/3/issue/${key}`, { fields: { duedate: '2026-04-01' } });
    const read = await alice.get(`/rest/api/3/issue/${key}?expand=changelog,names&fields=duedate`);
    expect(at(read.body, 'changelog', 'total')).toBe(1);
    expect(at(read.body, 'changelog', 'histories', 0, 'items', 0, 'toString')).toBe('2026-04-01');
    expect(at(read.body, 'names')).toEqual({ duedate: 'Due date' });
  });
});

describe('entity properties and links', () => {
  test('issue properties: PUT creates (201) then updates (200), GET returns them, JQL sees them, DELETE removes them', async () => {
    const alice = harness.as('user:alice');
    const { key } = await createIssue(alice, {});
    const base = `/rest/api/3/issue/${key}/properties/clause9`;
    expect((await alice.put(base, { stableId: 'chk-1', version: 1 })).status).toBe(201);
    expect((await alice.put(base, { stableId: 'chk-1', version: 2 })).status).toBe(200);
    expect((await alice.get(base)).body).toEqual({ key: 'clause9', value: { stableId: 'chk-1', version: 2 } });
    expect(at((await alice.get(`/rest/api/3/issue/${key}/properties`)).body, 'keys', 0, 'key')).toBe('clause9');
    const found = await alice.post('/rest/api/3/search/jql', { jql: 'issue.property[clause9].stableId = "chk-1"', fields: ['key'] });
    expect(at(found.body, 'issues', 0, 'key')).toBe(key);
    expect((await alice.delete(base)).status).toBe(204);
    expect((await alice.get(base)).status).toBe(404);
  });

  test('project properties: writing needs manage:jira-project, which this manifest lacks (401); reading a missing key is 404', async () => {
    const write = await harness.as('user:alice').put('/rest/api/3/project/OPS/properties/config', { a: 1 });
    expect(write.status).toBe(401);
    expect(write.body).toEqual({ code: 401, message: 'Unauthorized; scope does not match' });
    expect((await harness.as('user:alice').get('/rest/api/3/project/OPS/properties/config')).status).toBe(404);
  });

  test('links: POST /issueLink then both issues list the link, GET /issueLink/{id} returns it, DELETE removes it', async () => {
    const alice = harness.as('user:alice');
    const finding = await createIssue(alice, { summary: 'Finding' });
    const action = await createIssue(alice, { summary: 'Corrective action' });
    const created = await alice.post('/rest/api/3/issueLink', { type: { name: 'Blocks' }, inwardIssue: { key: action.key }, outwardIssue: { key: finding.key } });
    expect(created.status).toBe(201);
    const actionLinks = at((await alice.get(`/rest/api/3/issue/${action.key}?fields=issuelinks`)).body, 'fields', 'issuelinks') as unknown[];
    const findingLinks = at((await alice.get(`/rest/api/3/issue/${finding.key}?fields=issuelinks`)).body, 'fields', 'issuelinks') as unknown[];
    expect(at(actionLinks, 0, 'outwardIssue', 'key')).toBe(finding.key);
    expect(at(findingLinks, 0, 'inwardIssue', 'key')).toBe(action.key);
    expect(at(actionLinks, 0, 'type', 'outward')).toBe('blocks');
    const linkId = String(at(actionLinks, 0, 'id'));
    const link = await alice.get(`/rest/api/3/issueLink/${linkId}`);
    expect(at(link.body, 'inwardIssue', 'key')).toBe(action.key);
    expect((await alice.delete(`/rest/api/3/issueLink/${linkId}`)).status).toBe(204);
    expect((await alice.get(`/rest/api/3/issueLink/${linkId}`)).status).toBe(404);
  });

  test('an unknown link type answers 404; link types can be listed and created by an admin', async () => {
    const alice = harness.as('user:alice');
    const a = await createIssue(alice, {});
    const b = await createIssue(alice, {});
    const reply = await alice.post('/rest/api/3/issueLink', { type: { name: 'Causes' }, inwardIssue: { key: a.key }, outwardIssue: { key: b.key } });
    expect(reply.status).toBe(404);
    const created = await harness.as('app').post('/rest/api/3/issueLinkType', { name: 'Causes', inward: 'is caused by', outward: 'causes' });
    expect(created.status).toBe(201);
    const types = await alice.get('/rest/api/3/issueLinkType');
    expect((at(types.body, 'issueLinkTypes') as { name: string }[]).map((type) => type.name)).toContain('Causes');
    expect((await alice.post('/rest/api/3/issueLinkType', { name: 'X', inward: 'x', outward: 'y' })).status).toBe(403);
  });
});

test('GET /issue with fields=id keeps the full bean shape with empty fields (only search answers bare ids)', async () => {
  const { key } = await createIssue(harness.as('user:alice'), {});
  const reply = await harness.as('user:alice').get(`/rest/api/3/issue/${key}?fields=id`);
  expect(at(reply.body, 'key')).toBe(key);
  expect(at(reply.body, 'fields')).toEqual({});
});
