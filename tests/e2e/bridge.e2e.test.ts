// Real Chromium against the whole local stack: the built admin page runs the real @forge/bridge, whose invoke goes
// through the bridge host and the Forge runtime host into the app's real resolver and on to the Jira stand-in.
// Screenshots land in artifacts/screenshots/ (CI keeps that folder).
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { readAppSurfaces } from '../../local/host';
import { modulesOfType } from '../../local/host/manifest-surfaces';
import { DEMO_PEOPLE } from '../../local/seed';
import type { LocalStack } from '../../local/stack/start-local-stack';
import { REAL_MANIFEST } from '../local/host/local-stack-fixture';
import { chromiumAvailable, SCREENSHOTS } from './chromium-browser';
import { openBrowserSession } from './support/browser-session';
import type { BrowserSession } from './support/browser-session';

const haveChromium = chromiumAvailable('tests/e2e/bridge.e2e.test.ts');

jest.setTimeout(60_000);

(haveChromium ? describe : describe.skip)('the local stack in Chromium', () => {
  let session: BrowserSession;
  let stack: LocalStack;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession({ viewport: { width: 1280, height: 800 } });
    ({ stack, page } = session);
    // This file only reports page errors; it does not fail on them.
    page.on('pageerror', (error) => {
      console.error('page error:', error.message);
    });
  });

  afterAll(() => session.close());

  const adminFrame = () => page.frameLocator('iframe.forge-frame');
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  it('renders the admin page resolver’s result for the Jira administrator: set up on the ISMS project by the seed', async () => {
    await page.goto(`${stack.url}/jira/settings/apps/clause9-admin`);
    expect(await page.locator('#user-switcher').inputValue()).toBe(DEMO_PEOPLE.jiraAdmin.accountId);
    const status = adminFrame().getByTestId('setup-status');
    await status.waitFor();
    expect(await status.innerText()).toMatch(/^Set up on \d{4}-\d{2}-\d{2}T[\d:.]+Z for ISMS\.$/);
    await shot('admin-page-jira-admin');
  });

  it('shows the FORBIDDEN message to someone who is not a Jira administrator', async () => {
    await Promise.all([page.waitForEvent('load'), page.selectOption('#user-switcher', DEMO_PEOPLE.ismsManager.accountId)]);
    const alert = adminFrame().getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('Only Jira administrators can manage Clause9 settings.');
    await shot('admin-page-forbidden');
  });

  it('switches the frame to the dark theme with the host page, so --ds-* tokens resolve', async () => {
    const tokenInFrame = () => adminFrame().locator('html').evaluate((html) => ({ mode: html.getAttribute('data-color-mode'), text: getComputedStyle(html).getPropertyValue('--ds-text').trim() }));
    expect(await tokenInFrame()).toEqual({ mode: 'light', text: '#172B4D' });
    await page.click('#theme-toggle');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-color-mode') === 'dark');
    const frame = page.frames().find((candidate) => candidate.url().includes('/resource/admin/'));
    await frame?.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--ds-text').trim() === '#B6C2CF');
    expect(await tokenInFrame()).toEqual({ mode: 'dark', text: '#B6C2CF' });
    await shot('admin-page-dark');
    await page.click('#theme-toggle');
  });

  it('searches issues with typed JQL and lists them as the signed-in user', async () => {
    await page.goto(`${stack.url}/issues`);
    await page.fill('#jql', 'project = ENG AND labels = security AND statusCategory != Done ORDER BY duedate ASC');
    await Promise.all([page.waitForEvent('load'), page.click('button[type="submit"]')]);
    const rows = page.locator('[data-testid="search-results"] tbody tr');
    expect(await rows.count()).toBe(4);
    const first = await rows.first().locator('td').allInnerTexts();
    expect(first).toEqual(['ENG-5', 'Enrol new AWS accounts in the patch baseline automatically', 'Task', 'IN PROGRESS', 'Daniel Okafor', '2026-11-12']);
    await shot('issue-search');
  });

  it('shows Jira’s error for JQL it rejects', async () => {
    await page.fill('#jql', 'project = ENG AND');
    await Promise.all([page.waitForEvent('load'), page.click('button[type="submit"]')]);
    const errors = page.getByTestId('jql-errors');
    expect(await errors.innerText()).toMatch(/Jira could not run this query \(400\)\.[\s\S]*Error in the JQL Query/);
    await shot('issue-search-error');
  });

  it('opens an issue from the results and shows the dashboard', async () => {
    await page.goto(`${stack.url}/browse/ENG-5`);
    expect(await page.getByTestId('issue-summary').innerText()).toBe('Enrol new AWS accounts in the patch baseline automatically');
    await shot('issue-view');
    await page.goto(`${stack.url}/`);
    const gadgets = modulesOfType(readAppSurfaces(REAL_MANIFEST), 'jira:dashboardGadget').map((module) => module.key);
    expect(gadgets.length).toBeGreaterThan(0);
    const cards = page.locator('section.gadget');
    expect(await cards.evaluateAll((sections) => sections.map((section) => section.getAttribute('data-module-key')))).toEqual(gadgets);
    for (const key of gadgets) expect(await page.locator(`section.gadget[data-module-key="${key}"] iframe.forge-frame`).count()).toBe(1);
    await shot('dashboard');
  });
});
