// Benchmark: every Custom UI surface's JavaScript for its first view, gzipped (budget 150 KB: the entry chunk, the
// chunks it imports, the @forge/bridge iframe-resizer chunk, and for the ISMS page the sub-page's own lazy chunk),
// and the first render in Chromium on the local stack with the demo organisation: each gadget from a dashboard
// reload until its view shows data; each page from navigation until its content replaced the loading state.
// Alone: `npx tsx bench/ui-surfaces.ts`; with the others: `npm run bench`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { CHROMIUM } from '../tests/e2e/chromium-browser';
import { REPO_ROOT } from '../tests/local/host/local-stack-fixture';
import type { BenchResult } from './bench-result';
import { firstViewBundles } from './ui-surfaces/bundle-sizes';
import { gadgetFirstRenders, pageFirstRenders } from './ui-surfaces/first-renders';

export async function run(): Promise<BenchResult[]> {
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build-static.mjs')], { cwd: REPO_ROOT, stdio: 'ignore' });
  const sizes = firstViewBundles().map((bundle): BenchResult => ({ name: `${bundle.view} JS gzipped (first view)`, value: bundle.bytes / 1024, unit: 'KB', target: '< 150' }));
  for (const size of sizes) console.error(`${size.name}: ${size.value.toFixed(1)} KB`);
  if (!existsSync(CHROMIUM)) {
    console.error(`no Chromium at ${CHROMIUM}: skipping first-render figures`);
    return sizes;
  }
  return [...sizes, ...(await gadgetFirstRenders()), ...(await pageFirstRenders())];
}

if (require.main === module) {
  void run().then((results) => { console.table(results); });
}
