// A read model too big for one KVS value: entries by id, spread over a fixed number of `read-model` documents by a
// hash of the id. A change touches only the documents holding the changed ids; a full rebuild rewrites each
// document in one conditional write, so readers see every document either before or after, never half of one.
import { z } from 'zod';

import { SWEEP_KEYS } from '../storage-keys';
import { readModelDoc, shardOf, type ReadModelDoc } from './read-model-doc';

/** The new entry for an id given its current one; null removes it. */
export type EntryChange<E> = (current: E | undefined) => E | null;

export interface ShardedMap<E> {
  readonly name: string;
  readAll(): Promise<Map<string, E>>;
  /** Changes the named ids (each by its function); ids not named are left alone. */
  update(changes: ReadonlyMap<string, EntryChange<E>>, at: string): Promise<void>;
  /** Runs `change` over every entry (e.g. to drop an id whose document is unknown); writes changed documents only. */
  mapAll(change: (entry: E, id: string) => E | null, at: string): Promise<void>;
  /** Makes the model hold exactly `entries`. */
  replaceAll(entries: ReadonlyMap<string, E>, at: string): Promise<void>;
}

export function setTo<E>(entry: E | null): EntryChange<E> {
  return () => entry;
}

export function shardedMap<E>(name: string, shards: number, entrySchema: z.ZodType<E>): ShardedMap<E> {
  const docSchema = z.record(z.string(), entrySchema);
  const docs: ReadModelDoc<Record<string, E>>[] = Array.from({ length: shards }, (_, shard) =>
    readModelDoc(SWEEP_KEYS.readModel(name, shard), docSchema, () => ({})),
  );

  const groupByDoc = <V>(entries: Iterable<[string, V]>): Map<number, [string, V][]> => {
    const groups = new Map<number, [string, V][]>();
    for (const entry of entries) {
      const shard = shardOf(entry[0], shards);
      groups.set(shard, [...(groups.get(shard) ?? []), entry]);
    }
    return groups;
  };

  const changeDoc = (doc: ReadModelDoc<Record<string, E>>, at: string, change: (entries: Map<string, E>) => void): Promise<unknown> =>
    doc.update((current) => {
      const entries = new Map(Object.entries(current));
      change(entries);
      return Object.fromEntries(entries);
    }, at);

  return {
    name,
    readAll: async () => {
      const values = await Promise.all(docs.map((doc) => doc.read()));
      return new Map(values.flatMap((value) => Object.entries(value)));
    },
    update: async (changes, at) => {
      const groups = groupByDoc(changes.entries());
      await Promise.all(
        [...groups].flatMap(([shard, group]) => {
          const doc = docs[shard];
          return doc === undefined
            ? []
            : [
                changeDoc(doc, at, (entries) => {
                  for (const [id, change] of group) {
                    const next = change(entries.get(id));
                    if (next === null) entries.delete(id);
                    else entries.set(id, next);
                  }
                }),
              ];
        }),
      );
    },
    mapAll: async (change, at) => {
      await Promise.all(
        docs.map((doc) =>
          changeDoc(doc, at, (entries) => {
            for (const [id, entry] of [...entries]) {
              const next = change(entry, id);
              if (next === null) entries.delete(id);
              else entries.set(id, next);
            }
          }),
        ),
      );
    },
    replaceAll: async (entries, at) => {
      const groups = groupByDoc(entries.entries());
      await Promise.all(docs.map((doc, shard) => doc.update(() => Object.fromEntries(groups.get(shard) ?? []), at)));
    },
  };
}
