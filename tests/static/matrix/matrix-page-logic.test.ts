// Small pure parts of the matrix page: table filters, field errors, import summaries, file parts, schedule window.
import type { MonitoringItemView } from '../../../src/contracts/matrix-payloads';
import { localDate } from '../../../src/domain/local-date';
import type { MonitoringItem } from '../../../src/domain/monitoring-item';
import { splitByBytes, uploadParts } from '../../../static/isms/src/matrix/csv-parts';
import { errorFor, errorsFromIssues, errorsFromResolver, unplacedErrors } from '../../../static/isms/src/matrix/form-errors';
import { summariseImport } from '../../../static/isms/src/matrix/import-report';
import { coveredIds, filterMatrix, NO_FILTER } from '../../../static/isms/src/matrix/matrix-filter';
import { defaultScheduleWindow, timeliness } from '../../../static/isms/src/matrix/schedule-window';

function view(id: string, overrides: Partial<MonitoringItem> = {}): MonitoringItemView {
  const item = {
    id, status: 'draft', title: `Item ${id}`, entity: { kind: 'system', name: 'Edge firewall' }, covers: ['A.8.15'], riskIds: ['R-1'], element: 'proactive_detection',
    method: 'log_review', approach: 'proactive', recurrence: { startsOn: localDate('2026-01-01'), rule: { frequency: 'daily', interval: 1 }, ends: { kind: 'never' } },
    leadTimeDays: 1, responsibleAccountId: 'alice', analysis: { analystAccountId: 'bob', withinWorkingDays: 1 }, reportType: 'log_review_report', spotCheckOfCriticalTask: false,
    ...overrides,
  } as MonitoringItem;
  return { item, version: 1, changedAt: '2026-01-01T00:00:00.000Z', changedBy: 'alice', recurrenceText: 'Daily from 2026-01-01', nextDueOn: null, allowedIntents: [] };
}

describe('filterMatrix', () => {
  const items = [view('MI-1', { covers: ['9.2.1', 'A.5.1'] }), view('MI-2', { covers: ['9.1'], responsibleAccountId: 'carol', riskIds: ['R-77'] }), view('MI-3', { covers: ['A.5.10'] })];
  const ids = (filter: Partial<typeof NO_FILTER>) => filterMatrix(items, { ...NO_FILTER, ...filter }).map((each) => each.item.id);

  it.each([
    [{ covers: '9' }, ['MI-1', 'MI-2']],
    [{ covers: '9.2' }, ['MI-1']],
    [{ covers: 'A.5.1' }, ['MI-1']],
    [{ responsible: 'carol' }, ['MI-2']],
    [{ text: 'r-77' }, ['MI-2']],
    [{ text: 'edge FIREWALL', status: 'active' as const }, []],
    [{}, ['MI-1', 'MI-2', 'MI-3']],
  ])('%j → %j', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('lists covered ids in the standard’s order', () => {
    expect(coveredIds(items)).toEqual(['9.1', '9.2.1', 'A.5.1', 'A.5.10']);
  });
});

describe('field errors', () => {
  it('shows the first issue per path at its input or the input above it', () => {
    const errors = errorsFromIssues([{ path: ['definition', 'covers', 1], message: 'bad id' }, { path: ['definition', 'covers', 2], message: 'second' }, { path: ['definition', 'recurrence'], message: 'whole' }]);
    expect(errorFor(errors, 'definition.covers')).toBe('bad id');
    expect(errorFor(errors, 'definition.cover')).toBeUndefined();
    expect(unplacedErrors(errors, ['definition.covers'])).toEqual(['definition.recurrence: whole']);
  });

  it('keeps the rule of a resolver error next to its field', () => {
    const errors = errorsFromResolver({ code: 'INVALID_PAYLOAD', message: 'definition.title: title must not be empty', field: 'definition.title' });
    expect(errorFor(errors, 'definition.title')).toBe('title must not be empty');
    expect(errorsFromResolver({ code: 'FORBIDDEN', message: 'no' }).size).toBe(0);
  });
});

describe('import, upload and schedule helpers', () => {
  it('summarises an import without zero counts', () => {
    expect(summariseImport({ create: 2, update: 0, activate: 1, retire: 0, unchanged: 39 })).toBe('2 new, 1 activated, 39 unchanged');
    expect(summariseImport({ create: 0, update: 0, activate: 0, retire: 0, unchanged: 0 })).toBe('no changes');
  });

  it('sends a small file in one invoke and a large one in parts that join to the same text, never splitting a character', () => {
    expect(uploadParts('a,b\n', 'u1')).toEqual([{ csv: 'a,b\n' }]);
    const text = 'id,title\nMI-1,Zürich 🔒 review\n';
    const parts = uploadParts(text, 'u1', { single: 10, part: 8 });
    expect(parts.map((part) => part.csv).join('')).toBe(text);
    expect(parts.every((part) => new TextEncoder().encode(part.csv).length <= 8)).toBe(true);
    expect(parts.map((part) => part.part)).toEqual(parts.map((_part, index) => ({ uploadId: 'u1', index: index + 1, count: parts.length })));
    expect(splitByBytes('', 5)).toEqual(['']);
  });

  it('defaults the schedule to the three months before this one and this month up to today', () => {
    expect(defaultScheduleWindow(localDate('2026-11-22'))).toEqual({ from: '2026-08-01', to: '2026-11-22' });
    expect(defaultScheduleWindow(localDate('2026-02-10'))).toEqual({ from: '2025-11-01', to: '2026-02-10' });
    expect(timeliness(false, '')).toEqual({ label: 'Late', tone: 'c9-tone-danger' });
    expect(timeliness(null, 'Not yet due').label).toBe('Not yet due');
  });
});
