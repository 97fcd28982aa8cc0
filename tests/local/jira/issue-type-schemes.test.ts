// Issue type schemes: the Default Issue Type Scheme holds every type; a project created from a template through
// POST /project gets "<KEY>: <template> Issue Type Scheme" with the template's types only, and Jira refuses an issue
// (single or bulk) whose type is outside its project's scheme until the type is added to the scheme.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';

import { at, manifestWithScopes, seedOrganisation, startHarness, type Harness } from './stand-in-harness';

const BUSINESS_TEMPLATE = 'com.atlassian.jira-core-project-templates:jira-core-simplified-project-management';
const KANBAN_TEMPLATE = 'com.pyxis.greenhopper.jira:gh-simplified-kanban-classic';
const invalidType = { errorMessages: [], errors: { issuetype: 'Specify a valid issue type' } };

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
  seedOrganisation(harness.standIn);
});

afterEach(async () => {
  expect(harness.responseViolations).toEqual([]);
  await harness.close();
});

async function createFromTemplate(key: string, projectTypeKey: string, projectTemplateKey: string): Promise<string> {
  const reply = await harness.as('app').post('/rest/api/3/project', { key, name: `Project ${key}`, leadAccountId: 'dana', projectTypeKey, projectTemplateKey });
  expect(reply.status).toBe(201);
  return String(at(reply.body, 'id'));
}

async function schemeOf(projectId: string): Promise<{ id: string; name: string; isDefault: unknown }> {
  const reply = await harness.as('app').get(`/rest/api/3/issuetypescheme/project?projectId=${projectId}`);
  expect(reply.status).toBe(200);
  return { id: String(at(reply.body, 'values', 0, 'issueTypeScheme', 'id')), name: String(at(reply.body, 'values', 0, 'issueTypeScheme', 'name')), isDefault: at(reply.body, 'values', 0, 'issueTypeScheme', 'isDefault') };
}

async function typeNamesIn(schemeId: string): Promise<string[]> {
  const reply = await harness.as('app').get(`/rest/api/3/issuetypescheme/mapping?issueTypeSchemeId=${schemeId}`);
  const ids = (at(reply.body, 'values') as unknown[]).map((item) => String(at(item, 'issueTypeId')));
  return ids.map((id) => harness.standIn.admin.issueTypes().find((type) => type.id === id)?.name ?? id);
}

function createIssue(projectId: string, issueTypeId: string): ReturnType<ReturnType<Harness['as']>['post']> {
  return harness.as('app').post('/rest/api/3/issue', { fields: { project: { id: projectId }, issuetype: { id: issueTypeId }, summary: 'A finding' } });
}

