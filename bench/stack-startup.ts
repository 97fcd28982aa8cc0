// Whole-stack start-up: Jira stand-in + Forge runtime host (loading the app) + bridge host, cold (empty data dir,
// seeding the demo site and loading the demo ISMS through the app) and warm (restart on the kept data), and the
// first resolver call through the bridge.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { encodeFrameIdentity } from '../local/host/frame-identity';
import { DEMO_PEOPLE } from '../local/seed';
import { DEFAULT_MANIFEST, startLocalStack } from '../local/stack/start-local-stack';
import type { LocalStack } from '../local/stack/start-local-stack';
import type { BenchResult } from './bench-result';

const RUNS = 4;

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

async function firstInvoke(stack: LocalStack): Promise<number> {
  const frame = encodeFrameIdentity({ moduleKey: 'clause9-admin', accountId: DEMO_PEOPLE.jiraAdmin.accountId, frameId: 'bench' });
  const { ms } = await timed(async () => {
    const response = await fetch(`${stack.url}/__bridge/invoke`, { method: 'POST', body: JSON.stringify({ frame, payload: { functionKey: 'admin/status', payload: {} } }) });
    if (response.status !== 200) throw new Error(`invoke answered ${response.status}`);
  });
  return ms;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export async function run(): Promise<BenchResult[]> {
  const cold: number[] = [];
  const seed: number[] = [];
  const appSeed: number[] = [];
  const warm: number[] = [];
  const invoke: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const dataDir = mkdtempSync(join(tmpdir(), 'clause9-bench-'));
    try {
      const first = await timed(() => startLocalStack({ dataDir, manifestPath: DEFAULT_MANIFEST, report: () => undefined }));
      cold.push(first.ms);
      seed.push(first.value.timings.seedMs);
      appSeed.push(first.value.timings.appSeedMs);
      await first.value.close();
      const second = await timed(() => startLocalStack({ dataDir, manifestPath: DEFAULT_MANIFEST, report: () => undefined }));
      warm.push(second.ms);
      invoke.push(await firstInvoke(second.value));
      await second.value.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return [
    { name: 'first start in this process (loads the app and the stack, seeds the demo site and ISMS)', value: cold[0] ?? Number.NaN, unit: 'ms', target: '< 6000' },
    { name: `cold start, empty data dir, demo site and ISMS seeded (median of ${RUNS - 1} more)`, value: median(cold.slice(1)), unit: 'ms', target: '< 4000' },
    { name: 'of which seeding the demo Jira site', value: median(seed.slice(1)), unit: 'ms' },
    { name: 'of which loading the demo ISMS through the app (setup … daily sweep)', value: median(appSeed.slice(1)), unit: 'ms', target: '< 3500' },
    { name: `warm restart on kept data (median of ${RUNS})`, value: median(warm), unit: 'ms', target: '< 1000' },
    { name: 'first invoke after restart (bridge → resolver → Jira)', value: median(invoke), unit: 'ms', target: '< 500' },
  ];
}
