// What the daily sweep has already scheduled, so a re-run creates nothing twice without asking Jira:
// - the ledger: per monitoring item, the due dates whose checks exist (within the look-back window), spread over
//   16 plain KVS values by item id; written only by the lease holder (sweep-state.ts);
// - pending: the occurrence keys of the batch being created, written BEFORE the create call. After a crash they are
//   looked up in Jira by the indexed `clause9` property and adopted, never created again.
import { kvs } from '@forge/kvs';
import { z } from 'zod';

import { localDateSchema, type LocalDate } from '../../domain/local-date';
import { shardOf } from './read-models/read-model-doc';
import { SWEEP_KEYS } from './storage-keys';

const LEDGER_SHARDS = 16;
const ledgerShardSchema = z.record(z.string(), z.array(localDateSchema));
const pendingSchema = z.object({ keys: z.array(z.string()) });

export type Ledger = ReadonlyMap<string, readonly LocalDate[]>;

async function readShard(shard: number): Promise<Record<string, LocalDate[]>> {
  const stored = await kvs.get<unknown>(SWEEP_KEYS.ledgerShard(shard));
  return stored === undefined ? {} : ledgerShardSchema.parse(stored);
}

export async function readLedger(): Promise<Ledger> {
  const shards = await Promise.all(Array.from({ length: LEDGER_SHARDS }, (_, shard) => readShard(shard)));
  return new Map(shards.flatMap((shard) => Object.entries(shard)));
}

/** Adds scheduled due dates per item and forgets those before `keepFrom` (outside the look-back window). */
export async function recordScheduled(scheduled: ReadonlyMap<string, readonly LocalDate[]>, keepFrom: LocalDate): Promise<void> {
  const byShard = new Map<number, [string, readonly LocalDate[]][]>();
  for (const entry of scheduled) {
    const shard = shardOf(entry[0], LEDGER_SHARDS);
    byShard.set(shard, [...(byShard.get(shard) ?? []), entry]);
  }
  await Promise.all(
    [...byShard].map(async ([shard, entries]) => {
      const current = await readShard(shard);
      for (const [itemId, dates] of entries) {
        const kept = [...new Set([...(current[itemId] ?? []), ...dates])].filter((date) => date >= keepFrom).sort();
        current[itemId] = kept;
      }
      await kvs.set(SWEEP_KEYS.ledgerShard(shard), current);
    }),
  );
}

export async function readPending(): Promise<string[]> {
  const stored = await kvs.get<unknown>(SWEEP_KEYS.pending);
  return stored === undefined ? [] : pendingSchema.parse(stored).keys;
}

export async function writePending(keys: readonly string[]): Promise<void> {
  await kvs.set(SWEEP_KEYS.pending, { keys: [...keys] });
}

export async function clearPending(): Promise<void> {
  await kvs.delete(SWEEP_KEYS.pending);
}
