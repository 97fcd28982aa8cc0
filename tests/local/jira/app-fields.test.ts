// The app's Forge custom fields: registration from manifest.yml (/field), app-only writes through
// /app/field/{field}/value and /app/field/value, read-only rules on issue edit, changelog and events, and JQL.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';

import { defaultEnvironmentId } from '../../../local/jira/stand-in-services';
import { appId, at, createIssue, seedOrganisation, startHarness, type Harness } from './stand-in-harness';

let harness: Harness;
let ids: Record<'ref' | 'score' | 'owner' | 'due' | 'tags' | 'finding', string>;

beforeEach(async () => {
  harness = await startHarness({ now: () => new Date('2026-03-02T09:00:00.000Z') });
  seedOrganisation(harness.standIn);
  const id = (key: string): string => harness.standIn.admin.customFieldId(key);
  ids = { ref: id('clause9-control-ref'), score: id('clause9-check-score'), owner: id('clause9-owner'), due: id('clause9-due-on'), tags: id('clause9-tags'), finding: id('clause9-finding') };
});

afterEach(async () => {
  expect(harness.responseViolations).toEqual([]);
  await harness.close();
});

describe('registration', () => {
  test('each jira:customField module is a custom field with a numeric id, cf[N] clause name and Forge ARI', async () => {
    expect(Object.values(ids)).toEqual(['customfield_10000', 'customfield_10001', 'customfield_10002', 'customfield_10003', 'customfield_10004', 'customfield_10005']);
    const fields = (await harness.as('app').get('/rest/api/3/field')).body as { id: string }[];
    const finding = fields.find((field) => field.id === ids.finding);
    expect(finding).toEqual({
      id: 'customfield_10005',
      key: 'customfield_10005',
      name: 'Finding',
      custom: true,
      orderable: false,
      navigable: true,
      searchable: true,
      clauseNames: ['cf[10005]', 'Finding'],
      schema: { type: 'object', custom: `ari:cloud:ecosystem::extension/6f1d2a3b-9c4e-4f0a-8b7d-c1a5e9270009/${defaultEnvironmentId(appId)}/static/clause9-finding`, customId: 10005 },
    });
    expect(at(fields.find((field) => field.id === ids.tags), 'schema')).toMatchObject({ type: 'array', items: 'string' });
    const search = await harness.as('app').get('/rest/api/3/field/search?type=custom&query=check');
    expect((at(search.body, 'values') as { id: string }[]).map((field) => field.id)).toEqual([ids.score, ids.due]);
  });
});

