// Custom entities declared in the fixture manifest, queried through their indexes with the real @forge/kvs.
import { Filter, FilterConditions, ForgeKvsAPIError, Sort, WhereConditions, kvs } from '@forge/kvs';
import type { ListResult } from '@forge/kvs';
import { rejectionOf, startFixtureStack } from './fixture-host';
import type { FixtureStack } from './fixture-host';

interface Finding {
  status: string;
  severity?: number;
  projectKey?: string;
  raisedOn?: string;
  score?: number;
  open?: boolean;
  tags?: unknown;
}

const findings = kvs.entity<Finding>('finding');

let stack: FixtureStack;
beforeEach(async () => {
  stack = await startFixtureStack();
  const seed: [string, Finding][] = [
    ['f1', { status: 'open', severity: 3, projectKey: 'ISMS', raisedOn: '2026-01-05', open: true, tags: ['a'] }],
    ['f2', { status: 'open', severity: 1, projectKey: 'ISMS', raisedOn: '2026-02-10', open: true }],
    ['f3', { status: 'closed', severity: 2, projectKey: 'ISMS', raisedOn: '2026-03-01', open: false }],
    ['f4', { status: 'open-review', severity: 5, projectKey: 'OPS', raisedOn: '2026-01-20', open: true, score: 0.5 }],
    ['f5', { status: 'open' }],
  ];
  for (const [key, value] of seed) await findings.set(key, value);
});
afterEach(async () => {
  await stack.close();
});

async function kvsCode(promise: Promise<unknown>): Promise<string> {
  const error = await rejectionOf(promise);
  if (!(error instanceof ForgeKvsAPIError)) throw new Error('Expected ForgeKvsAPIError');
  return error.code;
}

const keysOf = (page: ListResult<Finding>): string[] => page.results.map((r) => r.key);

describe('entity get / set / delete', () => {
  it('stores and reads typed entities', async () => {
    expect(await findings.get('f1')).toEqual({ status: 'open', severity: 3, projectKey: 'ISMS', raisedOn: '2026-01-05', open: true, tags: ['a'] });
    await findings.delete('f1');
    expect(await findings.get('f1')).toBeUndefined();
  });

  it.each([
    ['an undeclared entity', () => kvs.entity('unknown-entity').set('k', { a: 1 }), 'INVALID_ENTITY_TYPE'],
    ['a too-short entity name', () => kvs.entity('ab').get('k'), 'ENTITY_TYPE_TOO_SHORT'],
    ['a wrongly typed attribute', () => findings.set('bad', { status: 'open', severity: 1.5 }), 'INVALID_ENTITY_VALUE'],
    ['an undeclared attribute', () => kvs.entity('finding').set('bad', { status: 'open', colour: 'red' }), 'INVALID_ENTITY_VALUE'],
    ['an empty key', () => findings.set('', { status: 'open' }), 'EMPTY_KEY'],
  ])('refuses %s', async (_label, operation, code) => {
    expect(await kvsCode(operation())).toBe(code);
  });
});

describe('index queries', () => {
  it('queries a single-attribute index with a range condition', async () => {
    expect(keysOf(await findings.query().index('status').where(WhereConditions.equalTo('open')).getMany())).toEqual(['f1', 'f2', 'f5']);
    const begins = await findings.query().index('status').where(WhereConditions.beginsWith('open')).getMany();
    expect(keysOf(begins)).toEqual(['f1', 'f2', 'f5', 'f4']);
  });

  it('queries a partition with a between range, in both sort orders', async () => {
    const query = () =>
      findings.query().index('by-project-raised', { partition: ['ISMS'] }).where(WhereConditions.between('2026-01-01', '2026-02-28'));
    expect(keysOf(await query().getMany())).toEqual(['f1', 'f2']);
    expect(keysOf(await query().sort(Sort.DESC).getMany())).toEqual(['f2', 'f1']);
    expect(keysOf(await findings.query().index('by-project-raised', { partition: ['OPS'] }).getMany())).toEqual(['f4']);
  });

  it('leaves out entities that lack an indexed attribute', async () => {
    const all = await findings.query().index('by-open-severity', { partition: [true] }).getMany();
    expect(keysOf(all)).toEqual(['f2', 'f1', 'f4']);
    const severe = await findings.query().index('by-open-severity', { partition: [true] }).where(WhereConditions.greaterThan(2)).getMany();
    expect(keysOf(severe)).toEqual(['f1', 'f4']);
  });

  it('pages with cursors, reading `limit` rows before filters apply', async () => {
    const filter = new Filter<Finding>().and('projectKey', FilterConditions.equalTo('ISMS'));
    const keys: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query = findings.query().index('status').filters(filter).limit(2);
      const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany();
      keys.push(...keysOf(page));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== undefined);
    expect(keys).toEqual(['f3', 'f1', 'f2']);
    expect(pages).toBe(3);
  });

  it('applies or-filters and exists conditions', async () => {
    const filter = new Filter<Finding>().or('score', FilterConditions.exists()).or('tags', FilterConditions.contains('a'));
    expect(keysOf(await findings.query().index('status').filters(filter).limit(100).getMany())).toEqual(['f1', 'f4']);
  });

  it.each([
    ['an undeclared index', () => findings.query().index('by-nothing').getMany(), 'INVALID_ENTITY_INDEX'],
    ['a page of 101', () => findings.query().index('status').limit(101).getMany(), 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE'],
    ['a page of 0', () => findings.query().index('status').limit(0).getMany(), 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE'],
    ['a missing partition', () => findings.query().index('by-project-raised').getMany(), 'BAD_REQUEST'],
  ])('refuses %s', async (_label, operation, code) => {
    expect(await kvsCode(operation())).toBe(code);
  });

  it.each([
    ['an empty filter operator', { and: [] }, 'EMPTY_FILTER_OPERATOR'],
    ['"and" next to "or"', { and: [{ property: 'status', condition: 'EXISTS', values: [true] }], or: [{ property: 'status', condition: 'EXISTS', values: [true] }] }, 'INVALID_FILTER_OPERATORS_COMBINATION'],
    ['BETWEEN with one value', { and: [{ property: 'severity', condition: 'BETWEEN', values: [1] }] }, 'INSUFFICIENT_FILTER_VALUES'],
    ['an unknown condition', { and: [{ property: 'severity', condition: 'LIKE', values: [1] }] }, 'INVALID_FILTER_CONDITION'],
  ])('answers %s on the wire with %s', (_label, filters, code) => {
    const reply = stack.host.kvsStore.request('entity/query', { entityName: 'finding', indexName: 'status', filters });
    expect(reply).toEqual({ status: 400, body: { code, message: expect.any(String) as unknown } });
  });
});
