// Forge hosted-storage limits (storage-reference/limits-kvs-ce, handling-errors-kvs) and their checks.
import { badRequest, invalidBody } from './kvs-error';

export const MAX_VALUE_BYTES = 240 * 1024;
export const MAX_KEY_LENGTH = 500;
export const MAX_OBJECT_DEPTH = 32;
export const DEFAULT_QUERY_LIMIT = 10;
export const MAX_QUERY_LIMIT = 100;
export const MAX_BATCH_ITEMS = 25;
export const MAX_TRANSACTION_OPERATIONS = 25;
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
export const MAX_QUERY_CONDITIONS = 100;

/** The documented key regex: /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/ (so no `/`, `@`, `|`…). */
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s#-]+$/;

export type KeySpace = 'kvs' | 'entity';

export function checkKey(key: unknown, space: KeySpace): string {
  if (typeof key !== 'string') throw invalidBody('key must be a string');
  if (key.length === 0) {
    throw space === 'kvs'
      ? badRequest('KEY_TOO_SHORT', 'The provided key needs to be at least one character.')
      : badRequest('EMPTY_KEY', 'Key cannot be empty.');
  }
  if (key.length > MAX_KEY_LENGTH) {
    throw badRequest('KEY_TOO_LONG', `The provided key has exceeded the maximum ${MAX_KEY_LENGTH} characters.`);
  }
  if (!KEY_PATTERN.test(key)) {
    throw badRequest('INVALID_KEY', 'The provided key does not match the regex: /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/');
  }
  return key;
}

function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (typeof value === 'object' && value !== null) return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

/** Validates a value to store and returns its JSON text. */
export function checkValue(value: unknown): string {
  if (value === undefined || value === null) throw invalidBody('value is required');
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json, 'utf8') > MAX_VALUE_BYTES) {
    throw badRequest('MAX_SIZE', `The provided value has exceeded the maximum size limit (${MAX_VALUE_BYTES} bytes).`);
  }
  if (depthOf(value) > MAX_OBJECT_DEPTH) {
    throw badRequest('MAX_DEPTH', `The provided value has exceeded the maximum object depth (${MAX_OBJECT_DEPTH}) limit.`);
  }
  return json;
}

const TTL_UNIT_MS = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 } as const;
export type TtlUnit = keyof typeof TTL_UNIT_MS;

export function ttlToMillis(ttl: { value: number; unit: TtlUnit }): number {
  if (!Number.isInteger(ttl.value) || ttl.value <= 0) throw invalidBody('ttl.value must be a positive integer');
  return ttl.value * TTL_UNIT_MS[ttl.unit];
}
