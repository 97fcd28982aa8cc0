// The local KVS: answers @forge/kvs's POST /api/v1/* requests in-process, from SQLite.
// Replies mirror the platform: 200 + JSON, 204 with no body, or 4xx/5xx + { code, message }.
import { KvsError, badRequest } from './kvs-error';
import { DEFAULT_QUERY_LIMIT, MAX_QUERY_LIMIT, MAX_REQUEST_BYTES } from './kvs-limits';
import {
  deleteRequest,
  entityQueryRequest,
  getRequest,
  parseBody,
  queryRequest,
  setRequest,
} from './kvs-protocol';
import { batchDelete, batchGet, batchSet } from './kvs-batch';
import { executeTransaction } from './kvs-transaction';
import { queryEntityIndex } from './entity-index-query';
import type { EntityCatalogue } from './entity-schema';
import { requireEntity } from './entity-schema';
import type { KvsDatabase } from './kvs-database';
import { KvsOperations, PLAIN_SPACE, itemResponse } from './kvs-operations';
import type { Target } from './kvs-operations';
import { RowStore } from './row-store';

export interface KvsReply {
  readonly status: number;
  readonly body?: unknown;
}

export interface KvsService {
  handle(path: string, body: unknown): KvsReply;
  readonly operations: KvsOperations;
}

const ALL_METADATA = ['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME'] as const;

function ok(body: unknown): KvsReply {
  return body === undefined ? { status: 204 } : { status: 200, body };
}

export function createKvsService(db: KvsDatabase, catalogue: EntityCatalogue, now: () => number): KvsService {
  const ops = new KvsOperations(new RowStore(db, 'kv_item', now), new RowStore(db, 'kv_secret', now), catalogue, now);

  const get = (target: (b: { entityName?: unknown }) => Target) => (body: unknown) => {
    const request = parseBody(getRequest, body);
    return ok(itemResponse(ops.read(target(request), request.key), ALL_METADATA));
  };
  const set = (target: (b: { entityName?: unknown }) => Target) => (body: unknown) => {
    const request = parseBody(setRequest, body);
    const where = target(request);
    const { key, json } = ops.prepareSet(where, request.key, request.value);
    return ok(ops.write(where, key, json, request.options));
  };
  const remove = (target: (b: { entityName?: unknown }) => Target) => (body: unknown) => {
    const request = parseBody(deleteRequest, body);
    ops.remove(target(request), request.key);
    return ok(undefined);
  };
  const plain = (): Target => ops.target(undefined);
  const secret = (): Target => ops.secretTarget();
  const entity = (b: { entityName?: unknown }): Target => ops.target(requireEntity(catalogue, b.entityName).name);

  const routes: Readonly<Record<string, (body: unknown) => KvsReply>> = {
    '/api/v1/get': get(plain),
    '/api/v1/set': set(plain),
    '/api/v1/delete': remove(plain),
    '/api/v1/query': (body) => ok(queryKeys(ops.items, body)),
    '/api/v1/secret/get': get(secret),
    '/api/v1/secret/set': set(secret),
    '/api/v1/secret/delete': remove(secret),
    '/api/v1/entity/get': get(entity),
    '/api/v1/entity/set': set(entity),
    '/api/v1/entity/delete': remove(entity),
    '/api/v1/entity/query': (body) => {
      const request = parseBody(entityQueryRequest, body);
      const page = queryEntityIndex(ops.items, requireEntity(catalogue, request.entityName), request);
      const data = page.rows.map((row) => itemResponse(row, request.options?.metadataFields ?? []));
      return ok(page.cursor === undefined ? { data } : { data, cursor: page.cursor });
    },
    '/api/v1/batch/set': (body) => ok(batchSet(ops, body)),
    '/api/v1/batch/get': (body) => ok(batchGet(ops, body)),
    '/api/v1/batch/delete': (body) => ok(batchDelete(ops, body)),
    '/api/v1/transaction': (body) => {
      executeTransaction(db, ops, body);
      return ok(undefined);
    },
  };

  return {
    operations: ops,
    handle(path, body) {
      const route = routes[path];
      if (route === undefined) return { status: 404, body: { code: 'NOT_FOUND', message: `Unknown KVS path ${path}` } };
      try {
        if (body !== undefined && Buffer.byteLength(JSON.stringify(body), 'utf8') > MAX_REQUEST_BYTES) {
          throw new KvsError(413, 'PAYLOAD_TOO_LARGE', `The request payload exceeds ${MAX_REQUEST_BYTES} bytes.`);
        }
        return route(body);
      } catch (error) {
        if (error instanceof KvsError) return { status: error.status, body: { code: error.code, message: error.message } };
        const message = error instanceof Error ? error.message : String(error);
        return { status: 500, body: { code: 'INTERNAL_SERVER_ERROR', message } };
      }
    },
  };
}

function queryKeys(items: RowStore, body: unknown): { data: unknown[]; cursor?: string } {
  const request = parseBody(queryRequest, body);
  const limit = request.limit ?? DEFAULT_QUERY_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_QUERY_LIMIT) {
    throw badRequest('LIST_QUERY_LIMIT_EXCEEDED', `Limit for list query should be between 1 and ${MAX_QUERY_LIMIT}.`);
  }
  const where = request.where ?? [];
  if (where.length > 1) throw badRequest('QUERY_WHERE_INVALID', 'KVS queries should contain only a single "where" clause.');
  const clause = where[0];
  if (clause !== undefined && clause.property !== 'key') {
    throw badRequest('QUERY_WHERE_FIELD_INVALID', 'The specified field is not supported for filters.');
  }
  if (clause !== undefined && clause.condition !== 'BEGINS_WITH') {
    throw badRequest('INVALID_FILTER_CONDITION', 'The specified condition is not supported for filters.');
  }
  const prefix = clause?.values[0];
  if (clause !== undefined && (clause.values.length !== 1 || typeof prefix !== 'string')) {
    throw badRequest('INVALID_FILTER_VALUES', 'BEGINS_WITH takes a single string value.');
  }
  const after = request.after === undefined ? undefined : decodeKeyCursor(request.after);
  const rows = items.scan(PLAIN_SPACE, {
    limit: limit + 1,
    ...(typeof prefix === 'string' ? { prefix } : {}),
    ...(after === undefined ? {} : { after }),
  });
  const page = rows.slice(0, limit);
  const data = page.map((row) => itemResponse(row, request.options?.metadataFields ?? []));
  const last = page[page.length - 1];
  return rows.length > limit && last !== undefined ? { data, cursor: encodeKeyCursor(last.key) } : { data };
}

function encodeKeyCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

function decodeKeyCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (key.length === 0) throw badRequest('BAD_REQUEST', 'The provided cursor is invalid.');
  return key;
}

