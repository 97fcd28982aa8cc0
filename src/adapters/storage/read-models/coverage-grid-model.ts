// Read model: the month grids of the audit cycles (one row per clause/control, one cell per month, with the issue
// keys behind each cell), and the list of cycles held. The current cycle's grid is rebuilt with the coverage rows;
// a cycle that stops being current keeps its last grid, so a previous cycle stays on record. Rows are spread over
// a few documents by cycle and row id: a 36-month cycle of ~120 rows would not fit in one KVS value.
import { z } from 'zod';

import { coverageCycleSchema, gridRowSchema, type CoverageCycle, type GridRowEntry } from '../../../contracts/gadget-views';
import { SWEEP_KEYS } from '../storage-keys';
import { readModelDoc } from './read-model-doc';
import { shardedMap } from './sharded-map';

/** Cycles kept: the current one and three before it (a certification period). */
export const CYCLES_KEPT = 4;

export const coverageCyclesModel = readModelDoc<CoverageCycle[]>(SWEEP_KEYS.readModel('coverage-cycles'), z.array(coverageCycleSchema), () => []);
export const coverageGridModel = shardedMap('coverage-grid', 8, gridRowSchema);

const SEPARATOR = '|';

export function gridKey(cycleStart: string, rowId: string): string {
  return `${cycleStart}${SEPARATOR}${rowId}`;
}

function cycleOfKey(key: string): string {
  return key.slice(0, key.indexOf(SEPARATOR));
}

/** Stores `cycle`'s grid (replacing its previous one) and forgets cycles beyond CYCLES_KEPT, newest start first. */
export async function storeCycleGrid(cycle: CoverageCycle, rows: ReadonlyMap<string, GridRowEntry>, at: string): Promise<void> {
  const held = await coverageCyclesModel.read();
  const kept = [cycle, ...held.filter((each) => each.start !== cycle.start)].sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0)).slice(0, CYCLES_KEPT);
  const keptStarts = new Set(kept.map((each) => each.start as string));
  // Rows first, the list last: a reader never finds a listed cycle without its rows.
  await coverageGridModel.mapAll((entry, key) => {
    const start = cycleOfKey(key);
    return !keptStarts.has(start) || (start === cycle.start && !rows.has(key.slice(start.length + 1))) ? null : entry;
  }, at);
  await coverageGridModel.update(new Map([...rows].map(([rowId, row]) => [gridKey(cycle.start, rowId), () => row])), at);
  await coverageCyclesModel.update((current) => {
    const merged = [cycle, ...current.filter((each) => each.start !== cycle.start)];
    return merged.filter((each) => keptStarts.has(each.start)).sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));
  }, at);
}

/** The grid rows of the cycle starting `cycleStart`, by row id. */
export async function readCycleGrid(cycleStart: string): Promise<Map<string, GridRowEntry>> {
  const all = await coverageGridModel.readAll();
  const prefix = `${cycleStart}${SEPARATOR}`;
  return new Map([...all].filter(([key]) => key.startsWith(prefix)).map(([key, row]) => [key.slice(prefix.length), row]));
}
