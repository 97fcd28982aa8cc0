// The real @forge/kvs client against the local KVS: keys, limits, TTL, key policies, queries and secrets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ForgeKvsAPIError, MetadataField, WhereConditions, kvs } from '@forge/kvs';
import { FIXED_NOW, rejectionOf, startFixtureStack } from './fixture-host';
import type { FixtureStack } from './fixture-host';

let stack: FixtureStack;
beforeEach(async () => {
  stack = await startFixtureStack();
});
afterEach(async () => {
  await stack.close();
});

async function kvsError(promise: Promise<unknown>): Promise<{ code: string; status: number | undefined }> {
  const error = await rejectionOf(promise);
  if (!(error instanceof ForgeKvsAPIError)) throw new Error(`Expected ForgeKvsAPIError, got ${String(error)}`);
  return { code: error.code, status: error.responseDetails.status };
}

describe('get / set / delete', () => {
  it.each([['text'], [42], [true], [{ nested: { list: [1, 'two'] } }], [['a', 'b']]])('round-trips %j', async (value) => {
    await kvs.set('item:1', value);
    expect(await kvs.get('item:1')).toEqual(value);
  });

  it('returns undefined for a missing key (KEY_NOT_FOUND) and after delete', async () => {
    expect(await kvs.get('missing')).toBeUndefined();
    await kvs.set('gone', 1);
    await kvs.delete('gone');
    await kvs.delete('never-there');
    expect(await kvs.get('gone')).toBeUndefined();
  });

  it('returns metadata from the host clock', async () => {
    await kvs.set('meta', 'v');
    await stack.host.advanceClock(60_000);
    await kvs.set('meta', 'w');
    const result = await kvs.get('meta', { metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT] });
    expect(result).toEqual({ key: 'meta', value: 'w', createdAt: FIXED_NOW.getTime(), updatedAt: FIXED_NOW.getTime() + 60_000 });
  });

  it('expires keys set with a TTL', async () => {
    await kvs.set('lease', 'held', { ttl: { value: 5, unit: 'MINUTES' } });
    await stack.host.advanceClock(4 * 60_000);
    expect(await kvs.get('lease')).toBe('held');
    await stack.host.advanceClock(60_000);
    expect(await kvs.get('lease')).toBeUndefined();
  });

  it('honours keyPolicy FAIL_IF_EXISTS (409 KEY_CONFLICT) and returnValue', async () => {
    await kvs.set('lock', 'a', { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(await kvsError(kvs.set('lock', 'b', { keyPolicy: 'FAIL_IF_EXISTS' }))).toEqual({ code: 'KEY_CONFLICT', status: 409 });
    const previous = await kvs.set('lock', 'c', { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' });
    expect(previous).toEqual({ key: 'lock', value: 'a' });
    expect(await kvs.set('fresh', 'x', { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toBeUndefined();
    expect(await kvs.set('fresh', 'y', { keyPolicy: 'OVERRIDE', returnValue: 'LATEST' })).toEqual({ key: 'fresh', value: 'y' });
  });
});

describe('limits and error codes', () => {
  const limit = 240 * 1024;
  it('accepts a value of exactly 240 KiB and refuses one byte more with MAX_SIZE', async () => {
    const fits = 'x'.repeat(limit - 2); // JSON quotes make it exactly 240 KiB
    await kvs.set('big', fits);
    expect(await kvs.get('big')).toBe(fits);
    expect(await kvsError(kvs.set('big', `${fits}y`))).toEqual({ code: 'MAX_SIZE', status: 400 });
  });

  it.each([
    ['an empty key', '', 'KEY_TOO_SHORT'],
    ['a 501-character key', 'k'.repeat(501), 'KEY_TOO_LONG'],
    ['a key with a slash', 'matrix/item', 'INVALID_KEY'],
    ['a blank key', '   ', 'INVALID_KEY'],
  ])('refuses %s with %s', async (_label, key, code) => {
    expect(await kvsError(kvs.set(key, 1))).toEqual({ code, status: 400 });
  });

  it('refuses objects nested deeper than 32 levels with MAX_DEPTH', async () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 33; i += 1) deep = { d: deep };
    expect(await kvsError(kvs.set('deep', deep))).toEqual({ code: 'MAX_DEPTH', status: 400 });
  });
});

describe('query', () => {
  beforeEach(async () => {
    for (let i = 0; i < 25; i += 1) await kvs.set(`check:${String(i).padStart(2, '0')}`, i);
    await kvs.set('other:1', 'no');
  });

  it('pages through a key prefix with cursors, 10 by default', async () => {
    const first = await kvs.query().where('key', WhereConditions.beginsWith('check:')).getMany();
    expect(first.results.map((r) => r.key)).toEqual(Array.from({ length: 10 }, (_, i) => `check:${String(i).padStart(2, '0')}`));
    const keys: string[] = [];
    let cursor: string | undefined;
    do {
      const query = kvs.query().where('key', WhereConditions.beginsWith('check:')).limit(10);
      const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany<number>();
      keys.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(keys).toHaveLength(25);
    expect(await kvs.query().where('key', WhereConditions.beginsWith('other:')).getOne()).toEqual({ key: 'other:1', value: 'no' });
  });

  it('refuses a page over 100 with LIST_QUERY_LIMIT_EXCEEDED', async () => {
    expect(await kvsError(kvs.query().limit(101).getMany())).toEqual({ code: 'LIST_QUERY_LIMIT_EXCEEDED', status: 400 });
    expect((await kvs.query().limit(100).getMany()).results).toHaveLength(26);
  });
});

describe('secrets', () => {
  it('are stored apart: invisible to get and query', async () => {
    await kvs.setSecret('api-token', { token: 's3cr3t' });
    expect(await kvs.getSecret('api-token')).toEqual({ token: 's3cr3t' });
    expect(await kvs.get('api-token')).toBeUndefined();
    expect((await kvs.query().getMany()).results).toEqual([]);
    await kvs.deleteSecret('api-token');
    expect(await kvs.getSecret('api-token')).toBeUndefined();
  });
});

describe('kvsStore and persistence', () => {
  it('seeds through the same rules and is seen by the app', async () => {
    stack.host.kvsStore.set('seeded:1', { ok: true });
    expect(await kvs.get('seeded:1')).toEqual({ ok: true });
    expect(stack.host.kvsStore.keys('seeded:')).toEqual(['seeded:1']);
    expect(() => {
      stack.host.kvsStore.set('bad/key', 1);
    }).toThrow(expect.objectContaining({ code: 'INVALID_KEY' }) as Error);
  });

  it('keeps data in <dataDir>/kvs.sqlite across restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'forge-kvs-'));
    try {
      const first = await startFixtureStack({ dataDir });
      await kvs.set('durable', 'yes');
      await first.close();
      const second = await startFixtureStack({ dataDir });
      expect(await kvs.get('durable')).toBe('yes');
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
