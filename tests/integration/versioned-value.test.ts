// versioned-value.ts on the real @forge/kvs client against the local host's KVS (entities from manifest.yml):
// concurrent writers never lose a change record, a stale expectedVersion is refused, history pages newest first.
import { z } from 'zod';

import { VersionConflictError, versionedValue } from '../../src/adapters/storage/versioned-value';
import { startTestStack, type TestStack } from './stack';

const schema = z.object({ items: z.array(z.string()) });
const at = '2026-03-02T09:00:00.000Z';

let stack: TestStack;
beforeEach(async () => {
  stack = await startTestStack();
});
afterEach(async () => {
  await stack.close();
});

describe('versionedValue', () => {
  it('given four concurrent updates, applies each exactly once with an unbroken chain of change records', async () => {
    const list = versionedValue('matrix:test', schema);

    await Promise.all(['a', 'b', 'c', 'd'].map((item) => list.update((current) => ({ items: [...(current?.items ?? []), item] }), { by: `user-${item}`, at })));

    const record = await list.read();
    expect(record?.version).toBe(4);
    expect([...(record?.value.items ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
    const { changes } = await list.history({ limit: 10 });
    const chain = [...changes].reverse();
    expect(chain.map((change) => change.seq)).toEqual([1, 2, 3, 4]);
    chain.forEach((change, index) => {
      expect(change.before).toEqual(index === 0 ? null : chain[index - 1]?.after);
    });
  });

  it('refuses a write whose expectedVersion is stale and keeps the stored value', async () => {
    const list = versionedValue('matrix:test', schema);
    await list.write({ items: ['first'] }, { by: 'ann', at });

    await expect(list.write({ items: ['second'] }, { by: 'bob', at, expectedVersion: 0 })).rejects.toBeInstanceOf(VersionConflictError);

    expect(await list.read()).toEqual({ value: { items: ['first'] }, version: 1, changedAt: at, changedBy: 'ann' });
  });

  it('records nothing when the value does not change', async () => {
    const list = versionedValue('matrix:test', schema);
    await list.write({ items: ['x'] }, { by: 'ann', at });
    await list.write({ items: ['x'] }, { by: 'bob', at: '2026-03-03T09:00:00.000Z' });

    expect((await list.read())?.changedBy).toBe('ann');
    expect((await list.history()).changes).toHaveLength(1);
  });

  it('pages history newest first, and keeps each key’s history apart', async () => {
    const list = versionedValue('matrix:test', schema);
    const other = versionedValue('kpi:test', schema);
    for (const n of [1, 2, 3, 4, 5]) await list.write({ items: [String(n)] }, { by: 'ann', at });
    await other.write({ items: ['unrelated'] }, { by: 'ann', at });

    const first = await list.history({ limit: 2 });
    const second = await list.history({ limit: 2, ...(first.nextCursor === undefined ? {} : { cursor: first.nextCursor }) });

    expect(first.changes.map((change) => change.seq)).toEqual([5, 4]);
    expect(second.changes.map((change) => change.seq)).toEqual([3, 2]);
    expect((await other.history()).changes.map((change) => change.after)).toEqual([{ items: ['unrelated'] }]);
  });

  it('rejects a value its schema refuses, writing nothing', async () => {
    const list = versionedValue('matrix:test', schema);

    await expect(list.write({ items: [1] } as unknown as z.infer<typeof schema>, { by: 'ann', at })).rejects.toThrow(z.ZodError);
    expect(await list.read()).toBeUndefined();
  });
});
