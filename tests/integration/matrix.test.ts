// The monitoring matrix page through the REAL resolver dispatch, @forge/kvs and the Jira stand-in: who may do what,
// versioned history (who / when / before / after), CSV import all-or-nothing and idempotent, export → import.
import { envelopeError, okData, startTestStack, TEST_USERS, type TestStack } from './stack';
import { MATRIX_PAGE, matrixCsv, matrixRow, itemDefinition, FAKE_CLOCK_OPTIONS } from './matrix-fixtures';

interface ItemReply {
  readonly key: string;
  readonly version: number;
  readonly changedAt: string;
  readonly changedBy: string;
  readonly value: { readonly id: string; readonly status: string; readonly title: string; readonly activeFrom?: string };
}
interface ListReply {
  readonly counts: Record<string, number>;
  readonly items: { readonly item: { readonly id: string; readonly status: string }; readonly version: number; readonly nextDueOn: string | null }[];
}
interface ImportReply {
  readonly applied: boolean;
  readonly dryRun: boolean;
  readonly rows: number;
  readonly errors: { row: number; column: string; rule: string }[];
  readonly summary: Record<string, number>;
}

let stack: TestStack;
const call = (who: string, key: string, payload: unknown = {}): Promise<unknown> => stack.invoke(who, key, payload, MATRIX_PAGE);
const ok = async <T>(who: string, key: string, payload: unknown = {}): Promise<T> => okData(await call(who, key, payload)) as T;

beforeAll(async () => {
  jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00.000Z'), ...FAKE_CLOCK_OPTIONS });
  stack = await startTestStack({ now: () => new Date() });
  await stack.setUpApp();
});

afterAll(async () => {
  await stack.close();
  jest.useRealTimers();
});

afterEach(() => {
  expect(stack.contractViolations).toEqual([]);
});

