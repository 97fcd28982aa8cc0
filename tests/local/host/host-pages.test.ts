// The Jira-like pages: issue search as the user (with Jira's 400 messages for bad JQL), the issue view, the app
// page frame, and the dashboard with the manifest's gadgets.
import { configureDashboardGadgets, readAppSurfaces } from '../../../local/host';
import { modulesOfType } from '../../../local/host/manifest-surfaces';
import { ID } from '../../../local/seed';
import type { LocalStack } from '../../../local/stack/start-local-stack';
import { getPage, REAL_MANIFEST, startTestStack, tempDataDir } from './local-stack-fixture';

const data = tempDataDir();
let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack(data.dir);
});
afterAll(async () => {
  await stack.close();
  data.remove();
});

const search = (jql: string, accountId: string) => getPage(`${stack.url}/issues?jql=${encodeURIComponent(jql)}`, accountId);
const keysIn = (html: string): string[] => [...html.matchAll(/data-issue-key="([A-Z]+-\d+)"/g)].map((match) => match[1] ?? '');

describe('issue search', () => {
  it('lists key, summary, type, status, assignee and due date, in the JQL order', async () => {
    const page = await search('project = ENG AND labels = security ORDER BY duedate ASC', ID.platformLead);
    expect(page.status).toBe(200);
    expect(keysIn(page.html)).toEqual(['ENG-12', 'ENG-8', 'ENG-5', 'ENG-14', 'ENG-7', 'ENG-6']);
    expect(page.html).toContain('Enrol new AWS accounts in the patch baseline automatically');
    expect(page.html).toMatch(/<td>Task<\/td>\s*<td><span class="lozenge lozenge-indeterminate">In Progress<\/span><\/td>\s*<td>Daniel Okafor<\/td>\s*<td>2026-11-12<\/td>/);
  });

  it('runs as the signed-in user: someone outside ENG finds nothing there', async () => {
    expect(keysIn((await search('project = ENG', ID.hr)).html)).toEqual([]);
    expect(keysIn((await search('project = ENG AND assignee = currentUser() ORDER BY key', ID.sreLead)).html)).toEqual(['ENG-6', 'ENG-8', 'ENG-13', 'ENG-15']);
  });

  it('shows Jira’s own messages for a query Jira rejects', async () => {
    const page = await search('project = ENG AND', ID.platformLead);
    expect(page.html).toContain('data-testid="jql-errors"');
    expect(page.html).toContain('Jira could not run this query (400).');
    expect(page.html).toMatch(/Error in the JQL Query/);
    const unknownField = await search('colour = red', ID.platformLead);
    expect(unknownField.html).toMatch(/Field &#39;colour&#39; does not exist|colour/);
  });
});

describe('other pages', () => {
  it('shows an issue’s fields as the user sees them', async () => {
    const page = await getPage(`${stack.url}/browse/ENG-5`, ID.platformLead);
    expect(page.html).toContain('<h1 data-testid="issue-summary">Enrol new AWS accounts in the patch baseline automatically</h1>');
    expect(page.html).toContain('data-testid="issue-status">In Progress<');
    expect((await getPage(`${stack.url}/browse/ENG-5`, ID.hr)).status).toBe(404);
  });

  it('frames the admin page with its module and user in the URL', async () => {
    const page = await getPage(`${stack.url}/jira/settings/apps/clause9-admin`, ID.jiraAdmin);
    const src = /<iframe class="forge-frame"[^>]*src="([^"]+)"/.exec(page.html)?.[1] ?? '';
    expect(src).toMatch(/^\/resource\/admin\/index\.html\?frame=/);
    const token = new URL(src, stack.url).searchParams.get('frame') ?? '';
    expect(JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))).toMatchObject({ moduleKey: 'clause9-admin', accountId: ID.jiraAdmin });
    expect((await getPage(`${stack.url}/jira/settings/apps/not-a-module`, ID.jiraAdmin)).status).toBe(404);
  });

  it('frames the ISMS page as the project page with its sub-pages beside it, the route in the frame, only inside a project', async () => {
    const page = await getPage(`${stack.url}/jira/projects/ISMS/apps/clause9-isms/audits`, ID.ismsManager);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Projects / ISMS / Apps / ISMS / Audit programme');
    const links = [...page.html.matchAll(/<a href="([^"]+)" data-route="([^"]+)"( aria-current="page")?>([^<]+)<\/a>/g)].map((match) => [match[4], match[1], match[3] !== undefined]);
    expect(links).toEqual([
      ['Monitoring matrix', '/jira/projects/ISMS/apps/clause9-isms/matrix', false],
      ['KPIs', '/jira/projects/ISMS/apps/clause9-isms/kpis', false],
      ['Audit programme', '/jira/projects/ISMS/apps/clause9-isms/audits', true],
      ['Management reviews', '/jira/projects/ISMS/apps/clause9-isms/reviews', false],
    ]);
    const src = /<iframe class="forge-frame"[^>]*src="([^"]+)"/.exec(page.html)?.[1] ?? '';
    const token = new URL(src, stack.url).searchParams.get('frame') ?? '';
    expect(JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))).toMatchObject({ moduleKey: 'clause9-isms', projectKey: 'ISMS', route: 'audits' });
    expect((await getPage(`${stack.url}/jira/apps/clause9-isms`, ID.ismsManager)).status).toBe(404);
  });

  it('puts every gadget of the manifest on the dashboard, in edit mode until it is configured', async () => {
    const gadgets = modulesOfType(readAppSurfaces(REAL_MANIFEST), 'jira:dashboardGadget').map((module) => module.key);
    expect(gadgets.length).toBeGreaterThan(0);
    const page = await getPage(`${stack.url}/jira/dashboards/10000`, ID.ismsManager);
    const onPage = [...page.html.matchAll(/<section class="gadget"[^>]*data-module-key="([^"]+)"[^>]*\s+data-mode="(\w+)"/g)].map((match) => [match[1], match[2]]);
    expect(onPage).toEqual(gadgets.map((key) => [key, 'edit']));
    expect(page.html).not.toContain('No gadgets in manifest yet');
  });

  it('lists the demo ISMS the seed loaded through the app, as a member of the ISMS project sees it', async () => {
    const findings = keysIn((await search('project = ISMS AND issuetype = Finding ORDER BY key', ID.leadAuditor)).html);
    expect(findings).toHaveLength(16); // 15 the app raised or imported, 1 an engineer created in Jira itself
    expect(keysIn((await search('project = ISMS AND issuetype = "Monitoring check" AND assignee = currentUser()', ID.facilities)).html).length).toBeGreaterThan(0);
  });

  // Last: it changes the dashboard the tests above expect unconfigured.
  it('configures the demo dashboard for npm start: every gadget once, then each opens in view mode', async () => {
    const gadgets = modulesOfType(readAppSurfaces(REAL_MANIFEST), 'jira:dashboardGadget').map((module) => module.key);
    expect(configureDashboardGadgets(stack.host)).toBe(gadgets.length);
    expect(configureDashboardGadgets(stack.host)).toBe(0);
    const page = await getPage(`${stack.url}/jira/dashboards/10000`, ID.ismsManager);
    const modes = [...page.html.matchAll(/<section class="gadget"[^>]*data-module-key="([^"]+)"[^>]*\s+data-mode="(\w+)"/g)].map((match) => [match[1], match[2]]);
    expect(modes).toEqual(gadgets.map((key) => [key, 'view']));
  });
});
