// The ISMS project page (one jira:projectPage with four sub-pages, docs/decisions.md D17) in real Chromium: Jira's
// sub-page links open each sub-page in the one frame, a deep link survives a reload, and in the dark theme every
// sub-page resolves the design tokens to dark values with readable text. Screenshots: isms-<route>-dark.png.
import { join } from 'node:path';

import type { Frame, Page } from 'playwright-core';

import { ID } from '../../local/seed';
import type { LocalStack } from '../../local/stack/start-local-stack';
import { chromiumAvailable, SCREENSHOTS } from './chromium-browser';
import { openBrowserSession } from './support/browser-session';
import type { BrowserSession } from './support/browser-session';
import { lowContrastTexts } from './support/contrast';

const haveChromium = chromiumAvailable('tests/e2e/isms-page.e2e.test.ts');

jest.setTimeout(120_000);

const ROUTES = ['matrix', 'kpis', 'audits', 'reviews'] as const;
const ISMS_PAGE = '/jira/projects/ISMS/apps/clause9-isms';

(haveChromium ? describe : describe.skip)('the ISMS project page in Chromium', () => {
  let session: BrowserSession;
  let stack: LocalStack;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession({ accountId: ID.ismsManager, viewport: { width: 1400, height: 1000 } });
    ({ stack, page } = session);
  });

  afterAll(() => session.close());

  const frame = () => page.frameLocator('iframe.forge-frame');
  const currentLink = () => page.locator('.subpage-nav a[aria-current="page"]').innerText();

  it('opens at the monitoring matrix and follows Jira’s sub-page links, one frame per page', async () => {
    await page.goto(`${stack.url}${ISMS_PAGE}`);
    await frame().locator('main[data-testid="isms-matrix"]').waitFor();
    expect(await currentLink()).toBe('Monitoring matrix');
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Audit programme' }).click()]);
    await frame().locator('main[data-testid="isms-audits"]').waitFor();
    expect(page.url()).toBe(`${stack.url}${ISMS_PAGE}/audits`);
    expect(await currentLink()).toBe('Audit programme');
    expect(await page.locator('iframe.forge-frame').count()).toBe(1);
  });

  it('opens a deep link to a sub-page directly, and an unknown route at the matrix', async () => {
    await page.goto(`${stack.url}${ISMS_PAGE}/reviews`);
    await frame().locator('main[data-testid="isms-reviews"]').waitFor();
    expect(await currentLink()).toBe('Management reviews');
    await page.goto(`${stack.url}${ISMS_PAGE}/nothing-here`);
    await frame().locator('main[data-testid="isms-matrix"]').waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  describe('in the dark theme', () => {
    beforeAll(async () => {
      await session.context.addCookies([{ name: 'clause9-theme', value: 'dark', url: stack.url }]);
    });

    it.each(ROUTES)('shows the %s sub-page with dark tokens and readable text', async (route) => {
      await page.goto(`${stack.url}${ISMS_PAGE}/${route}`);
      await frame().locator(`main[data-testid="isms-${route}"] > *`).first().waitFor();
      await frame().locator('.c9-state[role="status"]').first().waitFor({ state: 'detached' }).catch(() => undefined);
      const ismsFrame = page.frames().find((candidate) => candidate.url().includes('/resource/isms/')) as Frame;
      await ismsFrame.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--ds-text').trim() === '#B6C2CF');
      expect(await ismsFrame.evaluate(() => document.documentElement.getAttribute('data-color-mode'))).toBe('dark');
      await page.screenshot({ path: join(SCREENSHOTS, `isms-${route}-dark.png`), fullPage: true });
      expect(await lowContrastTexts(ismsFrame)).toEqual([]);
    });

    it('would catch a light-theme colour left in the dark theme', async () => {
      const ismsFrame = page.frames().find((candidate) => candidate.url().includes('/resource/isms/')) as Frame;
      await ismsFrame.evaluate(() => {
        const probe = document.createElement('p');
        probe.textContent = 'hard-coded Jira navy';
        probe.style.color = '#172b4d';
        document.body.append(probe);
      });
      expect(await lowContrastTexts(ismsFrame)).toEqual([expect.objectContaining({ text: 'hard-coded Jira navy' })]);
    });
  });
});
