// Direct, synchronous access to the local KVS for seeding and tests. Every write goes through the same
// protocol handler as the app's @forge/kvs calls, so seeded data obeys the same key, size and schema rules.
import { KvsError } from './kvs-error';
import type { KvsReply, KvsService } from './kvs-service';
import { PLAIN_SPACE } from './kvs-operations';

export interface KvsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  /** Live plain keys in byte order, optionally under a prefix. */
  keys(prefix?: string): string[];
  getSecret(key: string): unknown;
  setSecret(key: string, value: unknown): void;
  getEntity(entityName: string, key: string): unknown;
  setEntity(entityName: string, key: string, value: unknown): void;
  deleteEntity(entityName: string, key: string): void;
  entityKeys(entityName: string): string[];
  /** Raw protocol access: POST /api/v1/<path> with a JSON body, as @forge/kvs would send it. */
  request(path: string, body: unknown): KvsReply;
  /** Deletes every key, secret and entity. */
  clear(): void;
}

function expectOk(reply: KvsReply): unknown {
  if (reply.status < 400) return reply.body;
  const body = reply.body;
  const code = typeof body === 'object' && body !== null && 'code' in body ? String(body.code) : 'UNKNOWN_ERROR';
  const message = typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : '';
  throw new KvsError(reply.status, code, message);
}

function valueOf(reply: KvsReply): unknown {
  if (reply.status === 404) return undefined;
  const body = expectOk(reply);
  return typeof body === 'object' && body !== null && 'value' in body ? body.value : undefined;
}

export function createKvsStore(service: KvsService): KvsStore {
  const call = (path: string, body: unknown): KvsReply => service.handle(`/api/v1/${path}`, body);
  const ops = service.operations;
  const allKeys = (space: string, prefix?: string): string[] =>
    ops.items.scan(space, { limit: Number.MAX_SAFE_INTEGER, ...(prefix === undefined ? {} : { prefix }) }).map((r) => r.key);
  return {
    get: (key) => valueOf(call('get', { key })),
    set: (key, value) => void expectOk(call('set', { key, value })),
    delete: (key) => void expectOk(call('delete', { key })),
    keys: (prefix) => allKeys(PLAIN_SPACE, prefix),
    getSecret: (key) => valueOf(call('secret/get', { key })),
    setSecret: (key, value) => void expectOk(call('secret/set', { key, value })),
    getEntity: (entityName, key) => valueOf(call('entity/get', { entityName, key })),
    setEntity: (entityName, key, value) => void expectOk(call('entity/set', { entityName, key, value })),
    deleteEntity: (entityName, key) => void expectOk(call('entity/delete', { entityName, key })),
    entityKeys: (entityName) => allKeys(ops.target(entityName).space),
    request: (path, body) => service.handle(path.startsWith('/') ? path : `/api/v1/${path}`, body),
    clear: () => {
      ops.items.clear();
      ops.secrets.clear();
    },
  };
}
