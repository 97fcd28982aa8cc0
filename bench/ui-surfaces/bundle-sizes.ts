// What a surface's first view downloads: the entry script index.html names, every chunk it imports statically
// (transitively), and the iframe-resizer chunk @forge/bridge loads; for the ISMS page, once per sub-page, plus
// that sub-page's lazy chunk and its static imports. Sizes are gzip level 9, as a CDN would serve them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { REPO_ROOT } from '../../tests/local/host/local-stack-fixture';

export interface FirstViewBundle {
  readonly view: string;
  readonly bytes: number;
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g;
const ISMS_ROUTES = ['matrix', 'kpis', 'audits', 'reviews'] as const;

function closure(assets: string, start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(join(assets, file), 'utf8').matchAll(STATIC_IMPORT)) {
      if (match[1] !== undefined) queue.push(match[1]);
    }
  }
  return seen;
}

function gzipped(assets: string, files: Iterable<string>): number {
  let total = 0;
  for (const file of files) total += gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
  return total;
}

function entryFiles(dist: string, assets: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\.\/assets\/([^"]+\.js)"/g)].flatMap((match) => (match[1] === undefined ? [] : [match[1]]));
  const resizer = readdirSync(assets).filter((file) => file.startsWith('iframe-resizer-') && file.endsWith('.js'));
  return [...entries, ...resizer];
}

export function firstViewBundles(): FirstViewBundle[] {
  const staticRoot = join(REPO_ROOT, 'static');
  const bundles: FirstViewBundle[] = [];
  for (const surface of readdirSync(staticRoot).sort()) {
    const dist = join(staticRoot, surface, 'dist');
    const assets = join(dist, 'assets');
    if (!existsSync(join(dist, 'index.html')) || !existsSync(assets)) continue;
    const entry = closure(assets, entryFiles(dist, assets));
    if (surface !== 'isms') {
      bundles.push({ view: surface, bytes: gzipped(assets, entry) });
      continue;
    }
    for (const route of ISMS_ROUTES) {
      const chunks = readdirSync(assets).filter((file) => file.startsWith(`${route}-page-`) && file.endsWith('.js'));
      bundles.push({ view: `isms/${route}`, bytes: gzipped(assets, new Set([...entry, ...closure(assets, chunks)])) });
    }
  }
  return bundles;
}
