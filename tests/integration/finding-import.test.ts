// `findings/import` with the demo organisation's findings (replayed through the domain): every finding and corrective
// action becomes its issue with the record, fields, links and Jira status the lifecycle would have produced; a re-run
// creates nothing; a finding worked in the app since is kept as it is.
import { DEMO_PEOPLE_LIST } from '../../local/seed/demo-people';
import { buildDemoOrganisation } from '../../local/seed/demo-organisation';
import { localDate } from '../../src/domain/local-date';
import { CLOCK_ONLY, issueOf, issuesOfType, linksOf, panel } from './finding-fixtures';
import { startTestStack, TEST_GROUPS, TEST_USERS, type TestStack } from './stack';

interface Imported {
  id: string;
  issueKey: string;
  outcome: string;
  correctiveActions: { id: string; issueKey: string }[];
}

describe('findings/import (demo seed)', () => {
  let stack: TestStack;
  const finding = panel(() => stack);
  const organisation = buildDemoOrganisation(localDate('2026-03-02'));
  const payload = { findings: organisation.findings, correctiveActions: organisation.correctiveActions };

  beforeEach(async () => {
    jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z'), ...CLOCK_ONLY });
    stack = await startTestStack();
    for (const person of DEMO_PEOPLE_LIST) {
      stack.jira.admin.createUser({ accountId: person.accountId, displayName: person.displayName, emailAddress: person.emailAddress });
      stack.jira.admin.addUserToGroup(TEST_GROUPS.ismsTeam, person.accountId);
    }
    await stack.setUpApp();
  });
  afterEach(async () => {
    await stack.close();
    jest.useRealTimers();
  });

  it('creates every finding and corrective action once, as the lifecycle would have left them', async () => {
    const imported = await finding.ok<Imported[]>(TEST_USERS.ismsManager, 'findings/import', payload);
    expect(imported.map((entry) => entry.outcome)).toEqual(organisation.findings.map(() => 'created'));
    expect(issuesOfType(stack, 'Finding')).toHaveLength(organisation.findings.length);
    expect(issuesOfType(stack, 'Corrective action')).toHaveLength(organisation.correctiveActions.length);

    for (const entry of imported) {
      const record = organisation.findings.find((demo) => demo.finding.id === entry.id);
      const { property, field, issue } = issueOf(stack, entry.issueKey);
      expect(property).toMatchObject({ id: entry.id, kind: 'finding', status: record?.finding.status, state: JSON.parse(JSON.stringify(record?.finding)) as unknown });
      expect(field('finding-stage')).not.toBeNull();
      expect(issue.statusCategory).toBe(record?.finding.status === 'open' ? 'new' : record?.finding.status === 'closed' ? 'done' : 'indeterminate');
      const links = (await linksOf(stack, entry.issueKey)).filter((link) => link.type === 'Corrective action').map((link) => link.inward);
      expect(links.sort()).toEqual(entry.correctiveActions.map((ca) => ca.issueKey).sort());
    }
    const view = await finding.ok<{ correctiveActions: unknown[] }>(TEST_USERS.member, 'finding/get', {}, imported[0]?.issueKey);
    expect(view.correctiveActions.length).toBe(imported[0]?.correctiveActions.length);
    expect(stack.contractViolations).toEqual([]);
  });

  it('converges on a re-run: nothing new is created, and a finding worked since is kept', async () => {
    const first = await finding.ok<Imported[]>(TEST_USERS.ismsManager, 'findings/import', payload);
    const open = first.find((entry) => organisation.findings.find((demo) => demo.finding.id === entry.id)?.finding.status === 'open');
    if (open === undefined) throw new Error('the demo has an open finding');
    await finding.ok(TEST_USERS.member, 'finding/contain', { containment: { correction: 'Contained after the import' } }, open.issueKey);

    const second = await finding.ok<Imported[]>(TEST_USERS.ismsManager, 'findings/import', payload);
    expect(second.map((entry) => entry.issueKey)).toEqual(first.map((entry) => entry.issueKey));
    expect(second.find((entry) => entry.id === open.id)?.outcome).toBe('kept');
    expect(second.filter((entry) => entry.id !== open.id).every((entry) => entry.outcome === 'unchanged')).toBe(true);
    expect(issuesOfType(stack, 'Finding')).toHaveLength(organisation.findings.length);
    expect(issuesOfType(stack, 'Corrective action')).toHaveLength(organisation.correctiveActions.length);
    expect(issueOf(stack, open.issueKey).property.status).toBe('contained');
  });

  it('is for ISMS managers only, and refuses an action whose finding is missing, naming it', async () => {
    expect(await finding.fails(TEST_USERS.member, 'findings/import', payload)).toMatchObject({ code: 'FORBIDDEN' });
    const orphan = await finding.fails(TEST_USERS.ismsManager, 'findings/import', { findings: [], correctiveActions: organisation.correctiveActions.slice(0, 1) });
    expect(orphan).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'correctiveActions.0.action.findingId' });
    expect(issuesOfType(stack, 'Finding')).toEqual([]);
  });
});
