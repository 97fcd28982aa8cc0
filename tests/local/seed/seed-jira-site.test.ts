// The demo Jira site: people in their groups, the ISMS and ENG projects with role-based permissions, the backlog.
import { startJiraStandIn } from '../../../local/jira';
import type { JiraStandIn } from '../../../local/jira';
import { DEMO_PEOPLE_LIST, ID, seedJiraSite } from '../../../local/seed';
import { localDate } from '../../../src/domain/local-date';
import { REAL_MANIFEST } from '../host/local-stack-fixture';

let jira: JiraStandIn;
beforeAll(async () => {
  jira = await startJiraStandIn({ dataDir: ':memory:', manifestPath: REAL_MANIFEST, now: () => new Date('2026-11-22T12:00:00Z') });
  seedJiraSite(jira.admin, localDate('2026-11-22'));
});
afterAll(async () => {
  await jira.close();
});

async function asUser<T>(accountId: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${jira.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', 'x-clause9-principal': `user:${accountId}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await response.json()) as T;
}

const isAdmin = async (accountId: string): Promise<boolean> =>
  (await asUser<{ permissions: { ADMINISTER: { havePermission: boolean } } }>(accountId, '/rest/api/3/mypermissions?permissions=ADMINISTER')).permissions.ADMINISTER.havePermission;
const count = async (accountId: string, jql: string): Promise<number> => (await asUser<{ count: number }>(accountId, '/rest/api/3/search/approximate-count', { jql })).count;

it('creates every demo person, and only the Jira admin administers Jira', async () => {
  expect(jira.admin.users().filter((user) => DEMO_PEOPLE_LIST.some((person) => person.accountId === user.accountId))).toHaveLength(DEMO_PEOPLE_LIST.length);
  expect(await isAdmin(ID.jiraAdmin)).toBe(true);
  expect(await isAdmin(ID.ismsManager)).toBe(false);
  expect(await isAdmin(ID.ciso)).toBe(false);
});

it('lets each role see the projects it works in', async () => {
  expect(await count(ID.ismsManager, 'project = ISMS')).toBe(3);
  expect(await count(ID.ismsManager, 'project = ENG')).toBe(15);
  expect(await count(ID.leadAuditor, 'project = ENG')).toBe(15);
  expect(await count(ID.hr, 'project = ISMS')).toBe(3);
  expect(await count(ID.hr, 'project = ENG')).toBe(0);
  expect(await count(ID.engineer, 'project = ENG AND statusCategory != Done')).toBe(10);
});

it('dates the backlog relative to the demo today: overdue work is overdue', async () => {
  expect(await count(ID.platformLead, 'project = ENG AND duedate < "2026-11-22" AND statusCategory != Done ORDER BY duedate')).toBe(2);
});
