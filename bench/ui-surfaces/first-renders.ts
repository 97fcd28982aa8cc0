// First render of each surface in Chromium on the seeded local stack (target < 1 s): gadgets from a dashboard
// reload's navigation start until each view shows its data; pages from navigation start until the surface's content
// has replaced every loading state. Timed inside the browser (render-clock.ts). Median of RENDER_RUNS after one
// warm-up load.
import type { Frame, Page } from 'playwright-core';

import { principalHeader } from '../../local/jira';
import { ID } from '../../local/seed';
import { DEMO_TIME_ZONE, type LocalStack } from '../../local/stack/start-local-stack';
import { localDateAt } from '../../src/domain/local-date';
import { launchChromium } from '../../tests/e2e/chromium-browser';
import { startTestStack, tempDataDir } from '../../tests/local/host/local-stack-fixture';
import type { BenchResult } from '../bench-result';
import { firstRenderMs, recordFirstRenders } from './render-clock';
import type { RenderCondition } from './render-clock';

const GADGETS = [
  { surface: 'coverage-gadget', moduleKey: 'clause9-coverage-gadget', ready: '[data-testid="coverage-summary"]' },
  { surface: 'overdue-gadget', moduleKey: 'clause9-overdue-gadget', ready: '[data-testid="overdue-summary"]' },
  { surface: 'kpi-gadget', moduleKey: 'clause9-kpi-gadget', ready: '[data-testid="kpi"]' },
] as const;
const SETTLED = '[data-testid="gadget-empty"], [data-testid="gadget-error"]';
const GADGET_RENDERED: RenderCondition = { ready: [...GADGETS.map((gadget) => gadget.ready), SETTLED].join(', ') };
const LOADING = '.c9-state[role="status"]';
const RENDER_RUNS = 5;
const TARGET = '< 1000';

interface PageSurface {
  readonly name: string;
  readonly path: (stack: LocalStack) => Promise<string>;
  readonly accountId: string;
  /** Present once the surface's own root is on screen; loading states inside it are waited out after. */
  readonly root: string;
}

const ISMS = (route: string): PageSurface => ({ name: `isms/${route}`, path: () => Promise.resolve(`/jira/projects/ISMS/apps/clause9-isms/${route}`), accountId: ID.ismsManager, root: `main[data-testid="isms-${route}"] > *` });

async function firstFindingKey(stack: LocalStack): Promise<string> {
  const response = await fetch(`${stack.jira.url}/rest/api/3/search/jql`, {
    method: 'POST',
    headers: { [principalHeader]: `user:${ID.ismsManager}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ jql: 'project = ISMS AND issuetype = Finding ORDER BY key ASC', maxResults: 1, fields: ['summary'] }),
  });
  const body = (await response.json()) as { issues?: { key: string }[] };
  const key = body.issues?.[0]?.key;
  if (key === undefined) throw new Error('The demo organisation has no Finding issue to open.');
  return key;
}

const PAGES: readonly PageSurface[] = [
  { name: 'admin', path: () => Promise.resolve('/jira/settings/apps/clause9-admin'), accountId: ID.jiraAdmin, root: '[data-testid="section-calendar"]' },
  ISMS('matrix'),
  ISMS('kpis'),
  ISMS('audits'),
  ISMS('reviews'),
  { name: 'finding-panel', path: async (stack) => `/browse/${await firstFindingKey(stack)}`, accountId: ID.ismsManager, root: 'main > *' },
];

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function withStack<T>(work: (stack: LocalStack, page: (accountId: string, rendered: RenderCondition) => Promise<Page>) => Promise<T>): Promise<T> {
  const data = tempDataDir();
  // Seeded around the real today, as `npm start` does: the app and the browser read the wall clock.
  const stack = await startTestStack(data.dir, { demoToday: localDateAt(new Date(), DEMO_TIME_ZONE) });
  const browser = await launchChromium();
  try {
    return await work(stack, async (accountId, rendered) => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      await context.addCookies([{ name: 'clause9-user', value: encodeURIComponent(accountId), url: stack.url }]);
      await recordFirstRenders(context, rendered);
      return context.newPage();
    });
  } finally {
    await browser.close();
    await stack.close();
    data.remove();
  }
}

export function gadgetFirstRenders(): Promise<BenchResult[]> {
  return withStack(async (stack, newPage) => {
    const page = await newPage(ID.ismsManager, GADGET_RENDERED);
    await page.goto(`${stack.url}/jira/dashboards/10000`);
    const frameOf = (moduleKey: string) => page.frameLocator(`section.gadget[data-module-key="${moduleKey}"] iframe.forge-frame`);
    for (const gadget of GADGETS) {
      // Save the default configuration so the gadget opens in view mode.
      await frameOf(gadget.moduleKey).locator('#c9-save').click();
      await page.waitForFunction((key) => document.querySelector(`section.gadget[data-module-key="${key}"]`)?.getAttribute('data-mode') === 'view', gadget.moduleKey);
    }
    const times: Record<string, number[]> = {};
    for (let run = 0; run <= RENDER_RUNS; run += 1) {
      await page.reload();
      const settled = await Promise.all(
        GADGETS.map(async (gadget) => [gadget.surface, await firstRenderMs(page, await gadgetFrame(page, gadget.moduleKey))] as const),
      );
      if (run === 0) continue; // warm-up
      for (const [surface, ms] of settled) (times[surface] ??= []).push(ms);
    }
    return GADGETS.map((gadget) => ({ name: `${gadget.surface} first render (median of ${RENDER_RUNS} dashboard loads)`, value: median(times[gadget.surface] ?? []), unit: 'ms', target: TARGET }));
  });
}

async function contentFrame(page: Page, iframe: string): Promise<Frame> {
  const frame = await (await page.waitForSelector(iframe)).contentFrame();
  if (frame === null) throw new Error(`${iframe} has no frame`);
  return frame;
}

const gadgetFrame = (page: Page, moduleKey: string): Promise<Frame> => contentFrame(page, `section.gadget[data-module-key="${moduleKey}"] iframe.forge-frame`);

export function pageFirstRenders(): Promise<BenchResult[]> {
  return withStack(async (stack, newPage) => {
    const results: BenchResult[] = [];
    for (const surface of PAGES) {
      const page = await newPage(surface.accountId, { ready: surface.root, busy: LOADING });
      const url = `${stack.url}${await surface.path(stack)}`;
      const times: number[] = [];
      for (let run = 0; run <= RENDER_RUNS; run += 1) {
        await page.goto(url);
        const ms = await firstRenderMs(page, await contentFrame(page, 'iframe.forge-frame'));
        if (run > 0) times.push(ms);
      }
      results.push({ name: `${surface.name} first render (median of ${RENDER_RUNS} page loads)`, value: median(times), unit: 'ms', target: TARGET });
    }
    return results;
  });
}
