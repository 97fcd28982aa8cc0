// Product events keep the read models current between sweeps: created/updated/deleted issue events from the Jira
// stand-in, delivered to the REAL `trigger` module, change only the affected entries — at one Jira call for an app
// issue, none for anything else.
import type { ProductEvent } from '../../local/forge';
import type { JiraIssueEvent } from '../../local/jira';
import { overdueEntrySchema, type OverdueEntry } from '../../src/adapters/storage/read-models/overdue-model';
import { openNonconformitySchema } from '../../src/adapters/storage/read-models/nonconformity-model';
import { startTestStack, TEST_USERS, type TestStack } from './stack';
import { setupOf, useClock } from './sweep-fixture';

jest.setTimeout(60_000);

let stack: TestStack;

beforeAll(async () => {
  useClock('2026-03-16T09:00:00.000Z');
  stack = await startTestStack();
  await stack.setUpApp();
});

afterAll(async () => {
  await stack.close();
  jest.useRealTimers();
});

function modelEntries(name: string): unknown[] {
  return stack.forge.kvsStore
    .entityKeys('read-model')
    .filter((key) => key.startsWith(`rm:${name}:`))
    .flatMap((key) => Object.values((stack.forge.kvsStore.getEntity('read-model', key) as { value: Record<string, unknown> }).value));
}

function overdue(): OverdueEntry[] {
  return modelEntries('overdue').map((entry) => overdueEntrySchema.parse(entry));
}

/** Delivers the events the stand-in emitted since `from` to the app's trigger; returns Jira calls the app made. */
async function deliverSince(from: number): Promise<number> {
  stack.jira.resetStats();
  for (const event of stack.issueEvents.slice(from)) {
    // What the platform delivers: the stand-in's event without its `actorIsApp` bookkeeping.
    const payload: ProductEvent = Object.fromEntries(Object.entries(event).filter(([name]) => name !== 'actorIsApp')) as ProductEvent;
    await stack.forge.deliverProductEvent(payload);
  }
  return stack.jira.stats().requests;
}

async function adapters() {
  const [{ createIssue }, { transitionIssue }, { setAppFieldValues }, { route }] = await Promise.all([
    import('../../src/adapters/jira/create-issue'),
    import('../../src/adapters/jira/transition-issue'),
    import('../../src/adapters/jira/set-app-field-values'),
    import('@forge/api'),
  ]);
  return { createIssue, transitionIssue, setAppFieldValues, route };
}

it('adds an overdue corrective action, drops it when done, and drops a deleted one — one Jira call per app issue', async () => {
  const { createIssue, transitionIssue, route } = await adapters();
  const state = setupOf(stack);
  const member = stack.requesterAs(TEST_USERS.member);
  const fields = (summary: string, duedate: string) => ({ project: { id: state.projectId }, issuetype: { id: state.issueTypeIds.correctiveAction }, summary, duedate, assignee: { accountId: TEST_USERS.member } });

  let mark = stack.issueEvents.length;
  const action = await createIssue(member, { fields: fields('Patch the VPN gateway', '2026-03-10') });
  expect(await deliverSince(mark)).toBe(1);
  expect(overdue()).toEqual([expect.objectContaining({ key: action.key, reasons: ['action_overdue'], since: '2026-03-10', ownerAccountId: TEST_USERS.member, escalationLevel: 0 })]);

  mark = stack.issueEvents.length;
  await transitionIssue(member, action.key, { statusCategory: 'done' });
  expect(await deliverSince(mark)).toBe(1);
  expect(overdue()).toEqual([]);

  const doomed = await createIssue(member, { fields: fields('Duplicate action', '2026-03-01') });
  await deliverSince(mark);
  expect(overdue().map((entry) => entry.key)).toEqual([doomed.key]);
  mark = stack.issueEvents.length;
  const response = await stack.requesterAs(TEST_USERS.ismsManager)(route`/rest/api/3/issue/${doomed.id}`, { method: 'DELETE' });
  expect(response.status).toBe(204);
  expect(await deliverSince(mark)).toBe(0);
  expect(overdue()).toEqual([]);
  expect(stack.contractViolations).toEqual([]);
});

