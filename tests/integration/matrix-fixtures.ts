// Builders shared by the matrix and KPI integration tests and the matrix bench: valid payloads and CSV rows with
// overrides, the surfaces' module keys, and the fake-clock options that leave the stack's own timers alone.
import { formatCsv } from '../../src/domain/csv/format-csv';
import { TEST_USERS } from './stack';

export const MATRIX_PAGE = 'clause9-isms';
export const KPI_PAGE = 'clause9-isms';

/** jest.useFakeTimers options: fake Date only, so the stand-in's servers and sockets keep running. */
export const FAKE_CLOCK_OPTIONS: { doNotFake: ('nextTick' | 'setImmediate' | 'setTimeout' | 'setInterval' | 'clearTimeout' | 'clearInterval' | 'queueMicrotask' | 'hrtime' | 'performance')[] } = {
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'],
};

export function itemDefinition(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Review firewall logs',
    entity: { kind: 'system', name: 'Edge firewall' },
    covers: ['A.8.15', 'A.8.16', '9.1'],
    riskIds: ['R-12'],
    element: 'proactive_detection',
    method: 'log_review',
    approach: 'proactive',
    recurrence: { startsOn: '2026-01-01', rule: { frequency: 'monthly', interval: 1, on: { kind: 'day_of_month', day: 1 } }, ends: { kind: 'never' } },
    leadTimeDays: 5,
    responsibleAccountId: TEST_USERS.member,
    analysis: { analystAccountId: TEST_USERS.ismsManager, withinWorkingDays: 2 },
    reportType: 'log_review_report',
    spotCheckOfCriticalTask: false,
    ...overrides,
  };
}

export function matrixRow(id: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    id,
    title: `Check ${id}`,
    status: '',
    entity_kind: 'control',
    entity_name: `Control for ${id}`,
    covers: 'A.5.15;9.1',
    risk_ids: 'R-1',
    element: 'policy_adherence',
    method: 'checklist_inspection',
    approach: 'proactive',
    starts_on: '2026-01-05',
    frequency: 'monthly',
    interval: '1',
    weekdays: '',
    day_of_month: '5',
    week_of_month: '',
    weekday: '',
    ends_on: '',
    ends_after_count: '',
    lead_time_days: '3',
    responsible_account_id: TEST_USERS.member,
    analyst_account_id: TEST_USERS.ismsManager,
    analysis_within_working_days: '2',
    report_type: '',
    spot_check: 'no',
    active_from: '',
    retired_on: '',
    retirement_reason: '',
    ...overrides,
  };
}

/** A CSV file with the columns of the first row as header. */
export function matrixCsv(rows: readonly Record<string, string>[]): string {
  const header = Object.keys(rows[0] ?? {});
  return formatCsv([header, ...rows.map((row) => header.map((column) => row[column] ?? ''))]);
}
