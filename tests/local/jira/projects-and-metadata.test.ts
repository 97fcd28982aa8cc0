// Projects, issue types and fields: /project, /project/search, /project/{key}, /issuetype, /issuetype/project,
// /field, /field/search.
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

describe('projects', () => {
  test('GET /project lists visible projects; /project/{key} adds lead, issue types and roles; unknown keys are 404', async () => {
    const list = await harness.as('user:alice').get('/rest/api/3/project');
    expect((list.body as unknown[]).map((project) => at(project, 'key'))).toEqual(['ISMS', 'OPS']);
    const one = await harness.as('user:alice').get('/rest/api/3/project/isms');
    expect(at(one.body, 'lead', 'accountId')).toBe('alice');
    expect((at(one.body, 'issueTypes') as unknown[]).map((type) => at(type, 'name'))).toEqual(['Epic', 'Task', 'Subtask']);
    expect(Object.keys(at(one.body, 'roles') as object)).toEqual(['Administrators', 'Member', 'Viewer']);
    const missing = await harness.as('user:alice').get('/rest/api/3/project/NOPE');
    expect(missing.body).toEqual({ errorMessages: ["No project could be found with key 'NOPE'."], errors: {} });
  });

  test('POST /project validates key, name and lead like Jira', async () => {
    const app = harness.as('app');
    const bad = await app.post('/rest/api/3/project', { key: 'isms2', name: 'Information Security', leadAccountId: 'nobody' });
    expect(bad.status).toBe(400);
    expect(at(bad.body, 'errors')).toEqual({
      projectKey: 'Project keys must start with an uppercase letter, followed by one or more uppercase alphanumeric characters.',
      projectName: 'A project with that name already exists.',
      projectLead: 'You must specify a valid project lead.',
    });
    const taken = await app.post('/rest/api/3/project', { key: 'ISMS', name: 'Other', leadAccountId: 'alice' });
    expect(at(taken.body, 'errors', 'projectKey')).toBe("Project 'Information Security' uses this project key.");
    const missing = await app.post('/rest/api/3/project', { name: 'No key' });
    expect(at(missing.body, 'errors', 'key')).toBe('You must specify a project key.');
  });

  test('/project/search filters by query and keys, orders, and pages', async () => {
    harness.standIn.admin.createProject({ key: 'AUD', name: 'Internal audits' });
    const app = harness.as('app');
    const page = await app.get('/rest/api/3/project/search?maxResults=2&orderBy=-key');
    expect((at(page.body, 'values') as unknown[]).map((project) => at(project, 'key'))).toEqual(['OPS', 'ISMS']);
    expect(at(page.body, 'total')).toBe(3);
    expect(at(page.body, 'isLast')).toBe(false);
    const query = await app.get('/rest/api/3/project/search?query=audit&expand=description,insight');
    expect((at(query.body, 'values') as unknown[]).map((project) => at(project, 'key'))).toEqual(['AUD']);
    expect(at(query.body, 'values', 0, 'insight', 'totalIssueCount')).toBe(0);
  });
});

describe('issue types', () => {
  test('POST /issuetype creates a type (409 on a duplicate); /issuetype/project needs projectId', async () => {
    const app = harness.as('app');
    const created = await app.post('/rest/api/3/issuetype', { name: 'Nonconformity', description: 'An ISO nonconformity' });
    expect(created.status).toBe(201);
    expect(at(created.body, 'subtask')).toBe(false);
    expect((await app.post('/rest/api/3/issuetype', { name: 'nonconformity' })).status).toBe(409);
    expect(at((await app.post('/rest/api/3/issuetype', { description: 'no name' })).body, 'errors', 'name')).toBe('The issue type name must be specified.');
    const projectId = harness.standIn.admin.project('ISMS')?.id ?? '';
    const forProject = await app.get(`/rest/api/3/issuetype/project?projectId=${projectId}`);
    expect((forProject.body as unknown[]).map((type) => at(type, 'name'))).toContain('Nonconformity');
    expect((await app.get('/rest/api/3/issuetype/project')).status).toBe(400);
    expect((await app.get('/rest/api/3/issuetype/project?projectId=999')).status).toBe(404);
  });

  test('a project-scoped type is listed for that project only', async () => {
    harness.standIn.admin.createIssueType({ name: 'Audit finding', projectKey: 'OPS' });
    const types = async (key: string): Promise<unknown[]> => ((await harness.as('app').get(`/rest/api/3/issuetype/project?projectId=${harness.standIn.admin.project(key)?.id ?? ''}`)).body as unknown[]).map((type) => at(type, 'name'));
    expect(await types('OPS')).toContain('Audit finding');
    expect(await types('ISMS')).not.toContain('Audit finding');
  });
});

describe('fields', () => {
  test('/field lists system fields with clause names; /field/search pages custom fields and can ask for system ones', async () => {
    const fields = (await harness.as('app').get('/rest/api/3/field')).body as unknown[];
    const duedate = fields.find((field) => at(field, 'id') === 'duedate');
    expect(duedate).toEqual({ id: 'duedate', key: 'duedate', name: 'Due date', custom: false, orderable: true, navigable: true, searchable: true, clauseNames: ['due', 'duedate'], schema: { type: 'date', system: 'duedate' } });
    const custom = await harness.as('app').get('/rest/api/3/field/search?maxResults=2');
    expect(at(custom.body, 'total')).toBe(6);
    expect(at(custom.body, 'values', 0, 'schema', 'custom')).toMatch(/^ari:cloud:ecosystem::extension\//);
    const system = await harness.as('app').get('/rest/api/3/field/search?type=system&id=summary');
    expect((at(system.body, 'values') as unknown[]).map((field) => at(field, 'id'))).toEqual(['summary']);
  });
});
