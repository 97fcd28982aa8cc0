// Benchmark: the three dashboard gadgets' JavaScript, gzipped (budget 150 KB each: the Custom UI bundle and the
// @forge/bridge iframe-resizer chunk it loads), and their first render in Chromium on the local stack with the demo
// organisation: from a dashboard reload until each gadget's view shows its data (or its empty/error state).
// Alone: `npx tsx bench/gadget-bundles.ts`; with the others: `npm run bench`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { ID } from '../local/seed';
import { CHROMIUM, launchChromium } from '../tests/e2e/chromium-browser';
import { REPO_ROOT, startTestStack, tempDataDir } from '../tests/local/host/local-stack-fixture';
import type { BenchResult } from './bench-result';

const GADGETS = [
  { surface: 'coverage-gadget', moduleKey: 'clause9-coverage-gadget', ready: '[data-testid="coverage-summary"]' },
  { surface: 'overdue-gadget', moduleKey: 'clause9-overdue-gadget', ready: '[data-testid="overdue-summary"]' },
  { surface: 'kpi-gadget', moduleKey: 'clause9-kpi-gadget', ready: '[data-testid="kpi"]' },
] as const;
const SETTLED = '[data-testid="gadget-empty"], [data-testid="gadget-error"]';
const RENDER_RUNS = 5;

function gzippedJs(surface: string): number {
  const assets = join(REPO_ROOT, 'static', surface, 'dist', 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce((total, file) => total + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0);
}

async function firstRenders(): Promise<BenchResult[]> {
  const data = tempDataDir();
  const stack = await startTestStack(data.dir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await context.addCookies([{ name: 'clause9-user', value: encodeURIComponent(ID.ismsManager), url: stack.url }]);
    const page = await context.newPage();
    await page.goto(`${stack.url}/jira/dashboards/10000`);
    for (const gadget of GADGETS) {
      // Save the default configuration so the gadget opens in view mode.
      await page.frameLocator(`section.gadget[data-module-key="${gadget.moduleKey}"] iframe.forge-frame`).locator('#c9-save').click();
      await page.waitForFunction((key) => document.querySelector(`section.gadget[data-module-key="${key}"]`)?.getAttribute('data-mode') === 'view', gadget.moduleKey);
    }
    const times: Record<string, number[]> = {};
    for (let run = 0; run <= RENDER_RUNS; run += 1) {
      const started = performance.now();
      await page.reload();
      const settled = await Promise.all(
        GADGETS.map(async (gadget) => {
          await page.frameLocator(`section.gadget[data-module-key="${gadget.moduleKey}"] iframe.forge-frame`).locator(`${gadget.ready}, ${SETTLED}`).first().waitFor();
          return [gadget.surface, performance.now() - started] as const;
        }),
      );
      if (run === 0) continue; // warm-up
      for (const [surface, ms] of settled) (times[surface] ??= []).push(ms);
    }
    return GADGETS.map((gadget) => {
      const sorted = [...(times[gadget.surface] ?? [])].sort((a, b) => a - b);
      return { name: `${gadget.surface} first render (median of ${RENDER_RUNS} dashboard loads)`, value: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, unit: 'ms', target: '< 1500' };
    });
  } finally {
    await browser.close();
    await stack.close();
    data.remove();
  }
}

export async function run(): Promise<BenchResult[]> {
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build-static.mjs'), ...GADGETS.map((gadget) => gadget.surface)], { cwd: REPO_ROOT, stdio: 'ignore' });
  const sizes = GADGETS.map((gadget): BenchResult => ({ name: `${gadget.surface} JS gzipped`, value: gzippedJs(gadget.surface) / 1024, unit: 'KB', target: '< 150' }));
  for (const size of sizes) console.error(`${size.name}: ${size.value.toFixed(1)} KB`);
  if (!existsSync(CHROMIUM)) {
    console.error(`no Chromium at ${CHROMIUM}: skipping first-render figures`);
    return sizes;
  }
  return [...sizes, ...(await firstRenders())];
}

if (require.main === module) {
  void run().then((results) => { console.table(results); });
}
