// The Jira adapters against the stand-in (which holds itself to Jira's OpenAPI document), after setup: the calls
// colleagues build the sweep, findings and corrective actions on. Every exchange is contract-checked.
import { appFieldsJson, readAppFieldValues } from '../../src/adapters/jira/issue-fields';
import type { JiraRequester } from '../../src/adapters/jira/jira-requester';
import { setupStateSchema, type SetupState } from '../../src/adapters/storage/setup-state';
import { localDate } from '../../src/domain/local-date';
import type * as JiraAdapters from './all-jira-adapters';
import { startTestStack, TEST_GROUPS, TEST_USERS, type TestStack } from './stack';

let stack: TestStack;
let state: SetupState;
let app: JiraRequester;
let adapters: typeof JiraAdapters;
let keys: { id: string; key: string; summary: string }[];
let bulkCreateCalls: number | undefined;

const checkFields = (n: number) => ({ project: { id: state.projectId }, issuetype: { id: state.issueTypeIds.monitoringCheck }, summary: `Check ${String(n).padStart(3, '0')}` });

beforeAll(async () => {
  stack = await startTestStack();
  await stack.setUpApp();
  adapters = await import('./all-jira-adapters');
  state = setupStateSchema.parse(stack.forge.kvsStore.get('config:setup'));
  app = stack.requesterAs('app');
  const issues = Array.from({ length: 120 }, (_, n) => ({ fields: n === 57 ? { ...checkFields(n), summary: '' } : checkFields(n) }));
  stack.jira.resetStats();
  const result = await adapters.createIssues(app, issues);
  bulkCreateCalls = stack.jira.stats().byRoute['POST /rest/api/3/issue/bulk'];
  keys = result.created.map((created) => ({ ...created, summary: `Check ${String(created.index).padStart(3, '0')}` }));
});
afterAll(async () => {
  await stack.close();
});

describe('createIssues (bulk, 50 a call)', () => {
  it('creates 119 of 120 in three calls and names the one that failed by its index', async () => {
    expect(keys).toHaveLength(119);
    expect(bulkCreateCalls).toBe(3);
    const fetched = await adapters.bulkFetchIssues(app, { issueIdsOrKeys: keys.map((issue) => issue.key), fields: ['summary'] });
    const summaries = new Map(fetched.issues.map((issue) => [issue.key, issue.fields.summary]));
    for (const issue of keys) expect(summaries.get(issue.key)).toBe(issue.summary);
    expect(fetched.missing).toEqual([]);
  });

  it('reports the failed item with its index and Jira’s message', async () => {
    const result = await adapters.createIssues(app, [{ fields: checkFields(1) }, { fields: { ...checkFields(2), summary: '' } }]);
    expect(result.created.map((created) => created.index)).toEqual([0]);
    expect(result.failed).toEqual([{ index: 1, status: 400, messages: [expect.stringMatching(/^summary: /) as unknown] }]);
  });
});

describe('search', () => {
  const jql = () => `project = ${state.projectKey} AND issuetype = ${state.issueTypeIds.monitoringCheck} ORDER BY key ASC`;

  it('pages ids/keys and fields with nextPageToken, and stops fetching when told to', async () => {
    expect((await adapters.searchIssueKeys(app, jql())).length).toBeGreaterThanOrEqual(119);
    const limited = await adapters.searchIssues(app, { jql: jql(), fields: ['summary'], maxResults: 25, limit: 60 });
    expect(limited).toHaveLength(60);
    expect(limited[0]?.fields.summary).toBe('Check 000');
    let pages = 0;
    const seen = await adapters.forEachIssuePage(app, { jql: jql(), fields: ['key'], maxResults: 10 }, () => {
      pages += 1;
      return 'stop';
    });
    expect([pages, seen]).toEqual([1, 10]);
  });

  it('counts approximately', async () => {
    expect(await adapters.countIssues(app, jql())).toBeGreaterThanOrEqual(119);
  });
});

