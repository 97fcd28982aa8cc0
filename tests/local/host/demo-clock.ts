// The test world runs on the demo's "today": the seed, the app (which reads `new Date()`, D18) and the browser all
// agree on the date, so the expected dates, ages and counts in the tests hold on whatever day CI runs them.
import type { BrowserContext } from 'playwright-core';

import { DEMO_TODAY } from './local-stack-fixture';

/** 09:00 in London on the demo's today (GMT in November), the hour the seeded daily sweep ran. */
export const DEMO_NOW = new Date(`${DEMO_TODAY}T09:00:00.000Z`);

/** Fakes Date only, starting at DEMO_NOW and flowing with real time; timers stay real so HTTP and SQLite work. */
export function runOnDemoDay(): void {
  jest.useFakeTimers({
    now: DEMO_NOW,
    advanceTimers: true,
    doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'],
  });
}

/** Gives the browser the same clock as the test process: Date starts where the process's fake Date is now. */
export function browserOnDemoDay(context: BrowserContext): Promise<void> {
  return context.clock.install({ time: Date.now() });
}
