// The Clause9 settings page (static/admin) in real Chromium against the seeded local stack: the Jira administrator
// sees setup status and the last setup report, a calendar save with an invalid value shows the field error next to
// its input and stores nothing, a valid save survives a reload with its change-history line; a non-admin gets the
// FORBIDDEN message; the escalation chain's people are chosen by name. Screenshot: artifacts/screenshots/admin-settings.png.
import { join } from 'node:path';

import type { FrameLocator, Page } from 'playwright-core';

import { DEMO_PEOPLE } from '../../local/seed';
import type { LocalStack } from '../../local/stack/start-local-stack';
import { chromiumAvailable, SCREENSHOTS } from './chromium-browser';
import { openBrowserSession } from './support/browser-session';
import type { BrowserSession } from './support/browser-session';

const haveChromium = chromiumAvailable('tests/e2e/admin-page.e2e.test.ts');

jest.setTimeout(90_000);

interface CalendarView { readonly version: number; readonly value: { readonly reportDeadlineWorkingDays: number; readonly calendar: { readonly holidays: readonly string[] } } }

(haveChromium ? describe : describe.skip)('the Clause9 settings page in Chromium', () => {
  let session: BrowserSession;
  let stack: LocalStack;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession({ viewport: { width: 1280, height: 900 } });
    ({ stack, page } = session);
  });

  afterAll(() => session.close());

  const storedCalendar = async (): Promise<CalendarView> =>
    (await session.resolve<{ calendar: CalendarView }>('settings/get', {}, DEMO_PEOPLE.jiraAdmin.accountId, 'clause9-admin')).calendar;

  const admin = (): FrameLocator => page.frameLocator('iframe.forge-frame');
  const calendar = () => admin().getByTestId('section-calendar');
  const openSettings = async () => {
    await page.goto(`${stack.url}/jira/settings/apps/clause9-admin`);
    await admin().getByTestId('section-calendar').waitFor();
  };

  it('shows the Jira administrator that Clause9 is set up, with the last setup report as a table', async () => {
    await openSettings();
    expect(await page.locator('#user-switcher').inputValue()).toBe(DEMO_PEOPLE.jiraAdmin.accountId);
    expect(await admin().getByTestId('setup-status').innerText()).toMatch(/^Set up on \d{4}-\d{2}-\d{2}T[\d:.]+Z for ISMS\.$/);
    expect(await admin().getByTestId('run-setup').innerText()).toBe('Re-run setup');
    const report = admin().getByTestId('setup-report');
    expect(await report.locator('thead th').allInnerTexts()).toEqual(['What', 'Outcome', 'Detail']);
    const outcomes = await report.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-outcome')));
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.every((outcome) => ['created', 'adopted', 'failed', 'skipped'].includes(outcome ?? ''))).toBe(true);
  });

  it('shows an invalid calendar value as a field error next to its input and saves nothing', async () => {
    const before = await storedCalendar();
    const deadline = calendar().getByLabel('Working days before a monitoring report is due');
    await deadline.fill('99');
    await calendar().getByRole('button', { name: 'Save' }).click();
    const error = calendar().locator('[data-testid="field-error"][data-field="reportDeadlineWorkingDays"]');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/reportDeadlineWorkingDays must be a whole number from 1 to 30/);
    expect(await deadline.getAttribute('aria-invalid')).toBe('true');
    expect(await deadline.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    expect(await storedCalendar()).toEqual(before);
  });

  it('saves a valid calendar change; a reload shows it and the change-history line', async () => {
    const before = await storedCalendar();
    const deadline = calendar().getByLabel('Working days before a monitoring report is due');
    await deadline.fill('7');
    await calendar().getByLabel('Holiday date to add').fill('2026-12-24');
    await calendar().getByRole('button', { name: 'Add holiday' }).click();
    await calendar().getByRole('button', { name: 'Save' }).click();
    await calendar().getByTestId('save-ok').waitFor();
    const after = await storedCalendar();
    expect(after.version).toBe(before.version + 1);
    expect(after.value.reportDeadlineWorkingDays).toBe(7);
    expect(after.value.calendar.holidays).toContain('2026-12-24');

    await page.reload();
    await calendar().waitFor();
    expect(await calendar().getByLabel('Working days before a monitoring report is due').inputValue()).toBe('7');
    expect(await calendar().getByTestId('holidays').innerText()).toContain('2026-12-24');
    const history = calendar().getByTestId('last-change');
    expect(await history.innerText()).toMatch(new RegExp(`^Last changed \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC by (${DEMO_PEOPLE.jiraAdmin.displayName}|${DEMO_PEOPLE.jiraAdmin.accountId}) \\(version ${after.version}\\)\\.$`));
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-settings.png'), fullPage: true });
  });

  it('picks the people to escalate to by name, not by account id; a reload shows them by name', async () => {
    const escalation = admin().getByTestId('section-escalation');
    const manager = escalation.getByTestId('escalation-manager');
    const committee = escalation.getByTestId('escalation-committee-people');
    expect(await manager.locator('.c9-chip').allInnerTexts()).toEqual([expect.stringContaining(DEMO_PEOPLE.ismsManager.displayName)]);
    await manager.getByLabel('ISMS manager', { exact: true }).fill('Marcus');
    await manager.getByRole('button', { name: `Add ${DEMO_PEOPLE.ciso.displayName}` }).click();
    await committee.getByLabel('Steering committee: people besides the group', { exact: true }).fill('Helena');
    await committee.getByRole('button', { name: `Add ${DEMO_PEOPLE.ceo.displayName}` }).click();
    await escalation.getByRole('button', { name: 'Save' }).click();
    await escalation.getByTestId('save-ok').waitFor();
    const stored = (await session.resolve<{ escalation: { value: { ismsManager: { accountId: string | null }; steeringCommittee: { accountIds: string[] } } } }>('settings/get', {}, DEMO_PEOPLE.jiraAdmin.accountId, 'clause9-admin')).escalation.value;
    expect(stored.ismsManager.accountId).toBe(DEMO_PEOPLE.ciso.accountId);
    expect(stored.steeringCommittee.accountIds).toEqual([DEMO_PEOPLE.ceo.accountId]);

    await page.reload();
    await escalation.waitFor();
    await manager.getByText(DEMO_PEOPLE.ciso.displayName).waitFor();
    expect(await committee.locator('.c9-chip').allInnerTexts()).toEqual([expect.stringContaining(DEMO_PEOPLE.ceo.displayName)]);
  });

  it('shows the FORBIDDEN message to someone who is not a Jira administrator', async () => {
    await Promise.all([page.waitForEvent('load'), page.selectOption('#user-switcher', DEMO_PEOPLE.ismsManager.accountId)]);
    const alert = admin().getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('Only Jira administrators can manage Clause9 settings.');
    expect(await admin().getByTestId('section-calendar').count()).toBe(0);
  });

  it('raised no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
