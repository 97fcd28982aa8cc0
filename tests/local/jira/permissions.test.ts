// Who sees what: browse permission filters search and turns GETs into 404s, roles via groups, asApp sees all,
// /mypermissions and /permissions/check, and the user and group endpoints.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';

import { at, createIssue, seedOrganisation, startHarness, type Harness } from './stand-in-harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
  seedOrganisation(harness.standIn);
  harness.standIn.admin.createIssues([
    { projectKey: 'ISMS', issueType: 'Task', summary: 'isms one' },
    { projectKey: 'OPS', issueType: 'Task', summary: 'ops one' },
  ]);
});

afterEach(async () => {
  expect(harness.responseViolations).toEqual([]);
  await harness.close();
});

const keysFor = async (principal: 'app' | `user:${string}`, jql: string): Promise<unknown[]> =>
  (at((await harness.as(principal).post('/rest/api/3/search/jql', { jql, fields: ['key'] })).body, 'issues') as unknown[]).map((issue) => at(issue, 'key'));

describe('browse', () => {
  test('a user without browse permission sees no issues, no projects, and 404 for each issue', async () => {
    expect(await keysFor('user:carol', 'project in (ISMS, OPS) OR summary ~ one')).toEqual([]);
    expect((await harness.as('user:carol').get('/rest/api/3/project')).body).toEqual([]);
    const issue = await harness.as('user:carol').get('/rest/api/3/issue/ISMS-1');
    expect(issue.status).toBe(404);
    expect(at(issue.body, 'errorMessages')).toEqual(['Issue does not exist or you do not have permission to see it.']);
    expect((await harness.as('user:carol').get('/rest/api/3/project/ISMS')).status).toBe(404);
    expect((await harness.as('user:carol').get('/rest/api/3/issue/ISMS-1/transitions')).status).toBe(404);
  });

  test('a viewer sees ISMS only; a member through a group sees both after being granted OPS; the app sees all', async () => {
    expect(await keysFor('user:bob', 'summary ~ one')).toEqual(['ISMS-1']);
    expect(await keysFor('user:alice', 'summary ~ one ORDER BY key ASC')).toEqual(['ISMS-1', 'OPS-1']);
    expect(await keysFor('app', 'summary ~ one ORDER BY key ASC')).toEqual(['ISMS-1', 'OPS-1']);
    harness.standIn.admin.grantRole('OPS', 'Viewer', { accountId: 'bob' });
    expect(await keysFor('user:bob', 'summary ~ one ORDER BY key ASC')).toEqual(['ISMS-1', 'OPS-1']);
  });

  test('creating needs browse and create permission; the 400 names the project', async () => {
    const carol = await harness.as('user:carol').post('/rest/api/3/issue', { fields: { project: { key: 'ISMS' }, issuetype: { name: 'Task' }, summary: 'x' } });
    expect(carol.status).toBe(400);
    expect(at(carol.body, 'errors', 'project')).toBe('Specify a valid project ID or key');
    const bob = await harness.as('user:bob').post('/rest/api/3/issue', { fields: { project: { key: 'ISMS' }, issuetype: { name: 'Task' }, summary: 'x' } });
    expect(at(bob.body, 'errors', 'project')).toBe('You do not have permission to create issues in this project.');
  });

  test('creating projects and issue types needs ADMINISTER: the site admin may, a member may not', async () => {
    const body = { key: 'AUD', name: 'Audits', leadAccountId: 'dana', projectTypeKey: 'business' };
    expect((await harness.as('user:alice').post('/rest/api/3/project', body)).status).toBe(403);
    const created = await harness.as('user:dana').post('/rest/api/3/project', body);
    expect(created.status).toBe(201);
    expect(at(created.body, 'key')).toBe('AUD');
    expect((await harness.as('user:dana').get('/rest/api/3/project/AUD')).status).toBe(200);
  });
});

describe('permission queries', () => {
  test('/mypermissions answers per project and across projects', async () => {
    const inIsms = await harness.as('user:bob').get('/rest/api/3/mypermissions?projectKey=ISMS&permissions=BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER');
    expect(at(inIsms.body, 'permissions', 'BROWSE_PROJECTS', 'havePermission')).toBe(true);
    expect(at(inIsms.body, 'permissions', 'EDIT_ISSUES', 'havePermission')).toBe(false);
    expect(at(inIsms.body, 'permissions', 'ADMINISTER', 'havePermission')).toBe(false);
    const dana = await harness.as('user:dana').get('/rest/api/3/mypermissions?permissions=ADMINISTER');
    expect(at(dana.body, 'permissions', 'ADMINISTER', 'havePermission')).toBe(true);
    expect((await harness.as('user:bob').get('/rest/api/3/mypermissions')).status).toBe(400);
    expect((await harness.as('user:bob').get('/rest/api/3/mypermissions?permissions=FLY')).status).toBe(400);
  });

  test('/permissions/check: the app may check a user; a plain user may not check someone else', async () => {
    const isms = harness.standIn.admin.project('ISMS')?.id;
    const ops = harness.standIn.admin.project('OPS')?.id;
    const request = { accountId: 'bob', globalPermissions: ['ADMINISTER'], projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [Number(isms), Number(ops)], issues: [10000, 10001] }] };
    const reply = await harness.as('app').post('/rest/api/3/permissions/check', request);
    expect(reply.body).toEqual({ globalPermissions: [], projectPermissions: [{ permission: 'BROWSE_PROJECTS', issues: [10000], projects: [Number(isms)] }] });
    expect((await harness.as('user:alice').post('/rest/api/3/permissions/check', request)).status).toBe(403);
  });
});

describe('users and groups', () => {
  test('/myself, /user, /user/search, /users/search, /user/groups and /group/member', async () => {
    const alice = harness.as('user:alice');
    expect(at((await alice.get('/rest/api/3/myself')).body, 'accountId')).toBe('alice');
    expect(at((await harness.as('app').get('/rest/api/3/myself')).body, 'accountType')).toBe('app');
    expect(at((await alice.get('/rest/api/3/user?accountId=bob')).body, 'displayName')).toBe('Bob Viewer');
    expect((await alice.get('/rest/api/3/user?accountId=nobody')).status).toBe(404);
    expect(((await alice.get('/rest/api/3/user/search?query=car')).body as unknown[]).map((user) => at(user, 'accountId'))).toEqual(['carol']);
    expect((await alice.get('/rest/api/3/user/search')).status).toBe(400);
    expect(((await alice.get('/rest/api/3/users/search?maxResults=2')).body as unknown[]).length).toBe(2);
    expect(((await alice.get('/rest/api/3/user/groups?accountId=alice')).body as unknown[]).map((group) => at(group, 'name')).sort()).toEqual(['isms-auditors', 'jira-users']);
    const members = await harness.as('app').get('/rest/api/3/group/member?groupname=isms-auditors');
    expect((at(members.body, 'values') as unknown[]).map((user) => at(user, 'accountId'))).toEqual(['alice']);
    expect(at(members.body, 'isLast')).toBe(true);
  });

  test('an unknown or missing principal is 401, like an unauthenticated call to Jira', async () => {
    expect((await harness.as('anonymous').get('/rest/api/3/myself')).status).toBe(401);
    expect((await harness.as('user:nobody').get('/rest/api/3/myself')).status).toBe(401);
    expect((await harness.as({ headers: { 'x-clause9-principal': 'root' } }).get('/rest/api/3/myself')).status).toBe(401);
    const { key } = await createIssue(harness.as('user:alice'), {});
    expect((await harness.as('anonymous').get(`/rest/api/3/issue/${key}`)).status).toBe(401);
  });
});
