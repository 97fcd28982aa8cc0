// `kvs.entity(name).query().index(i, { partition }).where(range).filters(f).sort(s).cursor(c).limit(n)` as served
// by POST /api/v1/entity/query. The index is read in (range…, key) order inside the partition; `limit` counts
// the rows read, and filters then drop rows from that page (DynamoDB semantics: a page may be short, or empty,
// while a cursor remains — always follow `cursor`). Rows missing a partition or range attribute are not indexed.
import { badRequest } from './kvs-error';
import { DEFAULT_QUERY_LIMIT, MAX_QUERY_LIMIT } from './kvs-limits';
import type { EntityQueryRequest } from './kvs-protocol';
import { checkConditionArity, checkFilterGroup, matchesFilter } from './filter-conditions';
import type { EntityDefinition } from './entity-schema';
import { requireIndex } from './entity-schema';
import { LIVE, toStoredRow } from './row-store';
import type { RowStore, SqlParam, StoredRow } from './row-store';

const RANGE_CONDITIONS = ['BEGINS_WITH', 'BETWEEN', 'EQUAL_TO', 'GREATER_THAN', 'GREATER_THAN_EQUAL_TO', 'LESS_THAN', 'LESS_THAN_EQUAL_TO'];
const RANGE_SQL: Readonly<Record<string, string>> = {
  EQUAL_TO: '= @v0',
  GREATER_THAN: '> @v0',
  GREATER_THAN_EQUAL_TO: '>= @v0',
  LESS_THAN: '< @v0',
  LESS_THAN_EQUAL_TO: '<= @v0',
  BETWEEN: 'BETWEEN @v0 AND @v1',
};

/** Attribute names are validated against the manifest pattern ^[a-zA-Z][a-zA-Z0-9_]*$, so they are safe in SQL. */
const attr = (name: string): string => `json_extract(value, '$.${name}')`;

function sqlValue(value: unknown): SqlParam {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw badRequest('BAD_REQUEST', 'Index values must be strings, numbers or booleans.');
}

function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, length: number): SqlParam[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === length) return parsed.map(sqlValue);
  } catch {
    // fall through
  }
  throw badRequest('BAD_REQUEST', 'The provided cursor is invalid.');
}

export interface EntityPage {
  readonly rows: readonly StoredRow[];
  readonly cursor?: string;
}

export function queryEntityIndex(store: RowStore, entity: EntityDefinition, request: EntityQueryRequest): EntityPage {
  const index = requireIndex(entity, request.indexName);
  const limit = request.limit ?? DEFAULT_QUERY_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_QUERY_LIMIT) {
    throw badRequest('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', `The page limit must be set between 1 and ${MAX_QUERY_LIMIT}.`);
  }
  const partition = request.partition ?? [];
  if (partition.length !== index.partition.length) {
    throw badRequest('BAD_REQUEST', `Index '${index.name}' needs ${index.partition.length} partition value(s), got ${partition.length}.`);
  }
  const filter = checkFilterGroup(request.filters);
  const params: Record<string, SqlParam> = { space: entity.name, limit: limit + 1 };
  const clauses = ['space = @space', LIVE];
  for (const name of [...index.partition, ...index.range]) {
    clauses.push(`COALESCE(json_type(value, '$.${name}'), 'null') != 'null'`);
  }
  index.partition.forEach((name, i) => {
    clauses.push(`${attr(name)} = @p${i}`);
    params[`p${i}`] = sqlValue(partition[i]);
  });
  const rangeColumn = attr(index.range[0] ?? 'key');
  if (request.range !== undefined) {
    checkConditionArity(request.range, RANGE_CONDITIONS);
    request.range.values.forEach((v, i) => (params[`v${i}`] = sqlValue(v)));
    clauses.push(
      request.range.condition === 'BEGINS_WITH'
        ? `typeof(${rangeColumn}) = 'text' AND substr(${rangeColumn}, 1, length(@v0)) = @v0`
        : `${rangeColumn} ${RANGE_SQL[request.range.condition] ?? ''}`,
    );
  }
  const order = [...index.range.map(attr), 'key'];
  const descending = request.sort === 'DESC';
  if (request.cursor !== undefined) {
    const position = decodeCursor(request.cursor, order.length);
    position.forEach((v, i) => (params[`c${i}`] = v));
    clauses.push(`(${order.join(', ')}) ${descending ? '<' : '>'} (${position.map((_, i) => `@c${i}`).join(', ')})`);
  }
  const direction = descending ? 'DESC' : 'ASC';
  const sql = `SELECT *, ${order.map((o, i) => `${o} AS o${i}`).join(', ')} FROM ${store.tableName}
    WHERE ${clauses.join(' AND ')} ORDER BY ${order.map((o) => `${o} ${direction}`).join(', ')} LIMIT @limit`;
  const raw = store.all(sql, params);
  const page = raw.slice(0, limit);
  const last = page[page.length - 1];
  const rows = page.map(toStoredRow).filter((row) => filter === undefined || matchesFilter(row.value, filter));
  if (raw.length <= limit || last === undefined) return { rows };
  const lastRecord: Record<string, unknown> = { ...last };
  return { rows, cursor: encodeCursor(order.map((_, i) => lastRecord[`o${i}`])) };
}
