// POST /api/v1/batch/{set,get,delete}: up to 25 items, each succeeding or failing on its own
// (storage-reference/batchops-entities). An empty batch or a repeated (entityName, key) fails the whole request.
import { KvsError, badRequest } from './kvs-error';
import { MAX_BATCH_ITEMS } from './kvs-limits';
import { batchDeleteRequest, batchGetRequest, batchSetRequest, parseBody } from './kvs-protocol';
import type { KvsOperations } from './kvs-operations';
import { itemResponse } from './kvs-operations';

interface BatchKey {
  key: string;
  entityName?: string;
}
interface BatchFailure extends BatchKey {
  error: { code: string; message: string };
}

function identify(item: { key: unknown; entityName?: unknown }): BatchKey {
  const key = typeof item.key === 'string' ? item.key : String(item.key);
  return typeof item.entityName === 'string' ? { key, entityName: item.entityName } : { key };
}

function checkBatchShape(items: readonly { key: unknown; entityName?: unknown }[]): void {
  if (items.length === 0) throw badRequest('BAD_REQUEST', 'A batch operation must contain at least one item.');
  if (items.length > MAX_BATCH_ITEMS) {
    throw badRequest('BAD_REQUEST', `A batch operation can contain a maximum of ${MAX_BATCH_ITEMS} keys.`);
  }
  const seen = new Set(items.map((item) => JSON.stringify([item.entityName ?? null, item.key])));
  if (seen.size !== items.length) throw badRequest('BAD_REQUEST', 'A batch operation cannot repeat a key.');
}

function runEach<T extends { key: unknown; entityName?: unknown }, R>(
  items: readonly T[],
  run: (item: T) => R,
): { successfulKeys: R[]; failedKeys: BatchFailure[] } {
  const successfulKeys: R[] = [];
  const failedKeys: BatchFailure[] = [];
  for (const item of items) {
    try {
      successfulKeys.push(run(item));
    } catch (error) {
      if (!(error instanceof KvsError)) throw error;
      failedKeys.push({ ...identify(item), error: { code: error.code, message: error.message } });
    }
  }
  return { successfulKeys, failedKeys };
}

export function batchSet(ops: KvsOperations, body: unknown): unknown {
  const items = parseBody(batchSetRequest, body);
  checkBatchShape(items);
  return runEach(items, (item) => {
    const target = ops.target(item.entityName);
    const { key, json } = ops.prepareSet(target, item.key, item.value);
    ops.write(target, key, json, item.options?.ttl === undefined ? undefined : { ttl: item.options.ttl });
    return identify(item);
  });
}

export function batchGet(ops: KvsOperations, body: unknown): unknown {
  const items = parseBody(batchGetRequest, body);
  checkBatchShape(items);
  return runEach(items, (item) => {
    const row = ops.read(ops.target(item.entityName), item.key);
    return { ...itemResponse(row, ['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']), ...identify(item) };
  });
}

export function batchDelete(ops: KvsOperations, body: unknown): unknown {
  const items = parseBody(batchDeleteRequest, body);
  checkBatchShape(items);
  return runEach(items, (item) => {
    ops.remove(ops.target(item.entityName), item.key);
    return identify(item);
  });
}
