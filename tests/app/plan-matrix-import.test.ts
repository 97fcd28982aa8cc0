// What a matrix import would do, row by row, decided before anything is stored (given the stored items, when the
// rows are planned, then these writes and actions — or these row errors).
import type { StoredMonitoringItem } from '../../src/adapters/storage/monitoring-item-store';
import { planMatrixImport } from '../../src/app/plan-matrix-import';
import type { MatrixCsvRow } from '../../src/contracts/matrix-csv-row';
import { retireMonitoringItem, type MonitoringItem } from '../../src/domain/monitoring-item';
import { activeItem, ctx, d, draftItem, itemDefinition } from '../domain/monitoring-builders';

const TODAY = d('2026-03-02');
const actor = { by: 'acc-mr-1', at: '2026-03-02T09:00:00.000Z' };

function row(id: string, overrides: Partial<MatrixCsvRow> = {}): MatrixCsvRow {
  return { row: 2, id, definition: itemDefinition(), status: null, activeFrom: null, retiredOn: null, retirementReason: null, ...overrides };
}

function stored(...items: MonitoringItem[]): Map<string, StoredMonitoringItem> {
  return new Map(items.map((item) => [item.id, { key: item.id, value: item, version: 1, changedAt: actor.at, changedBy: actor.by }]));
}

const retired = retireMonitoringItem(activeItem({ id: 'R-1' }), { retiredOn: d('2026-02-01'), reason: 'Decommissioned' }, ctx()).item;

describe('planMatrixImport', () => {
  it.each([
    ['a new row without status', row('N-1'), stored(), ['create'], 'draft'],
    ['a new active row (activeFrom defaults to today)', row('N-1', { status: 'active' }), stored(), ['create', 'activate'], 'active'],
    ['a new retired row that was active', row('N-1', { status: 'retired', activeFrom: d('2026-01-01'), retiredOn: d('2026-02-01'), retirementReason: 'Gone' }), stored(), ['create', 'activate', 'retire'], 'retired'],
    ['a changed definition of an active item', row('item-1', { definition: itemDefinition({ title: 'New title' }) }), stored(activeItem()), ['update'], 'active'],
    ['a draft made active', row('item-1', { status: 'active', activeFrom: d('2026-03-01') }), stored(draftItem()), ['activate'], 'active'],
    ['an active item retired', row('item-1', { status: 'retired', retiredOn: TODAY, retirementReason: 'Merged' }), stored(activeItem()), ['retire'], 'retired'],
  ])('%s: planned with its actions and status', (_name, given, current, actions, status) => {
    const plan = planMatrixImport([given], current, TODAY, actor);
    expect(plan.errors).toEqual([]);
    expect(plan.changes).toEqual([{ row: 2, key: given.id, actions }]);
    expect(plan.writes[0]?.value.status).toBe(status);
    expect(plan.writes[0]?.current).toBe(current.get(given.id));
  });

  it.each([
    ['the same item again', row('item-1', { status: 'active', activeFrom: d('2026-01-01') }), stored(activeItem())],
    ['a retired item repeated as exported', row('R-1', { status: 'retired', activeFrom: d('2026-01-01'), retiredOn: d('2026-02-01'), retirementReason: 'Decommissioned' }), stored(retired)],
    ['a retired item with empty status cells', row('R-1'), stored(retired)],
  ])('%s changes nothing', (_name, given, current) => {
    const plan = planMatrixImport([given], current, TODAY, actor);
    expect([plan.errors, plan.writes, plan.summary.unchanged]).toEqual([[], [], 1]);
  });

  it.each([
    ['a retired item changed', row('R-1', { definition: itemDefinition({ title: 'Revived' }) }), stored(retired), 'status', 'a retired item cannot be changed'],
    ['an active item back to draft', row('item-1', { status: 'draft' }), stored(activeItem()), 'status', 'cannot go back to draft'],
    ['activeFrom moved', row('item-1', { status: 'active', activeFrom: d('2026-02-01') }), stored(activeItem()), 'active_from', 'cannot be moved'],
    ['activeFrom without status on a draft', row('item-1', { activeFrom: d('2026-02-01') }), stored(draftItem()), 'active_from', 'only used with status active or retired'],
    ['retired before it was active', row('item-1', { status: 'retired', retiredOn: d('2025-12-01'), retirementReason: 'x' }), stored(activeItem()), 'retired_on', 'must not be before activeFrom'],
  ])('%s → a row error naming the column and the rule', (_name, given, current, column, rule) => {
    const plan = planMatrixImport([given], current, TODAY, actor);
    expect(plan.writes).toEqual([]);
    expect(plan.errors).toEqual([{ row: 2, column, rule: expect.stringContaining(rule) as unknown }]);
  });

  it('refuses an id used twice in one file, naming the first row', () => {
    const plan = planMatrixImport([row('N-1'), { ...row('N-1'), row: 7 }], stored(), TODAY, actor);
    expect(plan.errors).toEqual([{ row: 7, column: 'id', rule: 'id N-1 is already used in row 2; each item may appear once' }]);
  });
});
