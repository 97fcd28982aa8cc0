// `npm run bench`: runs every bench/*.ts that exports `run()` and prints one table of figures.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { BenchResult } from './bench-result';

interface BenchModule {
  run: () => Promise<BenchResult[]>;
}

function isBenchModule(value: unknown): value is BenchModule {
  return typeof value === 'object' && value !== null && 'run' in value && typeof value.run === 'function';
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith('.ts') && !['run.ts', 'bench-result.ts'].includes(file))
    .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
    .sort();
  const rows: (BenchResult & { bench: string })[] = [];
  for (const file of files) {
    const loaded: unknown = await import(join(__dirname, file));
    if (!isBenchModule(loaded)) continue;
    console.error(`running ${file} …`);
    for (const result of await loaded.run()) rows.push({ bench: file.replace(/\.ts$/, ''), ...result });
  }
  console.table(rows.map((row) => ({ bench: row.bench, figure: row.name, value: Number(row.value.toFixed(2)), unit: row.unit, target: row.target ?? '' })));
}

void main();
