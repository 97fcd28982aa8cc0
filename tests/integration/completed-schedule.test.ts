// The completed monitoring schedule through the REAL matrix resolver: checks read from the Jira stand-in with one JQL
// search as the user (held to Jira's OpenAPI), item titles from the matrix in KVS, timeliness derived from today.
import { formatCsv } from '../../src/domain/csv/format-csv';
import { parseCsv } from '../../src/domain/csv/parse-csv';
import { FAKE_CLOCK_OPTIONS, itemDefinition, MATRIX_PAGE } from './matrix-fixtures';
import { envelopeError, okData, startTestStack, TEST_USERS, type TestStack } from './stack';

interface ScheduleReply {
  readonly rows: {
    readonly checkKey: string;
    readonly itemId: string | null;
    readonly itemTitle: string | null;
    readonly dueOn: string;
    readonly responsible: { accountId: string; displayName: string } | null;
    readonly state: string;
    readonly doneOn: string | null;
    readonly doneOnTime: boolean | null;
    readonly outcome: string | null;
    readonly reportOnTime: boolean | null;
  }[];
  readonly truncated: boolean;
  readonly counts: Record<string, number>;
}

let stack: TestStack;
const call = (who: string, key: string, payload: unknown = {}): Promise<unknown> => stack.invoke(who, key, payload, MATRIX_PAGE);

function check(summary: string, dueOn: string, fields: { status?: string; resolvedAt?: string; item?: string; outcome?: string; reportDue?: string; reportSent?: string }) {
  return {
    projectKey: 'ISMS',
    issueType: 'Monitoring check',
    summary,
    duedate: dueOn,
    assigneeAccountId: TEST_USERS.member,
    ...(fields.status === undefined ? {} : { status: fields.status }),
    ...(fields.resolvedAt === undefined ? {} : { updated: fields.resolvedAt }),
    customFields: {
      ...(fields.item === undefined ? {} : { 'monitoring-item': fields.item }),
      ...(fields.outcome === undefined ? {} : { 'check-outcome': fields.outcome }),
      ...(fields.reportDue === undefined ? {} : { 'report-due-date': fields.reportDue }),
      ...(fields.reportSent === undefined ? {} : { 'report-sent-date': fields.reportSent }),
    },
  };
}

beforeAll(async () => {
  jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00.000Z'), ...FAKE_CLOCK_OPTIONS });
  stack = await startTestStack({ now: () => new Date() });
  await stack.setUpApp();
  okData(await call(TEST_USERS.ismsManager, 'matrix/create', { id: 'MI-1', definition: itemDefinition() }));
  stack.jira.admin.createIssues([
    check('Firewall logs, January', '2026-02-01', { status: 'Done', resolvedAt: '2026-02-01T15:00:00.000Z', item: 'MI-1', outcome: 'Conforming', reportDue: '2026-02-04', reportSent: '2026-02-03' }),
    check('Firewall logs, mid-February', '2026-02-15', { status: 'Done', resolvedAt: '2026-02-18T10:00:00.000Z', item: 'MI-1', outcome: 'Nonconforming', reportDue: '2026-02-23', reportSent: '2026-02-25' }),
    check('Access review', '2026-02-20', { item: 'MI-GONE' }),
    check('Firewall logs, March', '2026-03-10', { item: 'MI-1' }),
    check('Firewall logs, April', '2026-04-15', { item: 'MI-1' }),
  ]);
});

afterAll(async () => {
  await stack.close();
  jest.useRealTimers();
});

afterEach(() => {
  expect(stack.contractViolations).toEqual([]);
});

describe('schedule/completed', () => {
  it('lists every check due in the window: what was due, when, by whom, done when, result, report on time', async () => {
    const schedule = okData(await call(TEST_USERS.member, 'schedule/completed', { from: '2026-02-01', to: '2026-03-31' })) as ScheduleReply;
    expect(schedule.rows.map(({ itemId, itemTitle, dueOn, state, doneOn, doneOnTime, outcome, reportOnTime }) => ({ itemId, itemTitle, dueOn, state, doneOn, doneOnTime, outcome, reportOnTime }))).toEqual([
      { itemId: 'MI-1', itemTitle: 'Review firewall logs', dueOn: '2026-02-01', state: 'done', doneOn: '2026-02-01', doneOnTime: true, outcome: 'Conforming', reportOnTime: true },
      { itemId: 'MI-1', itemTitle: 'Review firewall logs', dueOn: '2026-02-15', state: 'done', doneOn: '2026-02-18', doneOnTime: false, outcome: 'Nonconforming', reportOnTime: false },
      { itemId: 'MI-GONE', itemTitle: null, dueOn: '2026-02-20', state: 'overdue', doneOn: null, doneOnTime: null, outcome: null, reportOnTime: null },
      { itemId: 'MI-1', itemTitle: 'Review firewall logs', dueOn: '2026-03-10', state: 'open', doneOn: null, doneOnTime: null, outcome: null, reportOnTime: null },
    ]);
    expect(schedule.rows[0]?.responsible).toEqual({ accountId: TEST_USERS.member, displayName: 'Milo Member' });
    expect(schedule).toMatchObject({ truncated: false, counts: { due: 4, done: 2, doneOnTime: 1, overdue: 1, reportsLate: 1 } });
  });

  it('narrows to one item, and says when the limit cut the list short', async () => {
    const one = okData(await call(TEST_USERS.member, 'schedule/completed', { from: '2026-02-01', to: '2026-03-31', itemId: 'MI-GONE' })) as ScheduleReply;
    expect(one.rows.map((row) => row.itemId)).toEqual(['MI-GONE']);
    const cut = okData(await call(TEST_USERS.member, 'schedule/completed', { from: '2026-02-01', to: '2026-03-31', limit: 2 })) as ScheduleReply;
    expect([cut.rows.length, cut.truncated]).toEqual([2, true]);
  });

  it('exports the same record as CSV for the auditor', async () => {
    const exported = okData(await call(TEST_USERS.member, 'schedule/completed-csv', { from: '2026-02-01', to: '2026-03-31' })) as { csv: string; rows: number; filename: string };
    expect(exported.filename).toBe('completed-monitoring-schedule-2026-02-01-to-2026-03-31.csv');
    const records = parseCsv(exported.csv).map((record) => record.cells);
    expect(records[0]).toEqual(['check_key', 'item_id', 'item_title', 'summary', 'due_on', 'responsible_account_id', 'responsible_name', 'status', 'state', 'done_on', 'done_on_time', 'outcome', 'report_due_on', 'report_sent_on', 'report_on_time']);
    expect(records[2]?.slice(1)).toEqual(['MI-1', 'Review firewall logs', 'Firewall logs, mid-February', '2026-02-15', TEST_USERS.member, 'Milo Member', 'Done', 'done', '2026-02-18', 'no', 'Nonconforming', '2026-02-23', '2026-02-25', 'no']);
    expect(exported.csv).toBe(formatCsv(records));
  });

  it('refuses outsiders and bad windows', async () => {
    expect(envelopeError(await call(TEST_USERS.outsider, 'schedule/completed', { from: '2026-02-01', to: '2026-03-31' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(envelopeError(await call(TEST_USERS.member, 'schedule/completed', { from: '2026-03-31', to: '2026-02-01' }))).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'to' });
    expect(envelopeError(await call(TEST_USERS.member, 'schedule/completed', { from: '2026-02-30', to: '2026-03-01' }))).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'from' });
  });
});
