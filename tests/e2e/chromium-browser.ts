// Debian's Chromium for the browser tests: fails in CI when it is missing, skips loudly elsewhere.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

import { REPO_ROOT } from '../local/host/local-stack-fixture';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(REPO_ROOT, 'artifacts', 'screenshots');

/** Whether to run; throws in CI (CI=true) when Chromium is absent. */
export function chromiumAvailable(testFile: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Browser tests need Debian's Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` (CI installs it).`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n⚠⚠⚠ SKIPPING ${testFile} ⚠⚠⚠\n${message}\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
