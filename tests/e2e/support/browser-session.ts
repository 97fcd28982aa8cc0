// What every browser test starts from: a fresh seeded local stack in its own temp data dir, on the demo's today in
// the test process and the browser alike (demo-clock.ts), Chromium with one page,
// a user signed in by the host's cookie and the page's uncaught errors collected; plus the resolver and JQL calls
// the tests use to check what was stored behind the page. One place, so the tests say only what they check.
import { mkdirSync } from 'node:fs';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import type { LocalStack, LocalStackOptions } from '../../../local/stack/start-local-stack';
import { browserOnDemoDay, runOnDemoDay } from '../../local/host/demo-clock';
import { startTestStack, tempDataDir } from '../../local/host/local-stack-fixture';
import { launchChromium, SCREENSHOTS } from '../chromium-browser';

export interface BrowserSessionOptions {
  /** Who is signed in from the first page; without it the host's default user, the Jira administrator. */
  readonly accountId?: string;
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Needed by tests that save a download (CSV and HTML exports). */
  readonly acceptDownloads?: boolean;
  readonly stack?: Partial<LocalStackOptions>;
}

export interface BrowserSession {
  readonly stack: LocalStack;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Messages of the page's uncaught errors, for a closing "raised no page errors" check. */
  readonly pageErrors: string[];
  /** Sets the host's user cookie: the next page load is as this user. */
  signInAs(accountId: string): Promise<void>;
  /** Calls a resolver as the app's frontend would and unwraps its envelope; throws with the resolver's error when it is not ok. */
  resolve<T>(functionKey: string, payload?: unknown, accountId?: string, moduleKey?: string): Promise<T>;
  /** Issue keys a JQL search answers, asked of the Jira stand-in's REST API as this user. */
  searchKeys(jql: string, accountId?: string): Promise<string[]>;
  /** Closes the browser and the stack and removes the data dir. */
  close(): Promise<void>;
}

export async function openBrowserSession(options: BrowserSessionOptions = {}): Promise<BrowserSession> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const data = tempDataDir();
  let stack: LocalStack | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    try {
      await browser?.close();
    } finally {
      try {
        await stack?.close();
      } finally {
        jest.useRealTimers();
        data.remove();
      }
    }
  };
  try {
    runOnDemoDay();
    stack = await startTestStack(data.dir, options.stack);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: options.viewport, acceptDownloads: options.acceptDownloads });
    await browserOnDemoDay(context);
    const started = stack;
    const signInAs = (accountId: string) => context.addCookies([{ name: 'clause9-user', value: encodeURIComponent(accountId), url: started.url }]);
    if (options.accountId !== undefined) await signInAs(options.accountId);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => { pageErrors.push(error.message); });
    const as = (accountId: string | undefined): string => {
      const chosen = accountId ?? options.accountId;
      if (chosen === undefined) throw new Error('Say as whom: this session has no signed-in accountId.');
      return chosen;
    };
    return {
      stack, browser, context, page, pageErrors, signInAs, close,
      resolve: async <T>(functionKey: string, payload: unknown = {}, accountId?: string, moduleKey = 'clause9-isms'): Promise<T> => {
        const answer = (await started.forge.invokeResolver({ moduleKey, functionKey, payload, accountId: as(accountId) })) as { ok: boolean; data: T; error?: unknown };
        if (!answer.ok) throw new Error(`${functionKey} failed: ${JSON.stringify(answer.error)}`);
        return answer.data;
      },
      searchKeys: async (jql: string, accountId?: string): Promise<string[]> => {
        const response = await fetch(`${started.jira.url}/rest/api/3/search/jql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-clause9-principal': `user:${as(accountId)}` },
          body: JSON.stringify({ jql, fields: ['summary'], maxResults: 100 }),
        });
        if (response.status !== 200) throw new Error(`JQL search answered ${response.status}: ${await response.text()}`);
        return ((await response.json()) as { issues: { key: string }[] }).issues.map((issue) => issue.key);
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
