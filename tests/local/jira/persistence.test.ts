// Restart persistence: everything written (directory, issues, fields, properties, links, history) survives a
// close and reopen of the same data folder, ids stay stable, and ids and keys are never reused.
import path from 'node:path';

import { afterEach, beforeEach, expect, test } from '@jest/globals';
import Database from 'better-sqlite3';

import { at, createIssue, manifestWithScopes, seedOrganisation, startHarness, type Harness } from './stand-in-harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness({ manifestPath: manifestWithScopes(['read:jira-user', 'read:jira-work', 'write:jira-work', 'manage:jira-configuration', 'manage:jira-project']) });
  seedOrganisation(harness.standIn);
});

afterEach(async () => {
  expect(harness.responseViolations).toEqual([]);
  await harness.close();
});

test('given writes through HTTP and admin, when the stand-in restarts on the same folder, then it reads everything back', async () => {
  const alice = harness.as('user:alice');
  const app = harness.as('app');
  const refField = harness.standIn.admin.customFieldId('clause9-control-ref');
  const findingField = harness.standIn.admin.customFieldId('clause9-finding');
  const one = await createIssue(alice, { summary: 'Persist me', labels: ['keep'], [refField]: 'A.5.1' });
  const two = await createIssue(alice, { summary: 'Link target' });
  await alice.put(`/rest/api/3/issue/${one.key}`, { fields: { summary: 'Persisted' } });
  await app.put(`/rest/api/3/app/field/${findingField}/value`, { updates: [{ issueIds: [Number(one.id)], value: { kind: 'Observation', severity: 1 } }] });
  await alice.put(`/rest/api/3/issue/${one.key}/properties/clause9`, { stableId: 'obs-1' });
  await alice.post('/rest/api/3/issueLink', { type: { name: 'Relates' }, inwardIssue: { key: one.key }, outwardIssue: { key: two.key } });
  expect((await alice.put('/rest/api/3/project/OPS/properties/config', { cadence: 'monthly' })).status).toBe(201);
  const customType = await app.post('/rest/api/3/issuetype', { name: 'Finding', type: 'standard' });
  const before = (await app.get(`/rest/api/3/issue/${one.key}?expand=changelog&properties=*all`)).body;

  await harness.restart();

  expect(harness.standIn.admin.customFieldId('clause9-control-ref')).toBe(refField);
  expect(harness.standIn.startupMs).toBeGreaterThan(0);
  const after = (await app.get(`/rest/api/3/issue/${one.key}?expand=changelog&properties=*all`)).body;
  expect(after).toEqual(before);
  expect(at(after, 'fields', 'summary')).toBe('Persisted');
  expect(at(after, 'fields', findingField)).toEqual({ kind: 'Observation', severity: 1 });
  expect(at(after, 'properties')).toEqual({ clause9: { stableId: 'obs-1' } });
  expect(at(after, 'fields', 'issuelinks', 0, 'outwardIssue', 'key')).toBe(two.key);
  expect(at(after, 'changelog', 'total')).toBe(2);
  expect((await alice.get('/rest/api/3/project/OPS/properties/config')).body).toEqual({ key: 'config', value: { cadence: 'monthly' } });
  expect(((await app.get('/rest/api/3/issuetype')).body as unknown[]).map((type) => at(type, 'id'))).toContain(at(customType.body, 'id'));
  expect(at((await alice.get('/rest/api/3/myself')).body, 'timeZone')).toBe('Europe/Paris');
  const search = await alice.post('/rest/api/3/search/jql', { jql: '"Control reference" = "A.5.1" AND Finding.kind = Observation', fields: ['key'] });
  expect(at(search.body, 'issues', 0, 'key')).toBe(one.key);
});

test('ids and keys are never reused, even after the newest issue is deleted and the stand-in restarts', async () => {
  const app = harness.as('app');
  await createIssue(app, {});
  const last = await createIssue(app, {});
  expect((await app.delete(`/rest/api/3/issue/${last.key}`)).status).toBe(204);
  await harness.restart();
  const next = await createIssue(app, {});
  expect(next).toMatchObject({ id: '10002', key: 'ISMS-3' });
  expect((await app.get(`/rest/api/3/issue/${last.key}`)).status).toBe(404);
});

test('role grants and group membership survive a restart', async () => {
  await harness.restart();
  expect((await harness.as('user:bob').get('/rest/api/3/project')).body).toHaveLength(1);
  expect((await harness.as('user:carol').get('/rest/api/3/project')).body).toEqual([]);
  expect(at((await harness.as('user:dana').get('/rest/api/3/mypermissions?permissions=ADMINISTER')).body, 'permissions', 'ADMINISTER', 'havePermission')).toBe(true);
});

test('a data folder from before the description_text column opens, searches descriptions and takes new writes', async () => {
  const alice = harness.as('user:alice');
  const description = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Firewall rule review' }] }] };
  const old = await createIssue(alice, { description });
  await harness.standIn.close();
  const db = new Database(path.join(harness.dataDir, 'jira.sqlite'));
  db.exec('ALTER TABLE issues DROP COLUMN description_text');
  db.close();
  await harness.restart();
  const found = await alice.post('/rest/api/3/search/jql', { jql: 'text ~ "firewall"', fields: ['key', 'description'] });
  expect(at(found.body, 'issues', 0, 'key')).toBe(old.key);
  expect(at(found.body, 'issues', 0, 'fields', 'description')).toEqual(description);
  expect((await createIssue(alice, { description })).key).toBe('ISMS-2');
});
