// The Audit programme sub-page of the ISMS project page (static/isms/src/audits) in real Chromium against the
// seeded local stack, as the ISMS manager: the month grid shows Northwind's programme; cancelling an audit with a
// reason (a missing reason is a field error) opens a coverage gap that the grid and the gap list show; putting a
// control owner on an audit team shows the independence warning where assigned and the audit cannot start; an
// audit shows its scope, criteria and report; a finding raised from an audit with a missing description shows the
// field error and creates nothing, a valid one creates a Finding issue whose key appears and links to the issue;
// reporting the audit keeps its reference and conclusion and moves its Jira issue to done.
// Screenshots: artifacts/screenshots/audit-programme.png (grid), audit-detail.png.
import { join } from 'node:path';

import type { FrameLocator, Page } from 'playwright-core';

import { DEMO_PEOPLE } from '../../local/seed';
import type { LocalStack } from '../../local/stack/start-local-stack';
import { chromiumAvailable, SCREENSHOTS } from './chromium-browser';
import { openBrowserSession } from './support/browser-session';
import type { BrowserSession } from './support/browser-session';

const haveChromium = chromiumAvailable('tests/e2e/audits-page.e2e.test.ts');
const MANAGER = DEMO_PEOPLE.ismsManager;
const OWNER = DEMO_PEOPLE.platformLead; // owns A.8.25, A.8.28 and A.8.32 in the demo ownership register

jest.setTimeout(90_000);

interface StoredAudit { readonly id: string; readonly status: string; readonly version: number; readonly auditors: readonly string[]; readonly jiraIssueKey: string | null }
interface StoredProgramme { readonly audits: readonly StoredAudit[]; readonly uncovered: { readonly controls: readonly string[]; readonly complete: boolean }; readonly conflicts: readonly { readonly auditId: string; readonly accountId: string; readonly subject: string }[] }