describe('app writes', () => {
  test('PUT /app/field/{id}/value writes on several issues; GET shows values; changelog and events carry the change', async () => {
    const alice = harness.as('user:alice');
    const a = await createIssue(alice, {});
    const b = await createIssue(alice, {});
    harness.events.length = 0;
    const value = { kind: 'Major nonconformity', severity: 3, raisedBy: 'alice' };
    const reply = await harness.as('app').put(`/rest/api/3/app/field/${ids.finding}/value`, { updates: [{ issueIds: [Number(a.id), Number(b.id)], value }] });
    expect(reply.status).toBe(204);
    expect(at((await alice.get(`/rest/api/3/issue/${a.key}?fields=${ids.finding}`)).body, 'fields', ids.finding)).toEqual(value);
    const history = await alice.get(`/rest/api/3/issue/${b.key}/changelog`);
    expect(at(history.body, 'values', 0, 'items', 0)).toMatchObject({ field: 'Finding', fieldtype: 'custom', fieldId: ids.finding, fromString: null });
    expect(at(history.body, 'values', 0, 'author', 'accountType')).toBe('app');
    expect(harness.events.map((event) => [event.eventType, event.issue.key, event.actorIsApp])).toEqual([
      ['avi:jira:updated:issue', a.key, true],
      ['avi:jira:updated:issue', b.key, true],
    ]);
  });

  test('POST /app/field/value writes several fields; generateChangelog=false and generateAppEvents=false are honoured', async () => {
    const { id, key } = await createIssue(harness.as('user:alice'), {});
    harness.events.length = 0;
    const reply = await harness.as('app').post('/rest/api/3/app/field/value?generateChangelog=false&generateAppEvents=false', {
      updates: [
        { customField: ids.score, issueIds: [Number(id)], value: 87.5 },
        { customField: ids.owner, issueIds: [Number(id)], value: { accountId: 'alice' } },
        { customField: ids.tags, issueIds: [Number(id)], value: ['a5', 'a8'] },
        { customField: ids.due, issueIds: [Number(id)], value: '2026-04-30' },
      ],
    });
    expect(reply.status).toBe(204);
    const read = await harness.as('app').get(`/rest/api/3/issue/${key}`);
    expect(at(read.body, 'fields', ids.score)).toBe(87.5);
    expect(at(read.body, 'fields', ids.owner, 'displayName')).toBe('Alice Auditor');
    expect(at(read.body, 'fields', ids.tags)).toEqual(['a5', 'a8']);
    expect(at(read.body, 'fields', ids.ref)).toBeNull();
    expect(at((await harness.as('app').get(`/rest/api/3/issue/${key}/changelog`)).body, 'total')).toBe(0);
    expect(harness.events).toEqual([]);
  });

  test.each([
    ['a user', 'user:alice', 403],
    ['another app', { headers: { 'x-clause9-principal': 'app', 'x-clause9-app-id': 'ari:cloud:ecosystem::app/00000000-0000-0000-0000-000000000000' } }, 401],
  ] as const)('%s cannot write the app\u2019s field (%s → %i)', async (_label, principal, status) => {
    const { id } = await createIssue(harness.as('user:alice'), {});
    const reply = await harness.as(principal).put(`/rest/api/3/app/field/${ids.ref}/value`, { updates: [{ issueIds: [Number(id)], value: 'A.5.1' }] });
    expect(reply.status).toBe(status);
  });

  test.each([
    ['a string field given a number', 'ref', 42, 'The value must be a string.'],
    ['a number field given text', 'score', 'high', 'The value must be a number.'],
    ['a user field given an unknown account', 'owner', { accountId: 'nobody' }, "User with accountId 'nobody' does not exist."],
    ['a list field given a scalar', 'tags', 'a5', 'The value must be a list (the field is a collection).'],
    ['an object field missing a required property', 'finding', { severity: 1 }, "The value does not match the field's schema: must have required property 'kind'"],
  ] as const)('%s → 400 naming the field', async (_label, field, value, message) => {
    const { id } = await createIssue(harness.as('user:alice'), {});
    const reply = await harness.as('app').put(`/rest/api/3/app/field/${ids[field]}/value`, { updates: [{ issueIds: [Number(id)], value }] });
    expect(reply.status).toBe(400);
    expect(at(reply.body, 'errors', ids[field])).toBe(message);
  });

  test('an unknown field is 404, an unknown issue 400', async () => {
    expect((await harness.as('app').put('/rest/api/3/app/field/customfield_99999/value', { updates: [{ issueIds: [10000], value: 'x' }] })).status).toBe(404);
    expect((await harness.as('app').put(`/rest/api/3/app/field/${ids.ref}/value`, { updates: [{ issueIds: [99999], value: 'x' }] })).status).toBe(400);
  });
});

describe('issue edit and JQL', () => {
  test('users may set writable fields on edit, but a read-only field answers 400 like Jira', async () => {
    const alice = harness.as('user:alice');
    const { key } = await createIssue(alice, {});
    expect((await alice.put(`/rest/api/3/issue/${key}`, { fields: { [ids.ref]: 'A.8.2' } })).status).toBe(204);
    const readOnly = await alice.put(`/rest/api/3/issue/${key}`, { fields: { [ids.finding]: { kind: 'Observation' } } });
    expect(readOnly.status).toBe(400);
    expect(at(readOnly.body, 'errors', ids.finding)).toBe(`Field '${ids.finding}' cannot be set. It is not on the appropriate screen, or unknown.`);
  });

  test('JQL finds issues by custom field, cf[N] and object field alias', async () => {
    const alice = harness.as('user:alice');
    const major = await createIssue(alice, { summary: 'major', [ids.ref]: 'A.5.1' });
    const minor = await createIssue(alice, { summary: 'minor' });
    await harness.as('app').post('/rest/api/3/app/field/value', {
      updates: [
        { customField: ids.finding, issueIds: [Number(major.id)], value: { kind: 'Major nonconformity', severity: 3 } },
        { customField: ids.finding, issueIds: [Number(minor.id)], value: { kind: 'Minor nonconformity', severity: 1 } },
      ],
    });
    const keys = async (jql: string): Promise<unknown[]> => ((at((await alice.post('/rest/api/3/search/jql', { jql, fields: ['key'] })).body, 'issues') as unknown[]).map((issue) => at(issue, 'key')));
    expect(await keys('Finding.kind = "Major nonconformity"')).toEqual([major.key]);
    expect(await keys('Finding.severity >= 1 ORDER BY Finding.severity ASC')).toEqual([minor.key, major.key]);
    expect(await keys(`cf[${ids.ref.replace('customfield_', '')}] = "A.5.1"`)).toEqual([major.key]);
    expect(await keys('"Control reference" is EMPTY')).toEqual([minor.key]);
  });

  test('field ids stay the same after a restart', async () => {
    await harness.restart();
    expect(harness.standIn.admin.customFieldId('clause9-finding')).toBe(ids.finding);
  });
});
