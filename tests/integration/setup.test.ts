// Setup through the real stack: admin resolver → run-setup → adapters → Jira stand-in, state in the host's KVS.
// Given a site without the app's Jira objects, when an admin runs setup (once, twice, or after a failure), then
// every object exists exactly once and config:setup names them.
import { CUSTOM_FIELD_KEYS } from '../../src/adapters/jira/app-field-keys';
import { setupStateSchema } from '../../src/adapters/storage/setup-state';
import { setupReportSchema, type SetupReport } from '../../src/contracts/setup-report';
import { envelopeError, okData, startTestStack, TEST_USERS, type TestStack } from './stack';

const ISSUE_TYPE_NAMES = ['Monitoring check', 'Finding', 'Corrective action', 'Internal audit', 'Management review', 'Review action'];
const LINK_TYPE_NAMES = ['Corrective action', 'Raised by'];

function countByName(names: readonly string[], wanted: string): number {
  return names.filter((name) => name.toLowerCase() === wanted.toLowerCase()).length;
}

async function runSetup(stack: TestStack, payload: unknown = {}): Promise<SetupReport> {
  return setupReportSchema.parse(okData(await stack.invoke(TEST_USERS.admin, 'setup/run', payload)));
}

function outcomes(report: SetupReport): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const step of report.steps) counts[step.outcome] = (counts[step.outcome] ?? 0) + 1;
  return counts;
}

function expectEachOnce(stack: TestStack): void {
  const typeNames = stack.jira.admin.issueTypes().map((type) => type.name);
  for (const name of ISSUE_TYPE_NAMES) expect([name, countByName(typeNames, name)]).toEqual([name, 1]);
  expect(stack.jira.admin.projects().filter((project) => project.key === 'ISMS')).toHaveLength(1);
}

/** The names of the issue types in the project's issue type scheme, read from the stand-in. */
function schemeTypeNames(stack: TestStack, projectKey = 'ISMS'): string[] {
  const byId = new Map(stack.jira.admin.issueTypes().map((type) => [type.id, type.name]));
  return stack.jira.admin.issueTypeScheme(projectKey).issueTypeIds.map((id) => byId.get(id) ?? id);
}

async function createIssueAsApp(stack: TestStack, projectKey: string, issueTypeId: string): Promise<{ status: number; json(): Promise<unknown> }> {
  const body = JSON.stringify({ fields: { project: { key: projectKey }, issuetype: { id: issueTypeId }, summary: 'Supplier access review missed' } });
  return stack.requesterAs('app')({ value: '/rest/api/3/issue' }, { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body });
}

async function linkTypeNames(stack: TestStack): Promise<string[]> {
  const reply = await stack.requesterAs('app')({ value: '/rest/api/3/issueLinkType' }, { headers: { Accept: 'application/json' } });
  const body = (await reply.json()) as { issueLinkTypes: { name: string }[] };
  return body.issueLinkTypes.map((type) => type.name);
}