(haveChromium ? describe : describe.skip)('the Audit programme sub-page in Chromium', () => {
  let session: BrowserSession;
  let stack: LocalStack;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession({ accountId: MANAGER.accountId, viewport: { width: 1440, height: 1000 } });
    ({ stack, page } = session);
  });

  afterAll(() => session.close());

  const storedProgramme = (): Promise<StoredProgramme> => session.resolve<StoredProgramme>('programme/get');
  const storedAudit = async (id: string): Promise<StoredAudit | undefined> => (await storedProgramme()).audits.find((audit) => audit.id === id);
  /** Finding issues raised from one audit, as Jira's search answers them (the app's own property is indexed). */
  const findingKeys = (auditId: string): Promise<string[]> =>
    session.searchKeys(`project = ISMS AND "Finding source" = "Internal audit" AND "Finding source reference" = "${auditId}" ORDER BY key ASC`);

  const isms = (): FrameLocator => page.frameLocator('iframe.forge-frame');
  const open = async (subPath: string, ready: string) => {
    await page.goto(`${stack.url}/jira/projects/ISMS/apps/clause9-isms/audits${subPath}`);
    await isms().getByTestId(ready).waitFor();
  };

  it('shows the seeded programme as a month grid: 12 months, clauses 4–10 and the Annex A control sets, each audit in its status', async () => {
    await open('', 'programme-grid');
    const grid = isms().getByTestId('programme-grid');
    expect(await grid.locator('thead th').count()).toBe(13);
    const areas = await grid.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-area')));
    expect(areas.slice(0, 7)).toEqual(['clause-4', 'clause-5', 'clause-6', 'clause-7', 'clause-8', 'clause-9', 'clause-10']);
    expect(areas).toContain('annex-a-physical');
    expect(await grid.locator('[data-audit="AUD-01"]').first().getAttribute('data-status')).toBe('reported');
    expect(await grid.locator('[data-audit="AUD-18"]').first().getAttribute('data-status')).toBe('in_progress');
    expect(await grid.locator('[data-audit="AUD-13"]').first().getAttribute('data-status')).toBe('cancelled');
    const shown = new Set(await grid.getByTestId('grid-audit').evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-audit'))));
    expect(shown.size).toBe((await storedProgramme()).audits.length);
    expect(await isms().getByTestId('audit-list').locator('tbody tr').count()).toBe(21);
  });

  it('cancelling an audit needs a reason (field error, nothing stored); once cancelled, its scope shows as a gap', async () => {
    await open('/AUD-21', 'audit-detail');
    const before = await storedAudit('AUD-21');
    await isms().getByTestId('open-cancel').click();
    await isms().getByTestId('confirm-cancel').click();
    const error = isms().locator('[data-testid="field-error"][data-field="reason"]');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/reason/);
    expect(await isms().getByLabel('Reason').getAttribute('aria-invalid')).toBe('true');
    expect(await storedAudit('AUD-21')).toEqual(before);

    await isms().getByLabel('Reason').fill('The co-location provider cannot host a visit before the cycle ends; re-planned for next cycle.');
    await isms().getByTestId('confirm-cancel').click();
    await isms().locator('[data-testid="audit-detail"][data-status="cancelled"]').waitFor();
    expect((await storedAudit('AUD-21'))?.status).toBe('cancelled');

    await isms().getByRole('button', { name: /Audit programme/ }).click();
    await isms().getByTestId('coverage-incomplete').waitFor();
    const stored = await storedProgramme();
    expect(stored.uncovered.complete).toBe(false);
    const physical = isms().getByTestId('programme-grid').locator('tr[data-area="annex-a-physical"]');
    expect(await physical.getAttribute('data-gap')).toBe('true');
    expect(await physical.getByTestId('gap-badge').innerText()).toBe(`Gap: ${stored.uncovered.controls.filter((id) => id.startsWith('A.7.')).length} of 14 uncovered`);
    expect(await isms().locator('[data-testid="gap"][data-area="annex-a-physical"]').innerText()).toContain('A.7.3');
    // The demo's own gap, there before any cancellation: A.8.27 is in no audit's scope.
    expect(stored.uncovered.controls).toContain('A.8.27');
    expect(await isms().locator('[data-testid="gap"]', { hasText: 'A.8.27' }).count()).toBe(1);
    await page.evaluate(() => { window.scrollTo(0, 0); });
    await page.screenshot({ path: join(SCREENSHOTS, 'audit-programme.png'), fullPage: true });
  });

  it('putting a control owner on an audit team shows the independence warning where assigned, and the audit cannot start', async () => {
    await open('/AUD-19', 'audit-detail');
    await isms().getByTestId('edit-audit').click();
    await isms().getByRole('checkbox', { name: OWNER.displayName }).check();
    await isms().getByTestId('save-audit').click();
    await isms().getByTestId('audit-notice').waitFor();
    expect(await isms().getByTestId('audit-notice').innerText()).toMatch(/independence conflict/);

    const member = isms().locator(`[data-testid="team-member"][data-account="${OWNER.accountId}"]`);
    await member.getByTestId('independence-warning').waitFor();
    expect(await member.getByTestId('independence-warning').innerText()).toContain(`${OWNER.displayName} owns A.8.25`);
    expect((await storedAudit('AUD-19'))?.auditors).toContain(OWNER.accountId);
    expect((await storedProgramme()).conflicts.filter((conflict) => conflict.auditId === 'AUD-19').map((conflict) => conflict.accountId)).toContain(OWNER.accountId);

    await isms().getByTestId('open-start').click();
    await isms().getByTestId('confirm-start').click();
    await isms().getByTestId('start-refused').waitFor();
    expect(await isms().getByTestId('start-refused').innerText()).toMatch(/not independent/);
    expect((await storedAudit('AUD-19'))?.status).toBe('planned');

    await page.goto(`${stack.url}/jira/projects/ISMS/apps/clause9-isms/audits`);
    expect(await isms().getByTestId('programme-conflicts').innerText()).toContain('AUD-19');
  });

  it('opening a reported audit shows its scope, criteria, report and the findings it raised', async () => {
    await open('/AUD-04', 'audit-detail');
    expect(await isms().getByTestId('audit-scope').innerText()).toContain('A.5.15');
    expect(await isms().getByTestId('audit-criteria').innerText()).toContain('ISO/IEC 27001:2022');
    expect(await isms().getByTestId('report-ref').innerText()).toBe('AR-AUD-04');
    expect(await isms().getByTestId('reported-on').innerText()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await isms().getByTestId('findings-table').waitFor();
    const listed = await isms().getByTestId('finding-link').allInnerTexts();
    expect(listed).toEqual(await findingKeys('AUD-04'));
    expect(listed.length).toBeGreaterThanOrEqual(2);
  });

  it('raising a finding from an audit: a missing description is a field error and creates nothing; a valid one creates a Finding issue', async () => {
    await open('/AUD-18', 'raise-finding');
    const before = await findingKeys('AUD-18');
    const form = isms().getByTestId('raise-finding');
    await form.getByLabel('Minor nonconformity').check();
    await form.getByLabel('Clauses / controls').fill('9.1');
    await form.getByLabel('Title').fill('KPI results are not evaluated against targets each quarter');
    await form.getByTestId('submit-finding').click();
    const error = form.locator('[data-testid="field-error"][data-field="description"]');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/description/);
    expect(await form.getByLabel('Description').getAttribute('aria-invalid')).toBe('true');
    expect(await findingKeys('AUD-18')).toEqual(before);

    await form.getByLabel('Description').fill('Q2 and Q3 KPI results were collected but never compared with the targets in the ISMS objectives register.');
    await form.getByLabel('Objective evidence').fill('KPI review minutes of 2026-07-14 and 2026-10-12; objectives register v3.');
    await form.getByTestId('submit-finding').click();
    await isms().getByTestId('finding-raised').waitFor();
    const after = await findingKeys('AUD-18');
    expect(after).toHaveLength(before.length + 1);
    const newKey = after.find((key) => !before.includes(key)) ?? '';
    expect(await isms().getByTestId('finding-raised').innerText()).toContain(newKey);
    await isms().locator(`[data-testid="findings-table"] tr[data-issue="${newKey}"]`).waitFor();
    const issue = stack.jira.admin.issue(newKey);
    expect(issue).toMatchObject({ issueTypeName: 'Finding' });
    expect(issue?.properties.clause9).toMatchObject({ state: { kind: 'minor_nonconformity', source: 'internal_audit', sourceRef: 'AUD-18', references: ['9.1'] } });

    await isms().getByTestId('open-report').click();
    await isms().getByLabel('Report reference').fill('AR-AUD-18');
    await isms().getByLabel('Summary and conclusion').fill('Clause 9 and 10 conform with one minor nonconformity (KPI evaluation); the improvement process is effective.');
    await isms().getByTestId('confirm-report').click();
    await isms().getByTestId('audit-report').waitFor();
    expect(await isms().getByTestId('report-conclusion').innerText()).toMatch(/^Clause 9 and 10 conform/);
    const reported = await storedAudit('AUD-18');
    expect(reported).toMatchObject({ status: 'reported', reportRef: 'AR-AUD-18', conclusion: expect.stringMatching(/one minor nonconformity/) as unknown });
    expect(stack.jira.admin.issue(reported?.jiraIssueKey ?? '')?.statusCategory).toBe('done');
    await page.evaluate(() => { window.scrollTo(0, 0); });
    await page.screenshot({ path: join(SCREENSHOTS, 'audit-detail.png'), fullPage: true });

    await isms().locator(`[data-testid="findings-table"] tr[data-issue="${newKey}"]`).getByTestId('finding-link').click();
    await page.waitForURL(new RegExp(`/browse/${newKey}$`));
  });

  it('shows an internal auditor who is not an ISMS manager the programme read-only', async () => {
    await Promise.all([page.waitForEvent('load'), page.selectOption('#user-switcher', DEMO_PEOPLE.leadAuditor.accountId)]);
    await open('/AUD-20', 'audit-detail');
    expect(await isms().getByTestId('edit-audit').count()).toBe(0);
    expect(await isms().getByTestId('audit-lifecycle').count()).toBe(0);
  });

  it('raised no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