it('makes no Jira call for issues that are not the app’s, nor for its own escalation-level writes', async () => {
  const { createIssue, setAppFieldValues } = await adapters();
  const state = setupOf(stack);
  const member = stack.requesterAs(TEST_USERS.member);
  const inScheme = stack.jira.admin.issueTypeScheme(state.projectId).issueTypeIds;
  const otherType = stack.jira.admin.issueTypes().find((type) => inScheme.includes(type.id) && !Object.values(state.issueTypeIds).includes(type.id) && !type.subtask);
  if (otherType === undefined) throw new Error('no ordinary issue type in the stand-in');
  let mark = stack.issueEvents.length;
  await createIssue(member, { fields: { project: { id: state.projectId }, issuetype: { id: otherType.id }, summary: 'Order new laptops' } });
  expect(await deliverSince(mark)).toBe(0);

  const action = await createIssue(member, { fields: { project: { id: state.projectId }, issuetype: { id: state.issueTypeIds.correctiveAction }, summary: 'Late action', duedate: '2026-03-02' } });
  await deliverSince(mark);
  mark = stack.issueEvents.length;
  await setAppFieldValues(stack.requesterAs('app'), [{ fieldId: state.fieldIds['escalation-level'], issueId: action.id, value: 1 }]);
  expect(stack.issueEvents.slice(mark).map((event: JiraIssueEvent) => event.eventType)).toEqual(['avi:jira:updated:issue']);
  expect(await deliverSince(mark)).toBe(0);

  // A check the sweep creates, then its app fields: neither event costs a call.
  mark = stack.issueEvents.length;
  const check = await createIssue(stack.requesterAs('app'), { fields: { project: { id: state.projectId }, issuetype: { id: state.issueTypeIds.monitoringCheck }, summary: 'New check', duedate: '2026-03-20' } });
  await setAppFieldValues(stack.requesterAs('app'), [
    { fieldId: state.fieldIds['monitoring-item'], issueId: check.id, value: 'MI-1' },
    { fieldId: state.fieldIds['report-due-date'], issueId: check.id, value: '2026-03-25' },
  ]);
  expect(stack.issueEvents.slice(mark)).toHaveLength(2);
  expect(await deliverSince(mark)).toBe(0);
});

it('counts an open nonconformity against its clauses and controls in the coverage read model', async () => {
  const { createIssue, setAppFieldValues } = await adapters();
  const state = setupOf(stack);
  const mark = stack.issueEvents.length;
  const finding = await createIssue(stack.requesterAs(TEST_USERS.member), { fields: { project: { id: state.projectId }, issuetype: { id: state.issueTypeIds.finding }, summary: 'Backups not tested' } });
  await setAppFieldValues(stack.requesterAs('app'), [
    { fieldId: state.fieldIds['finding-kind'], issueId: finding.id, value: 'Major nonconformity' },
    { fieldId: state.fieldIds['annex-a-control'], issueId: finding.id, value: ['A.8.13'] },
  ]);
  await deliverSince(mark);
  expect(modelEntries('open-nonconformities').map((entry) => openNonconformitySchema.parse(entry))).toEqual([
    { issueId: finding.id, key: finding.key, kind: 'major_nonconformity', references: ['A.8.13'], raisedOn: '2026-03-16' },
  ]);
  const coverage = stack.forge.kvsStore.getEntity('read-model', 'rm:coverage') as { value: { rows: { id: string; gap: string; openNonconformities: number }[] } };
  expect(coverage.value.rows.find((row) => row.id === 'A.8.13')).toMatchObject({ gap: 'failing', openNonconformities: 1 });
});