describe('setup/run', () => {
  let stack: TestStack;
  beforeEach(async () => {
    stack = await startTestStack({ now: () => new Date('2026-03-02T09:00:00.000Z') });
  });
  afterEach(async () => {
    await stack.close();
  });

  it('given a bare site, creates the issue types, link types and ISMS project, resolves every field, and records them', async () => {
    const report = await runSetup(stack);

    expect(report.complete).toBe(true);
    expect(outcomes(report)).toEqual({ created: 10, adopted: CUSTOM_FIELD_KEYS.length });
    expectEachOnce(stack);
    const links = await linkTypeNames(stack);
    for (const name of LINK_TYPE_NAMES) expect(countByName(links, name)).toBe(1);
    const project = stack.jira.admin.project('ISMS');
    expect(project?.leadAccountId).toBe(TEST_USERS.admin);

    const state = setupStateSchema.parse(stack.forge.kvsStore.get('config:setup'));
    expect(state.projectKey).toBe('ISMS');
    expect(state.projectId).toBe(project?.id);
    expect(state.completedBy).toBe(TEST_USERS.admin);
    for (const key of CUSTOM_FIELD_KEYS) expect(state.fieldIds[key]).toBe(stack.jira.admin.customFieldId(key));
    const finding = stack.jira.admin.issueTypes().find((type) => type.name === 'Finding');
    expect(state.issueTypeIds.finding).toBe(finding?.id);
    expect(stack.contractViolations).toEqual([]);

    const status = okData(await stack.invoke(TEST_USERS.admin, 'admin/status'));
    expect(status).toEqual({ setUp: true, setupCompletedAt: state.completedAt, projectKeys: ['ISMS'] });
    expect(setupReportSchema.parse(okData(await stack.invoke(TEST_USERS.admin, 'setup/report')))).toEqual(report);
  });

  it('given a bare site, puts the six issue types into the new project\u2019s own scheme, so a Finding can be created', async () => {
    const report = await runSetup(stack);

    const scheme = stack.jira.admin.issueTypeScheme('ISMS');
    expect(scheme.name).toBe('ISMS: Project Management Issue Type Scheme');
    expect(schemeTypeNames(stack)).toEqual(['Task', 'Subtask', ...ISSUE_TYPE_NAMES]);
    const step = report.steps.find((candidate) => candidate.what === "Issue types in project ISMS's scheme");
    expect(step).toEqual({
      what: "Issue types in project ISMS's scheme",
      outcome: 'created',
      detail: `Added ${ISSUE_TYPE_NAMES.join(', ')} to "ISMS: Project Management Issue Type Scheme" (${scheme.id}).`,
      id: scheme.id,
    });
    const state = setupStateSchema.parse(stack.forge.kvsStore.get('config:setup'));
    const created = await createIssueAsApp(stack, 'ISMS', state.issueTypeIds.finding);
    expect(created.status).toBe(201);
    expect(stack.contractViolations).toEqual([]);
  });

  it('adds only the missing types to an adopted template project, and re-running adds nothing twice', async () => {
    stack.jira.admin.createProject({ key: 'ISMS', name: 'Our ISMS', leadAccountId: TEST_USERS.ismsManager, projectTypeKey: 'software', projectTemplateKey: 'com.pyxis.greenhopper.jira:gh-simplified-kanban-classic' });
    const finding = stack.jira.admin.createIssueType({ name: 'Finding' });
    const refused = await createIssueAsApp(stack, 'ISMS', finding.id);
    expect([refused.status, await refused.json()]).toEqual([400, { errorMessages: [], errors: { issuetype: 'Specify a valid issue type' } }]);

    const first = await runSetup(stack);
    const second = await runSetup(stack);

    const what = "Issue types in project ISMS's scheme";
    expect(first.steps.find((step) => step.what === what)?.outcome).toBe('created');
    expect(schemeTypeNames(stack)).toEqual(['Epic', 'Story', 'Bug', 'Task', 'Subtask', ...ISSUE_TYPE_NAMES]);
    expect(second.complete).toBe(true);
    expect(second.steps.find((step) => step.what === what)).toMatchObject({ outcome: 'adopted', detail: `"ISMS: Kanban Issue Type Scheme" (${stack.jira.admin.issueTypeScheme('ISMS').id}) holds the app's issue types.` });
    expect(schemeTypeNames(stack)).toHaveLength(5 + ISSUE_TYPE_NAMES.length);
    expect((await createIssueAsApp(stack, 'ISMS', finding.id)).status).toBe(201);
    expect(stack.contractViolations).toEqual([]);
  });

  it('when run twice, the second run adopts everything and creates nothing', async () => {
    const first = await runSetup(stack);
    const typesBefore = stack.jira.admin.issueTypes().length;
    const linksBefore = (await linkTypeNames(stack)).length;

    const second = await runSetup(stack);

    expect(second.complete).toBe(true);
    expect(outcomes(second)).toEqual({ adopted: 10 + CUSTOM_FIELD_KEYS.length });
    expect(stack.jira.admin.issueTypes()).toHaveLength(typesBefore);
    expect(await linkTypeNames(stack)).toHaveLength(linksBefore);
    expectEachOnce(stack);
    expect(second.steps.map((step) => step.id)).toEqual(first.steps.map((step) => step.id));
  });

  it('adopts an existing project and same-named issue type regardless of case', async () => {
    stack.jira.admin.createProject({ key: 'ISMS', name: 'Our ISMS', leadAccountId: TEST_USERS.ismsManager, projectTypeKey: 'business' });
    const existing = stack.jira.admin.createIssueType({ name: 'finding' });

    const report = await runSetup(stack);

    expect(report.complete).toBe(true);
    expect(report.steps.find((step) => step.what === 'Issue type "Finding"')).toMatchObject({ outcome: 'adopted', id: existing.id });
    expect(report.steps.find((step) => step.what === 'Project ISMS')).toMatchObject({ outcome: 'adopted' });
    expect(report.steps.find((step) => step.what === "Issue types in project ISMS's scheme")).toEqual({
      what: "Issue types in project ISMS's scheme",
      outcome: 'adopted',
      detail: 'Uses the Default Issue Type Scheme, which holds every issue type.',
      id: '10000',
    });
    expect(stack.jira.admin.project('ISMS')?.name).toBe('Our ISMS');
    expectEachOnce(stack);
  });

  it('when Jira fails mid-way (5xx), records what it secured; the next run completes without duplicates', async () => {
    stack.jira.setFaults({
      rules: [
        { method: 'POST', path: '/rest/api/3/issuetype', status: 503, times: 1 },
        { method: 'POST', path: '/rest/api/3/project', status: 502, times: 1 },
      ],
    });

    const broken = await runSetup(stack);

    expect(broken.complete).toBe(false);
    const failed = broken.steps.filter((step) => step.outcome === 'failed');
    expect(failed.map((step) => step.what)).toEqual(['Issue type "Monitoring check"', 'Project ISMS']);
    expect(failed[0]?.detail).toMatch(/unavailable \(503/);
    expect(stack.forge.kvsStore.get('config:setup')).toBeUndefined();
    const progress = stack.forge.kvsStore.get('config:setup-progress');
    expect(progress).toMatchObject({ issueTypeIds: { finding: expect.any(String) as unknown }, linkTypeIds: { raisedBy: expect.any(String) as unknown } });
    expect(okData(await stack.invoke(TEST_USERS.admin, 'admin/status'))).toMatchObject({ setUp: false });
    expect(okData(await stack.invoke(TEST_USERS.admin, 'setup/report'))).toMatchObject({ complete: false, runBy: TEST_USERS.admin });

    const resumed = await runSetup(stack);

    expect(resumed.complete).toBe(true);
    expect(resumed.steps.filter((step) => step.outcome === 'created').map((step) => step.what)).toEqual(['Issue type "Monitoring check"', 'Project ISMS', "Issue types in project ISMS's scheme"]);
    expectEachOnce(stack);
    for (const name of LINK_TYPE_NAMES) expect(countByName(await linkTypeNames(stack), name)).toBe(1);
    expect(setupStateSchema.safeParse(stack.forge.kvsStore.get('config:setup')).success).toBe(true);
  });

  it('uses the configured project key and issue type names, and saves them as versioned settings', async () => {
    const names = { monitoringCheck: 'ISMS check', finding: 'Audit finding', correctiveAction: 'CAPA', internalAudit: 'Audit', managementReview: 'Mgmt review', reviewAction: 'Mgmt action' };

    const report = await runSetup(stack, { projectKey: 'SEC', projectName: 'Security', projectTypeKey: 'software', issueTypeNames: names });

    expect(report.complete).toBe(true);
    expect(stack.jira.admin.project('SEC')?.projectTypeKey).toBe('software');
    expect(stack.jira.admin.issueTypes().map((type) => type.name)).toEqual(expect.arrayContaining(Object.values(names)));
    expect(setupStateSchema.parse(stack.forge.kvsStore.get('config:setup')).projectKey).toBe('SEC');
    expect(okData(await stack.invoke(TEST_USERS.admin, 'settings/get'))).toMatchObject({ setup: { version: 1, value: { projectKey: 'SEC' }, changedBy: TEST_USERS.admin } });
  });

  it.each([['member', TEST_USERS.member], ['outsider', TEST_USERS.outsider], ['ISMS manager', TEST_USERS.ismsManager]])(
    'refuses a %s (not a Jira admin) with FORBIDDEN and writes nothing',
    async (_who, accountId) => {
      const typesBefore = stack.jira.admin.issueTypes().length;

      const error = envelopeError(await stack.invoke(accountId, 'setup/run', {}));

      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/Jira administrators/);
      expect(stack.jira.admin.issueTypes()).toHaveLength(typesBefore);
      expect(stack.jira.admin.project('ISMS')).toBeUndefined();
      expect(stack.forge.kvsStore.keys()).toEqual([]);
      expect(stack.forge.kvsStore.entityKeys('versioned-value')).toEqual([]);
      for (const key of ['admin/status', 'setup/report', 'settings/get']) expect(envelopeError(await stack.invoke(accountId, key)).code).toBe('FORBIDDEN');
    },
  );

  it('rejects an invalid setup payload naming the field, before touching Jira', async () => {
    const error = envelopeError(await stack.invoke(TEST_USERS.admin, 'setup/run', { projectKey: 'isms-1' }));

    expect(error).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'projectKey' });
    expect(error.message).toMatch(/projectKey must be 2 to 10 characters/);
    expect(stack.jira.admin.project('ISMS')).toBeUndefined();
  });
});
