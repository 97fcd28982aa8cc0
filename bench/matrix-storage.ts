// Benchmark: a 2,000-item monitoring matrix in KVS, through the REAL matrix resolver on the local stack (Forge host
// with SQLite-backed KVS, authorisation against the Jira stand-in): import the CSV (sent in parts, as a page must:
// invoke payloads are capped at 500 KB), re-import it (all unchanged), list the whole matrix with next due dates,
// and export it. The figure for listing is the median of several runs after a warm-up.
// Alone: `npx tsx bench/matrix-storage.ts`; with the others: `npm run bench`.
import { MAX_CSV_PART_BYTES } from '../src/contracts/csv-upload';
import { matrixCsv, matrixRow, MATRIX_PAGE } from '../tests/integration/matrix-fixtures';
import { okData, startTestStack, TEST_USERS, type TestStack } from '../tests/integration/stack';
import type { BenchResult } from './bench-result';

const ITEMS = 2_000;
const LIST_RUNS = 9;
const FREQUENCIES = [
  { frequency: 'daily', day_of_month: '' },
  { frequency: 'weekly', day_of_month: '', weekdays: 'Mon;Thu' },
  { frequency: 'monthly' },
  { frequency: 'quarterly', day_of_month: '', week_of_month: 'last', weekday: 'Fri' },
  { frequency: 'semi_annual' },
  { frequency: 'annual', day_of_month: '31' },
] as const;

function generateCsv(): string {
  const rows = Array.from({ length: ITEMS }, (_, index) => {
    const id = `MI-${String(index + 1).padStart(4, '0')}`;
    const shape = FREQUENCIES[index % FREQUENCIES.length] ?? FREQUENCIES[0];
    return matrixRow(id, { ...shape, title: `Monitoring item ${id}: check the control owners' evidence`, ...(index % 2 === 0 ? { status: 'active', active_from: '2026-01-05' } : {}) });
  });
  return matrixCsv(rows);
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

/** Sends the file in parts of at most MAX_CSV_PART_BYTES (ASCII here, so characters = bytes); returns the report. */
async function importInParts(stack: TestStack, csv: string, dryRun: boolean, uploadId: string): Promise<unknown> {
  const size = MAX_CSV_PART_BYTES - 1_000;
  const count = Math.ceil(csv.length / size);
  let reply: unknown;
  for (let index = 1; index <= count; index += 1) {
    const part = csv.slice((index - 1) * size, index * size);
    reply = okData(await stack.invoke(TEST_USERS.ismsManager, 'matrix/import-csv', { csv: part, dryRun, part: { uploadId, index, count } }, MATRIX_PAGE));
  }
  return reply;
}

function summaryOf(report: unknown): string {
  return typeof report === 'object' && report !== null && 'summary' in report ? JSON.stringify(report.summary) : JSON.stringify(report);
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export async function run(): Promise<BenchResult[]> {
  const stack = await startTestStack({ now: () => new Date('2026-03-02T09:00:00.000Z') });
  try {
    await stack.setUpApp();
    const csv = generateCsv();
    const dry = await timed(() => importInParts(stack, csv, true, 'bench-dry'));
    const commit = await timed(() => importInParts(stack, csv, false, 'bench-commit'));
    const again = await timed(() => importInParts(stack, csv, false, 'bench-again'));
    console.error(`import: ${summaryOf(commit.value)}; again: ${summaryOf(again.value)}`);
    const list = (): Promise<unknown> => stack.invoke(TEST_USERS.member, 'matrix/list', {}, MATRIX_PAGE);
    const first = await timed(list);
    const items = (okData(first.value) as { items: unknown[] }).items.length;
    if (items !== ITEMS) throw new Error(`listed ${items} items, expected ${ITEMS}`);
    const runs: number[] = [];
    for (let run = 0; run < LIST_RUNS; run += 1) runs.push((await timed(list)).ms);
    const exported = await timed(() => stack.invoke(TEST_USERS.member, 'matrix/export-csv', {}, MATRIX_PAGE));
    const responseBytes = Buffer.byteLength(JSON.stringify(first.value), 'utf8');
    return [
      { name: `matrix/list of ${ITEMS} items through the resolver (median of ${LIST_RUNS}, after one warm-up)`, value: median(runs), unit: 'ms', target: '< 2000' },
      { name: 'matrix/list response size (resolver limit 5 MB)', value: responseBytes / 1024, unit: 'KiB', target: '< 5120' },
      { name: `matrix/import-csv dry run, ${ITEMS} rows in ${Math.ceil(csv.length / (MAX_CSV_PART_BYTES - 1_000))} parts`, value: dry.ms, unit: 'ms' },
      { name: `matrix/import-csv storing ${ITEMS} new items with history`, value: commit.ms, unit: 'ms', target: '< 25000 per invoke' },
      { name: 'matrix/import-csv of the same file again (all unchanged)', value: again.ms, unit: 'ms' },
      { name: `matrix/export-csv of ${ITEMS} items`, value: exported.ms, unit: 'ms' },
      { name: 'matrix CSV size', value: csv.length / 1024, unit: 'KiB' },
    ];
  } finally {
    await stack.close();
  }
}

if (require.main === module) {
  void run().then((results) => {
    console.table(results);
  });
}
