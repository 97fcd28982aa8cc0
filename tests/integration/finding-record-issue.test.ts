// A Finding issue created in Jira itself (the Create dialog, an import, a rule) becomes a Clause9 finding from its
// panel: `finding/recordable` says whether and who may; `finding/record-issue` adds kind, source and requirements to
// the issue's own summary and description. Bad input names the field and stores nothing; a retry creates nothing new.
import { setupStateSchema, type SetupState } from '../../src/adapters/storage/setup-state';
import { CLOCK_ONLY, issueOf, panel } from './finding-fixtures';
import { startTestStack, TEST_USERS, type TestStack } from './stack';

const { member, committee } = TEST_USERS;

interface Recordable { recordable: boolean; reason: string | null; needsDescription: boolean; canEdit: boolean; summary: string }

describe('recording a Finding issue created in Jira', () => {
  let stack: TestStack;
  let setup: SetupState;
  const finding = panel(() => stack);

  beforeEach(async () => {
    jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z'), ...CLOCK_ONLY });
    stack = await startTestStack();
    await stack.setUpApp();
    setup = setupStateSchema.parse(stack.forge.kvsStore.get('config:setup'));
  });
  afterEach(async () => {
    await stack.close();
    jest.useRealTimers();
  });

  /** Created as a person would in Jira's Create dialog: as the user, no Clause9 record. */
  async function createInJira(issueTypeId: string, summary: string, description?: string): Promise<string> {
    const jira = await import('./all-jira-adapters');
    const fields: Record<string, unknown> = { project: { id: setup.projectId }, issuetype: { id: issueTypeId }, summary };
    if (description !== undefined) fields.description = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: description }] }] };
    return (await jira.createIssue(stack.requesterAs(member), { fields })).key;
  }

  it('offers it to editors, records it with the issue’s own text, and a retry returns the same finding', async () => {
    const key = await createInJira(setup.issueTypeIds.finding, 'Firewall rules reviewed late', 'The Q4 firewall rule review happened 40 days late.');
    expect(await finding.ok<Recordable>(member, 'finding/recordable', {}, key)).toEqual({ issueKey: key, summary: 'Firewall rules reviewed late', recordable: true, reason: null, needsDescription: false, canEdit: true });
    expect(await finding.ok<Recordable>(committee, 'finding/recordable', {}, key)).toMatchObject({ recordable: true, canEdit: false });
    expect(await finding.fails(committee, 'finding/record-issue', { kind: 'observation', source: 'other', sourceRef: null, references: [] }, key)).toMatchObject({ code: 'FORBIDDEN' });

    const payload = { kind: 'minor_nonconformity', source: 'monitoring_check', sourceRef: 'MI-020', references: ['A.8.20'] };
    const recorded = await finding.ok<{ created: boolean; findingId: string; stage: string; nextAllowed: string[] }>(member, 'finding/record-issue', payload, key);
    const retried = await finding.ok<{ created: boolean; findingId: string }>(member, 'finding/record-issue', payload, key);

    expect(recorded).toMatchObject({ created: true, stage: 'Open', nextAllowed: ['finding/contain'] });
    expect(retried).toMatchObject({ created: false, findingId: recorded.findingId });
    const { property, field } = issueOf(stack, key);
    expect(property).toMatchObject({ kind: 'finding', rev: 1, state: { kind: 'minor_nonconformity', title: 'Firewall rules reviewed late', description: 'The Q4 firewall rule review happened 40 days late.', raisedBy: member, raisedOn: '2026-03-02' } });
    expect(field('finding-kind')).toBe('Minor nonconformity');
    expect(await finding.ok(member, 'finding/get', {}, key)).toMatchObject({ stage: 'Open', canEdit: true });
    expect(await finding.ok<Recordable>(member, 'finding/recordable', {}, key)).toMatchObject({ recordable: false, reason: `${key} is already a Clause9 finding.` });
    expect(await finding.fails(member, 'finding/record-issue', { ...payload, kind: 'observation' }, key)).toMatchObject({ code: 'CONFLICT', field: 'issueKey' });
    expect(stack.contractViolations).toEqual([]);
  });

  it('names the field of bad input and stores nothing', async () => {
    const key = await createInJira(setup.issueTypeIds.finding, 'Visitors not escorted');
    expect(await finding.ok<Recordable>(member, 'finding/recordable', {}, key)).toMatchObject({ needsDescription: true });
    const base = { kind: 'major_nonconformity', source: 'incident', sourceRef: 'INC-88', references: ['A.7.2'] };

    expect(await finding.fails(member, 'finding/record-issue', { ...base, references: [] }, key)).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'description' });
    expect(await finding.fails(member, 'finding/record-issue', { ...base, references: [], description: 'Two visitors walked the office alone.' }, key)).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'references' });
    expect(await finding.fails(member, 'finding/record-issue', { ...base, references: ['A.99'], description: 'Two visitors walked the office alone.' }, key)).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'references.0' });
    expect(await finding.fails(member, 'finding/record-issue', { ...base, sourceRef: null, description: 'Two visitors walked the office alone.' }, key)).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'sourceRef' });
    expect(await finding.fails(member, 'finding/record-issue', { ...base, kind: 'grave' }, key)).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'kind' });
    expect(issueOf(stack, key).property).toBeUndefined();
    expect(stack.jira.admin.issue(key)?.description).toBeFalsy();

    await finding.ok(member, 'finding/record-issue', { ...base, description: 'Two visitors walked the office alone.' }, key);
    expect(issueOf(stack, key).property).toMatchObject({ state: { description: 'Two visitors walked the office alone.' } });
    expect(JSON.stringify(stack.jira.admin.issue(key)?.description)).toContain('Two visitors walked the office alone.');
  });

  it('refuses other issue types with the reason', async () => {
    const key = await createInJira(setup.issueTypeIds.correctiveAction, 'Rotate the VPN certificates');
    expect(await finding.ok<Recordable>(member, 'finding/recordable', {}, key)).toMatchObject({ recordable: false, reason: `${key} is a Corrective action issue: only Finding issues can be recorded as findings.` });
    expect(await finding.fails(member, 'finding/record-issue', { kind: 'observation', source: 'other', sourceRef: null, references: [] }, key)).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'issueKey' });
    expect(issueOf(stack, key).property).toBeUndefined();
  });
});
