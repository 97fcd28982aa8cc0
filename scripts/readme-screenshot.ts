// Takes the README's dashboard screenshot (docs/images/dashboard.png): the seeded local stack, the demo dashboard
// configured as `npm start` leaves it, seen by the ISMS manager in Chromium. Run: `npx tsx scripts/readme-screenshot.ts`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { configureDashboardGadgets } from '../local/host';
import { ID } from '../local/seed';
import { launchChromium } from '../tests/e2e/chromium-browser';
import { REPO_ROOT, startTestStack, tempDataDir } from '../tests/local/host/local-stack-fixture';

async function main(): Promise<void> {
  const data = tempDataDir();
  const stack = await startTestStack(data.dir);
  const browser = await launchChromium();
  try {
    configureDashboardGadgets(stack.host);
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addCookies([{ name: 'clause9-user', value: encodeURIComponent(ID.ismsManager), url: stack.url }]);
    const page = await context.newPage();
    await page.goto(`${stack.url}/jira/dashboards/10000`);
    for (const ready of ['coverage-summary', 'overdue-summary', 'kpi']) {
      await page.frameLocator(`iframe.forge-frame >> nth=${['coverage-summary', 'overdue-summary', 'kpi'].indexOf(ready)}`).locator(`[data-testid="${ready}"]`).first().waitFor();
    }
    await page.waitForTimeout(500); // iframe heights settle after the last resize message
    const out = join(REPO_ROOT, 'docs', 'images');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: join(out, 'dashboard.png'), clip: { x: 0, y: 0, width: 1400, height: 1100 } });
    console.log(`wrote ${join(out, 'dashboard.png')}`);
  } finally {
    await browser.close();
    await stack.close();
    data.remove();
  }
}

void main();