describe('app fields, properties, transitions, links', () => {
  it('writes the app’s readOnly fields for many issues in one call and reads them back typed', async () => {
    const [first, second] = keys;
    if (first === undefined || second === undefined) throw new Error('no issues');
    const values = { 'monitoring-item': 'MI-012', 'iso-clause': ['9.1'], 'report-due-date': localDate('2026-03-05'), 'escalation-level': 2 } as const;
    const updates = [first, second].flatMap((issue) =>
      Object.entries(appFieldsJson(state.fieldIds, values)).map(([fieldId, value]) => ({ fieldId, issueId: issue.id, value })),
    );
    const calls = await adapters.setAppFieldValues(app, [...updates, { fieldId: state.fieldIds['escalation-level'], issueId: second.id, value: 3 }]);

    expect(calls).toBe(1);
    const [issue] = await adapters.searchIssues(app, { jql: `key = ${second.key}`, fields: Object.values(state.fieldIds) });
    expect(readAppFieldValues(state.fieldIds, issue?.fields ?? {})).toMatchObject({ ...values, 'escalation-level': 3, 'finding-kind': null });
  });

  it('sets the clause9 property at create time and finds the issue by it in JQL', async () => {
    const created = await adapters.createIssue(app, {
      fields: { project: { id: state.projectId }, issuetype: { id: state.issueTypeIds.finding }, summary: 'Backups not tested' },
      properties: [{ key: 'clause9', value: { id: 'finding:abc', kind: 'finding', status: 'open', v: 1 } }],
    });
    await adapters.setClause9Property(app, created.key, { id: 'finding:abc', kind: 'finding', status: 'contained', v: 1 });

    expect(await adapters.getClause9Property(app, created.key)).toEqual({ id: 'finding:abc', kind: 'finding', status: 'contained', v: 1 });
    expect(await adapters.getClause9Property(app, keys[0]?.key ?? '')).toBeUndefined();
    expect(await adapters.searchIssueKeys(app, 'issue.property[clause9].id = "finding:abc"')).toEqual([{ id: created.id, key: created.key }]);
  });

  it('edits, transitions by status category, and links a corrective action to its finding', async () => {
    const finding = await adapters.createIssue(app, { fields: { project: { id: state.projectId }, issuetype: { id: state.issueTypeIds.finding }, summary: 'F' } });
    const action = await adapters.createIssue(app, { fields: { project: { id: state.projectId }, issuetype: { id: state.issueTypeIds.correctiveAction }, summary: 'CA' } });

    await adapters.editIssue(app, action.key, { fields: { duedate: '2026-04-01' }, update: { labels: [{ add: 'iso27001' }] } });
    const moved = await adapters.transitionIssue(app, action.key, { statusCategory: 'done' });
    await adapters.createIssueLink(app, { linkTypeId: state.linkTypeIds.correctiveActionFor, from: action.key, to: finding.key });

    expect(moved?.to.name).toBe('Done');
    expect(await adapters.transitionIssue(app, action.key, { statusName: 'No such status' })).toBeUndefined();
    const [fetched] = (await adapters.bulkFetchIssues(app, { issueIdsOrKeys: [action.key], fields: ['duedate', 'labels', 'status', 'issuelinks'] })).issues;
    expect(fetched?.fields).toMatchObject({ duedate: '2026-04-01', labels: ['iso27001'], status: { name: 'Done' } });
    expect(fetched?.fields.issuelinks).toEqual([
      expect.objectContaining({ type: expect.objectContaining({ outward: 'is corrective action for' }) as unknown, outwardIssue: expect.objectContaining({ key: finding.key }) as unknown }),
    ]);
  });
});

describe('following the app record with the Jira status', () => {
  it('moves an issue into a status category once; a repeat sends no transition, even with a second done status', async () => {
    stack.jira.admin.createStatus({ name: "Won't do", category: 'done' });
    const review = await adapters.createIssue(app, { fields: { project: { id: state.projectId }, issuetype: { id: state.issueTypeIds.managementReview }, summary: 'MR' } });
    const transitions = (): number => stack.jira.stats().byRoute['POST /rest/api/3/issue/{issueIdOrKey}/transitions'] ?? 0;
    const statusName = async (): Promise<unknown> => (await adapters.bulkFetchIssues(app, { issueIdsOrKeys: [review.key], fields: ['status'] })).issues[0]?.fields.status;

    expect(await adapters.moveToStatusCategory(app, review.key, 'indeterminate')).toBe(true);
    expect(await statusName()).toMatchObject({ name: 'In Progress' });
    expect(await adapters.moveToStatusCategory(app, review.key, 'done')).toBe(true);
    const before = transitions();
    expect(await adapters.moveToStatusCategory(app, review.key, 'done')).toBe(true);

    expect(transitions()).toBe(before);
    expect(await statusName()).toMatchObject({ name: 'Done' });
    expect(await adapters.moveToStatusCategory(app, '999999', 'done')).toBe(false);
  });
});

describe('users and groups', () => {
  it('tells who is calling and which groups they are in', async () => {
    const me = await adapters.getMyself(stack.requesterAs(TEST_USERS.ismsManager));
    expect(me.accountId).toBe(TEST_USERS.ismsManager);
    expect(adapters.isInGroup(me.groups, TEST_GROUPS.ismsManagers)).toBe(true);
    expect(adapters.isInGroup(await adapters.getUserGroups(app, TEST_USERS.committee), TEST_GROUPS.steeringCommittee)).toBe(true);
  });
});

describe('contract', () => {
  it('every exchange above stayed within Jira’s OpenAPI document', () => {
    expect(stack.contractViolations).toEqual([]);
  });
});
