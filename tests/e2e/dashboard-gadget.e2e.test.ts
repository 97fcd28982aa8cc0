// The host page's side of the bridge in a real browser: a gadget opens in edit mode, submits its configuration and
// switches to view; the refresh button sends JIRA_DASHBOARD_GADGET_REFRESH to a non-refreshable gadget; a flag shows
// on the page; an issue panel gets its issue. Uses a plain-JS fixture surface that calls window.__bridge.
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { ID } from '../../local/seed';
import type { LocalStack } from '../../local/stack/start-local-stack';
import { chromiumAvailable, SCREENSHOTS } from './chromium-browser';
import { openBrowserSession } from './support/browser-session';
import type { BrowserSession } from './support/browser-session';

const haveChromium = chromiumAvailable('tests/e2e/dashboard-gadget.e2e.test.ts');
const MANIFEST = join(__dirname, 'fixtures', 'raw-surface.manifest.yml');

jest.setTimeout(60_000);

(haveChromium ? describe : describe.skip)('dashboard gadgets and issue panels in Chromium', () => {
  let session: BrowserSession;
  let stack: LocalStack;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession({ accountId: ID.ismsManager, viewport: { width: 1280, height: 800 }, stack: { manifestPath: MANIFEST } });
    ({ stack, page } = session);
  });

  afterAll(() => session.close());

  const gadget = () => page.frameLocator('.gadget iframe.forge-frame');

  it('opens an unconfigured gadget in edit mode, saves its configuration and shows it in view mode', async () => {
    await page.goto(`${stack.url}/jira/dashboards/10000`);
    expect(await page.locator('.gadget').getAttribute('data-mode')).toBe('edit');
    await gadget().locator('#title').fill('Overdue checks — ISMS');
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-gadget-edit.png') });
    await gadget().locator('#save').click();
    await page.waitForFunction(() => document.querySelector('.gadget')?.getAttribute('data-mode') === 'view');
    await gadget().getByText('View: Overdue checks — ISMS').waitFor();
    expect(await page.locator('.gadget').getAttribute('data-refresh-minutes')).toBe('30');
  });

  it('keeps the configuration on reload, and Cancel in edit mode goes back to view', async () => {
    await page.reload();
    await gadget().getByText('View: Overdue checks — ISMS').waitFor();
    await page.click('.gadget-edit');
    expect(await gadget().locator('#title').inputValue()).toBe('Overdue checks — ISMS');
    await gadget().locator('#cancel').click();
    await gadget().getByText('View: Overdue checks — ISMS').waitFor();
  });

  it('sends JIRA_DASHBOARD_GADGET_REFRESH to a gadget that handles its own refresh, and shows its flags', async () => {
    const gadgetId = (await page.locator('.gadget').getAttribute('data-gadget-id')) ?? '';
    await page.click('.gadget-refresh');
    await gadget().locator('#out[data-refreshed-gadget]').waitFor();
    expect(await gadget().locator('#out').getAttribute('data-refreshed-gadget')).toBe(gadgetId);
    await gadget().locator('#flag').click();
    const flag = page.getByTestId('flag');
    await flag.waitFor();
    expect(await flag.innerText()).toContain('Saved');
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-gadget-view-flag.png') });
  });

  it('gives an issue panel on the issue view its issue', async () => {
    await page.goto(`${stack.url}/browse/ENG-3`);
    await page.frameLocator('.issue-panel iframe.forge-frame').getByText('Panel for ENG-3 (Story) in ENG').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'issue-view-panel.png'), fullPage: true });
  });
});