describe('matrix item lifecycle', () => {
  it('an ISMS manager creates, updates, activates and retires an item; history records who, when, before and after', async () => {
    const m = TEST_USERS.ismsManager;
    const created = await ok<ItemReply>(m, 'matrix/create', { id: 'MI-100', definition: itemDefinition() });
    expect(created).toMatchObject({ key: 'MI-100', version: 1, changedBy: m, changedAt: '2026-03-02T09:00:00.000Z', value: { status: 'draft' } });

    jest.setSystemTime(new Date('2026-03-03T10:00:00.000Z'));
    const updated = await ok<ItemReply>(m, 'matrix/update', { id: 'MI-100', definition: itemDefinition({ title: 'Review edge firewall logs' }), expectedVersion: 1 });
    expect(updated).toMatchObject({ version: 2, value: { title: 'Review edge firewall logs', status: 'draft' } });

    jest.setSystemTime(new Date('2026-03-04T11:00:00.000Z'));
    const activated = await ok<ItemReply>(m, 'matrix/activate', { id: 'MI-100', expectedVersion: 2 });
    expect(activated).toMatchObject({ version: 3, value: { status: 'active', activeFrom: '2026-03-04' } });
    const view = await ok<{ nextDueOn: string; allowedIntents: string[] }>(m, 'matrix/get', { id: 'MI-100' });
    expect(view).toMatchObject({ nextDueOn: '2026-04-01', allowedIntents: ['retire', 'revise'] });

    jest.setSystemTime(new Date('2026-03-05T12:00:00.000Z'));
    const retired = await ok<ItemReply>(m, 'matrix/retire', { id: 'MI-100', reason: 'Firewall replaced by a managed service' });
    expect(retired).toMatchObject({ version: 4, value: { status: 'retired' } });

    const history = await ok<{ changes: { version: number; at: string; by: string; intent: string; changedFields: string[]; before: { status: string; title: string } | null; after: { status: string; title: string } }[] }>(
      TEST_USERS.member,
      'matrix/history',
      { id: 'MI-100' },
    );
    expect(history.changes.map(({ version, at, by, intent, changedFields }) => ({ version, at, by, intent, changedFields }))).toEqual([
      { version: 4, at: '2026-03-05T12:00:00.000Z', by: m, intent: 'retire', changedFields: [] },
      { version: 3, at: '2026-03-04T11:00:00.000Z', by: m, intent: 'activate', changedFields: [] },
      { version: 2, at: '2026-03-03T10:00:00.000Z', by: m, intent: 'revise', changedFields: ['title'] },
      { version: 1, at: '2026-03-02T09:00:00.000Z', by: m, intent: 'create', changedFields: [] },
    ]);
    expect(history.changes[2]?.before?.title).toBe('Review firewall logs');
    expect(history.changes[2]?.after.title).toBe('Review edge firewall logs');
    expect(history.changes[3]?.before).toBeNull();
  });

  it('repeating a request changes nothing; a stale version is a CONFLICT; a retired item cannot be revised', async () => {
    const m = TEST_USERS.ismsManager;
    await ok(m, 'matrix/create', { id: 'MI-101', definition: itemDefinition() });
    expect(await ok<ItemReply>(m, 'matrix/create', { id: 'MI-101', definition: itemDefinition() })).toMatchObject({ version: 1 });
    expect(envelopeError(await call(m, 'matrix/create', { id: 'MI-101', definition: itemDefinition({ title: 'Other' }) }))).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(envelopeError(await call(m, 'matrix/update', { id: 'MI-101', definition: itemDefinition({ title: 'New' }), expectedVersion: 7 }))).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    expect(envelopeError(await call(m, 'matrix/update', { id: 'MI-100', definition: itemDefinition() }))).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(envelopeError(await call(m, 'matrix/get', { id: 'MI-404' }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it.each([
    ['definition.leadTimeDays', { id: 'MI-1', definition: itemDefinition({ leadTimeDays: 400 }) }, 'leadTimeDays must be a whole number from 0 to 365'],
    ['id', { id: 'MI@1', definition: itemDefinition() }, 'id must be 1–64 letters'],
    ['definition.riskIds.0', { id: 'MI-1', definition: itemDefinition({ riskIds: ['R-1;R-2'] }) }, 'must not contain ";"'],
    ['(unknown key)', { id: 'MI-1', definition: itemDefinition(), extra: true }, 'Unrecognized key'],
  ])('bad input about %s → INVALID_PAYLOAD naming the field and the rule', async (field, payload, rule) => {
    const error = envelopeError(await call(TEST_USERS.ismsManager, 'matrix/create', payload));
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(error.message).toContain(rule);
    if (!field.startsWith('(')) expect(error.field).toBe(field);
  });
});

describe('who may do what', () => {
  it('a project member (not an ISMS manager) can list and read history but gets FORBIDDEN on every edit', async () => {
    const member = TEST_USERS.member;
    expect((await ok<ListReply>(member, 'matrix/list')).items.length).toBeGreaterThan(0);
    for (const [key, payload] of [
      ['matrix/create', { id: 'MI-900', definition: itemDefinition() }],
      ['matrix/update', { id: 'MI-101', definition: itemDefinition() }],
      ['matrix/activate', { id: 'MI-101' }],
      ['matrix/retire', { id: 'MI-101', reason: 'x' }],
      ['matrix/import-csv', { csv: matrixCsv([matrixRow('MI-900')]), dryRun: true }],
    ] as const) {
      expect(envelopeError(await call(member, key, payload))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await ok<ItemReply | null>(TEST_USERS.ismsManager, 'matrix/get', { id: 'MI-101' })).toMatchObject({ version: 1 });
  });

  it('someone who cannot browse the ISMS project gets FORBIDDEN even on list', async () => {
    for (const key of ['matrix/list', 'matrix/export-csv']) {
      expect(envelopeError(await call(TEST_USERS.outsider, key))).toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});

describe('CSV import and export', () => {
  const good: [Record<string, string>, Record<string, string>, Record<string, string>] = [
    matrixRow('CSV-1'),
    matrixRow('CSV-2', { status: 'active', active_from: '2026-03-01' }),
    matrixRow('CSV-3', { frequency: 'weekly', day_of_month: '', weekdays: 'Mon;Thu' }),
  ];

  it('one bad row → nothing stored, and the report names each bad row, column and rule (dry run or not)', async () => {
    const csv = matrixCsv([good[0], matrixRow('CSV-2', { lead_time_days: '-1' }), good[2], matrixRow('CSV-4', { covers: 'A.99.1', spot_check: 'maybe' })]);
    for (const dryRun of [true, false]) {
      const report = await ok<ImportReply>(TEST_USERS.ismsManager, 'matrix/import-csv', { csv, dryRun });
      expect(report).toMatchObject({ applied: false, rows: 4 });
      expect(report.errors).toEqual([
        { row: 3, column: 'lead_time_days', rule: 'leadTimeDays must be a whole number from 0 to 365' },
        { row: 5, column: 'covers', rule: expect.stringContaining('"A.99.1"') as unknown },
        { row: 5, column: 'spot_check', rule: 'spot_check must be yes or no, got "maybe"' },
      ]);
    }
    expect(envelopeError(await call(TEST_USERS.ismsManager, 'matrix/get', { id: 'CSV-1' }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a dry run previews the changes and stores nothing; the import stores them; the same file again changes nothing', async () => {
    const m = TEST_USERS.ismsManager;
    const csv = matrixCsv(good);
    const preview = await ok<ImportReply>(m, 'matrix/import-csv', { csv, dryRun: true });
    expect(preview).toMatchObject({ applied: false, dryRun: true, errors: [], summary: { create: 3, activate: 1, update: 0, retire: 0, unchanged: 0 } });
    expect(envelopeError(await call(m, 'matrix/get', { id: 'CSV-1' }))).toMatchObject({ code: 'NOT_FOUND' });

    expect(await ok<ImportReply>(m, 'matrix/import-csv', { csv, dryRun: false })).toMatchObject({ applied: true, summary: { create: 3, activate: 1 } });
    const again = await ok<ImportReply>(m, 'matrix/import-csv', { csv, dryRun: false });
    expect(again).toMatchObject({ applied: true, summary: { create: 0, update: 0, activate: 0, unchanged: 3 } });
    const list = await ok<ListReply>(m, 'matrix/list');
    const imported = list.items.filter((view) => view.item.id.startsWith('CSV-'));
    expect(imported.map((view) => [view.item.id, view.item.status, view.version])).toEqual([
      ['CSV-1', 'draft', 1],
      ['CSV-2', 'active', 1],
      ['CSV-3', 'draft', 1],
    ]);
    expect((await ok<{ changes: unknown[] }>(m, 'matrix/history', { id: 'CSV-2' })).changes).toHaveLength(1);
    const active = await ok<ListReply>(TEST_USERS.member, 'matrix/list', { status: 'active' });
    expect(active.items.map((view) => [view.item.id, view.nextDueOn])).toEqual([['CSV-2', '2026-03-05']]);
  });

  it('export → import changes nothing, after edits of every kind; a file sent in parts imports the same', async () => {
    const m = TEST_USERS.ismsManager;
    await ok(m, 'matrix/activate', { id: 'CSV-3' });
    await ok(m, 'matrix/retire', { id: 'CSV-1', reason: 'Merged into CSV-2' });
    const exported = await ok<{ csv: string; rows: number; filename: string }>(m, 'matrix/export-csv');
    expect(exported.filename).toMatch(/^monitoring-matrix-\d{4}-\d{2}-\d{2}\.csv$/);
    const roundTrip = await ok<ImportReply>(m, 'matrix/import-csv', { csv: exported.csv, dryRun: false });
    expect(roundTrip).toMatchObject({ applied: true, errors: [], summary: { create: 0, update: 0, activate: 0, retire: 0, unchanged: exported.rows } });

    const edited = exported.csv.replace('Check CSV-2', 'Check CSV-2 and its backups');
    const half = Math.floor(edited.length / 2);
    const first = await ok<{ status: string; received: number; parts: number }>(m, 'matrix/import-csv', { csv: edited.slice(0, half), dryRun: false, part: { uploadId: 'up-1', index: 1, count: 2 } });
    expect(first).toEqual({ status: 'part-received', received: 1, parts: 2 });
    const second = await ok<ImportReply>(m, 'matrix/import-csv', { csv: edited.slice(half), dryRun: false, part: { uploadId: 'up-1', index: 2, count: 2 } });
    expect(second).toMatchObject({ applied: true, summary: { update: 1 } });
  });
});
