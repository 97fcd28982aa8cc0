// clause9Overdue() returns a JQL fragment over the app's fields (never a list of keys); the fragment, put in place of
// the function the way Jira does, finds exactly the late work in the stand-in's real JQL engine.
import { CLAUSE9_PROPERTY_KEY } from '../../src/adapters/jira/issue-property';
import { startTestStack, TEST_USERS, type TestStack } from './stack';
import { searchAsApp, seedIssues, setupOf, useClock } from './sweep-fixture';

let stack: TestStack;
let keys: Record<string, string>;

type JqlFunction = (request: unknown) => Promise<{ jql: string } | { error: string }>;

async function jqlFunction(): Promise<JqlFunction> {
  // The handler manifest.yml names, from the same module instance the Forge host loaded.
  const entry = await import('../../src/index');
  return entry.clause9OverdueJqlFunction;
}

async function fragment(operator: string, args: string[] = []): Promise<string> {
  const answer = await (await jqlFunction())({ precomputationId: 'p-1', clause: { field: 'issue', operator, functionName: 'clause9Overdue', arguments: args } });
  if ('error' in answer) throw new Error(answer.error);
  return answer.jql;
}

async function found(jql: string): Promise<string[]> {
  const byKey = new Map(Object.entries(keys).map(([name, key]) => [key, name]));
  return (await searchAsApp(stack, jql)).map((issue) => byKey.get(issue.key) ?? issue.key).sort();
}

beforeAll(async () => {
  useClock('2026-03-16T09:00:00.000Z'); // Monday
  stack = await startTestStack();
  await stack.setUpApp();
  const state = setupOf(stack);
  const check = (summary: string, duedate: string, app: Record<string, unknown>, status?: string, clause9Status = 'scheduled') => ({
    type: 'monitoringCheck' as const,
    summary,
    duedate,
    assignee: TEST_USERS.member,
    app,
    clause9: { id: `MI-1@${duedate}:${summary}`, kind: 'check', status: clause9Status, v: 1 },
    ...(status === undefined ? {} : { status }),
  });
  const seeded = seedIssues(stack, state, [
    check('overdue check', '2026-03-10', { 'report-due-date': '2026-03-13' }),
    check('check due today', '2026-03-16', { 'report-due-date': '2026-03-19' }),
    check('done, report late', '2026-03-09', { 'report-due-date': '2026-03-12' }, 'Done', 'done'),
    check('done, report sent', '2026-03-09', { 'report-due-date': '2026-03-12', 'report-sent-date': '2026-03-11' }, 'Done', 'done'),
    check('skipped', '2026-03-02', { 'report-due-date': '2026-03-05' }, 'Done', 'skipped'),
    { type: 'correctiveAction', summary: 'overdue action', duedate: '2026-03-01' },
    { type: 'correctiveAction', summary: 'action due next week', duedate: '2026-03-23' },
    { type: 'correctiveAction', summary: 'done action', duedate: '2026-03-01', status: 'Done' },
    { type: 'finding', summary: 'review due, pending', app: { 'effectiveness-review-due': '2026-03-16', 'effectiveness-result': 'Pending' } },
    { type: 'finding', summary: 'review done', app: { 'effectiveness-review-due': '2026-03-02', 'effectiveness-result': 'Effective' } },
  ]);
  const names = ['overdue check', 'check due today', 'done, report late', 'done, report sent', 'skipped', 'overdue action', 'action due next week', 'done action', 'review due, pending', 'review done'];
  keys = Object.fromEntries(names.map((name, index) => [name, seeded[index]?.key ?? '']));
});

afterAll(async () => {
  await stack.close();
  jest.useRealTimers();
});

it('answers `issue in clause9Overdue()` with a fragment built from fields, never issue keys', async () => {
  const jql = await fragment('in');
  expect(jql).not.toMatch(/[A-Z][A-Z0-9_]+-\d+/);
  expect(jql).toContain('startOfDay()');
  expect(jql).toContain(`issue.property[${CLAUSE9_PROPERTY_KEY}].status`);
  expect(await found(jql)).toEqual(['done, report late', 'overdue action', 'overdue check', 'review due, pending']);
});

it('narrows to one kind of late work with an argument', async () => {
  expect(await found(await fragment('in', ['checks']))).toEqual(['overdue check']);
  expect(await found(await fragment('in', ['reports']))).toEqual(['done, report late', 'overdue check']);
  expect(await found(await fragment('in', ['correctiveActions']))).toEqual(['overdue action']);
  expect(await found(await fragment('in', ['reviews']))).toEqual(['review due, pending']);
});

it('answers `not in` with the negation, so the rest of the project is found', async () => {
  const state = setupOf(stack);
  const jql = `project = ${state.projectKey} AND ${await fragment('not in')}`;
  expect(await found(jql)).toEqual(['action due next week', 'check due today', 'done action', 'done, report sent', 'review done', 'skipped']);
});

it('explains a bad argument or operator instead of failing the search silently', async () => {
  const call = await jqlFunction();
  expect(await call({ clause: { field: 'issue', operator: 'in', arguments: ['everything'] } })).toEqual({ error: expect.stringContaining('checks, reports, correctiveActions, reviews') as unknown });
  expect(await call({ clause: { field: 'issue', operator: '=', arguments: [] } })).toEqual({ error: expect.stringContaining('"in" and "not in"') as unknown });
  expect(stack.contractViolations).toEqual([]);
});