describe('issue type schemes', () => {
  test('projects made through the admin API or POST /project without a template use the Default Issue Type Scheme', async () => {
    const finding = harness.standIn.admin.createIssueType({ name: 'Finding' });
    const isms = harness.standIn.admin.project('ISMS')?.id ?? '';
    const plain = await harness.as('app').post('/rest/api/3/project', { key: 'PLN', name: 'Plain', leadAccountId: 'dana', projectTypeKey: 'business' });

    const both = await harness.as('app').get(`/rest/api/3/issuetypescheme/project?projectId=${isms}&projectId=${String(at(plain.body, 'id'))}&projectId=424242`);

    expect(at(both.body, 'values')).toEqual([
      {
        issueTypeScheme: {
          id: '10000',
          name: 'Default Issue Type Scheme',
          description: 'Default issue type scheme is the list of global issue types. All newly created issue types will automatically be added to this scheme.',
          isDefault: true,
        },
        projectIds: [isms, String(at(plain.body, 'id'))],
      },
    ]);
    expect(await typeNamesIn('10000')).toEqual(['Epic', 'Task', 'Subtask', 'Finding']);
    expect((await createIssue(isms, finding.id)).status).toBe(201);
  });

  test('a business template gives the project its own scheme with Task and Subtask; other types are refused, single and bulk', async () => {
    const finding = harness.standIn.admin.createIssueType({ name: 'Finding' });
    const projectId = await createFromTemplate('AUD', 'business', BUSINESS_TEMPLATE);

    const scheme = await schemeOf(projectId);

    expect(scheme).toMatchObject({ name: 'AUD: Project Management Issue Type Scheme', isDefault: undefined });
    expect(await typeNamesIn(scheme.id)).toEqual(['Task', 'Subtask']);
    const refused = await createIssue(projectId, finding.id);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual(invalidType);
    const byName = await harness.as('app').post('/rest/api/3/issue', { fields: { project: { key: 'AUD' }, issuetype: { name: 'Finding' }, summary: 'x' } });
    expect(byName.body).toEqual(invalidType);
    const bulk = await harness.as('app').post('/rest/api/3/issue/bulk', {
      issueUpdates: [
        { fields: { project: { id: projectId }, issuetype: { name: 'Task' }, summary: 'Allowed' } },
        { fields: { project: { id: projectId }, issuetype: { id: finding.id }, summary: 'Refused' } },
      ],
    });
    expect(bulk.status).toBe(201);
    expect(at(bulk.body, 'errors', 0, 'failedElementNumber')).toBe(1);
    expect(at(bulk.body, 'errors', 0, 'elementErrors', 'errors')).toEqual({ issuetype: 'Specify a valid issue type' });
    const project = await harness.as('app').get(`/rest/api/3/project/${projectId}`);
    expect((at(project.body, 'issueTypes') as unknown[]).map((type) => at(type, 'name'))).toEqual(['Task', 'Subtask']);
    expect(() => harness.standIn.admin.createIssues([{ projectKey: 'AUD', issueType: 'Finding', summary: 'x' }])).toThrow(/not in the issue type scheme of AUD/);
  });

  test('a kanban template scheme holds Epic, Story, Bug, Task and Subtask (creating Story and Bug when the site lacks them)', async () => {
    const projectId = await createFromTemplate('ENG', 'software', KANBAN_TEMPLATE);

    const scheme = await schemeOf(projectId);

    expect(scheme.name).toBe('ENG: Kanban Issue Type Scheme');
    expect(await typeNamesIn(scheme.id)).toEqual(['Epic', 'Story', 'Bug', 'Task', 'Subtask']);
    const types = await harness.as('app').get(`/rest/api/3/issuetype/project?projectId=${projectId}`);
    expect((types.body as unknown[]).map((type) => at(type, 'name'))).toEqual(['Epic', 'Story', 'Bug', 'Task', 'Subtask']);
    expect(harness.standIn.admin.issueTypeScheme('ISMS').issueTypeIds).toHaveLength(5);
  });

  test('PUT /issuetypescheme/{id}/issuetype appends types; then the project accepts them; the scheme survives a restart', async () => {
    const finding = harness.standIn.admin.createIssueType({ name: 'Finding' });
    const audit = harness.standIn.admin.createIssueType({ name: 'Internal audit' });
    const projectId = await createFromTemplate('AUD', 'business', BUSINESS_TEMPLATE);
    const scheme = await schemeOf(projectId);

    const added = await harness.as('app').put(`/rest/api/3/issuetypescheme/${scheme.id}/issuetype`, { issueTypeIds: [finding.id, audit.id] });

    expect(added.status).toBe(204);
    expect(added.body).toBeUndefined();
    expect(await typeNamesIn(scheme.id)).toEqual(['Task', 'Subtask', 'Finding', 'Internal audit']);
    expect((await createIssue(projectId, finding.id)).status).toBe(201);
    await harness.restart();
    expect(await typeNamesIn(scheme.id)).toEqual(['Task', 'Subtask', 'Finding', 'Internal audit']);
    expect((await createIssue(projectId, audit.id)).status).toBe(201);
  });

  test('PUT refuses types already present, unknown types and schemes, and the default scheme, like Jira', async () => {
    const finding = harness.standIn.admin.createIssueType({ name: 'Finding' });
    const own = harness.standIn.admin.createIssueType({ name: 'Team type', projectKey: 'OPS' });
    const projectId = await createFromTemplate('AUD', 'business', BUSINESS_TEMPLATE);
    const scheme = await schemeOf(projectId);
    const app = harness.as('app');
    const taskId = harness.standIn.admin.issueTypes().find((type) => type.name === 'Task')?.id ?? '';

    const present = await app.put(`/rest/api/3/issuetypescheme/${scheme.id}/issuetype`, { issueTypeIds: [finding.id, taskId] });
    expect(present.status).toBe(400);
    expect(present.body).toEqual({ errorMessages: [`These issue types were not added because they are already present in the issue type scheme: ${taskId}`], errors: {} });
    const unknown = await app.put(`/rest/api/3/issuetypescheme/${scheme.id}/issuetype`, { issueTypeIds: [finding.id, '99999', own.id] });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ errorMessages: [`These issue types were not found: 99999, ${own.id}`], errors: {} });
    expect(await typeNamesIn(scheme.id)).toEqual(['Task', 'Subtask']);
    const noScheme = await app.put('/rest/api/3/issuetypescheme/99999/issuetype', { issueTypeIds: [finding.id] });
    expect([noScheme.status, noScheme.body]).toEqual([404, { errorMessages: ['The issue type scheme was not found.'], errors: {} }]);
    const defaultScheme = await app.put('/rest/api/3/issuetypescheme/10000/issuetype', { issueTypeIds: [finding.id] });
    expect(defaultScheme.status).toBe(400);
    const noBody = await app.put(`/rest/api/3/issuetypescheme/${scheme.id}/issuetype`, {});
    expect(at(noBody.body, 'errors', 'issueTypeIds')).toBe('The list of issue type IDs must be provided.');
  });

  test('only Jira administrators may read or change schemes; /project needs projectId', async () => {
    const projectId = harness.standIn.admin.project('ISMS')?.id ?? '';
    const forbidden = { errorMessages: ['Only Jira administrators can access issue type schemes.'], errors: {} };

    const member = await harness.as('user:alice').get(`/rest/api/3/issuetypescheme/project?projectId=${projectId}`);
    expect([member.status, member.body]).toEqual([403, forbidden]);
    expect((await harness.as('user:alice').put('/rest/api/3/issuetypescheme/10000/issuetype', { issueTypeIds: ['10001'] })).status).toBe(403);
    expect((await harness.as('user:alice').get('/rest/api/3/issuetypescheme/mapping')).status).toBe(403);
    expect((await harness.as('user:dana').get(`/rest/api/3/issuetypescheme/project?projectId=${projectId}`)).status).toBe(200);
    expect((await harness.as('app').get('/rest/api/3/issuetypescheme/project')).status).toBe(400);
  });
});

describe('issue type scheme scopes', () => {
  test('without manage:jira-configuration the app gets the gateway 401', async () => {
    const scoped = await startHarness({ manifestPath: manifestWithScopes(['read:jira-work', 'write:jira-work']) });
    try {
      const reply = await scoped.as('app').get('/rest/api/3/issuetypescheme/mapping');
      expect([reply.status, reply.body]).toEqual([401, { code: 401, message: 'Unauthorized; scope does not match' }]);
    } finally {
      await scoped.close();
    }
  });
});
