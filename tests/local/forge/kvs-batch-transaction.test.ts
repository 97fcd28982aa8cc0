// Batch operations (each item on its own) and transactions (all or nothing) through the real @forge/kvs.
import { Filter, FilterConditions, ForgeKvsAPIError, kvs } from '@forge/kvs';
import { rejectionOf, startFixtureStack } from './fixture-host';
import type { FixtureStack } from './fixture-host';

let stack: FixtureStack;
beforeEach(async () => {
  stack = await startFixtureStack();
});
afterEach(async () => {
  await stack.close();
});

async function kvsCode(promise: Promise<unknown>): Promise<string> {
  const error = await rejectionOf(promise);
  if (!(error instanceof ForgeKvsAPIError)) throw new Error('Expected ForgeKvsAPIError');
  return error.code;
}

describe('batch operations', () => {
  it('sets plain keys and entities together, failing bad items on their own', async () => {
    const result = await kvs.batchSet<unknown>([
      { key: 'config:a', value: 1 },
      { key: 'f1', value: { status: 'open' }, entityName: 'finding' },
      { key: 'f2', value: { status: 7 }, entityName: 'finding' },
      { key: 'bad/key', value: 1 },
    ]);
    expect(result.successfulKeys).toEqual([{ key: 'config:a' }, { key: 'f1', entityName: 'finding' }]);
    expect(result.failedKeys).toEqual([
      { key: 'f2', entityName: 'finding', error: { code: 'INVALID_ENTITY_VALUE', message: expect.any(String) as unknown } },
      { key: 'bad/key', error: { code: 'INVALID_KEY', message: expect.any(String) as unknown } },
    ]);
  });

  it('gets values and reports missing keys as KEY_NOT_FOUND', async () => {
    await kvs.set('config:a', 'A');
    const result = await kvs.batchGet([{ key: 'config:a' }, { key: 'config:missing' }]);
    expect(result.successfulKeys).toEqual([expect.objectContaining({ key: 'config:a', value: 'A' })]);
    expect(result.failedKeys).toEqual([{ key: 'config:missing', error: { code: 'KEY_NOT_FOUND', message: expect.any(String) as unknown } }]);
  });

  it('deletes, and refuses empty, oversized or repeating batches', async () => {
    await kvs.set('config:a', 'A');
    expect((await kvs.batchDelete([{ key: 'config:a' }])).successfulKeys).toEqual([{ key: 'config:a' }]);
    expect(await kvs.get('config:a')).toBeUndefined();
    expect(await kvsCode(kvs.batchSet([]))).toBe('BAD_REQUEST');
    expect(await kvsCode(kvs.batchSet(Array.from({ length: 26 }, (_, i) => ({ key: `k${i}`, value: i }))))).toBe('BAD_REQUEST');
    expect(await kvsCode(kvs.batchGet([{ key: 'same' }, { key: 'same' }]))).toBe('BAD_REQUEST');
  });
});

describe('transactions', () => {
  it('commits sets and deletes together', async () => {
    await kvs.set('old', 1);
    await kvs.transact().set('new', 2).delete('old').set('f1', { status: 'open' }, { entityName: 'finding' }).execute();
    expect(await kvs.get('new')).toBe(2);
    expect(await kvs.get('old')).toBeUndefined();
    expect(await kvs.entity('finding').get('f1')).toEqual({ status: 'open' });
  });

  it('applies nothing when a check fails (409 CONDITIONAL_CHECK_FAILED)', async () => {
    await kvs.entity('finding').set('f1', { status: 'closed', severity: 2 });
    const stillOpen = new Filter<{ status: string }>().and('status', FilterConditions.equalTo('open'));
    const error = await rejectionOf(
      kvs.transact().set('audit:1', 'closed f1').check('f1', { entityName: 'finding', conditions: stillOpen }).execute(),
    );
    expect(error).toMatchObject({ code: 'CONDITIONAL_CHECK_FAILED', responseDetails: { status: 409 } });
    expect(await kvs.get('audit:1')).toBeUndefined();
  });

  it('sets conditionally (optimistic update) and creates when absent with NOT_EXISTS', async () => {
    type Finding = { status: string; severity?: number };
    const severity2 = new Filter<Finding>().and('severity', FilterConditions.equalTo(2));
    const absent = new Filter<Finding>().and('status', FilterConditions.notExists());
    await kvs.transact().set<Finding>('f9', { status: 'open' }, { entityName: 'finding', conditions: absent }).execute();
    expect(await kvsCode(kvs.transact().set<Finding>('f9', { status: 'x' }, { entityName: 'finding', conditions: severity2 }).execute())).toBe(
      'CONDITIONAL_CHECK_FAILED',
    );
    expect(await kvs.entity('finding').get('f9')).toEqual({ status: 'open' });
  });

  it('refuses more than 25 operations and a key used twice', async () => {
    const big = Array.from({ length: 26 }, (_, i) => i).reduce((tx, i) => tx.set(`k${i}`, i), kvs.transact());
    expect(await kvsCode(big.execute())).toBe('BAD_REQUEST');
    expect(await kvsCode(kvs.transact().set('k', 1).delete('k').execute())).toBe('BAD_REQUEST');
  });
});
