// What the matrix page relies on, through the REAL resolver dispatch: every reply the page parses matches the
// contract's reply schema.
import {
  csvExportSchema, matrixHistorySchema, matrixImportReportSchema, matrixListSchema, monitoringItemViewSchema, storedMonitoringItemSchema,
} from '../../src/contracts/matrix-payloads';
import { completedScheduleCsvSchema, completedScheduleSchema } from '../../src/contracts/schedule-payloads';
import { itemDefinition, MATRIX_PAGE, matrixCsv, matrixRow } from './matrix-fixtures';
import { okData, startTestStack, TEST_USERS, type TestStack } from './stack';

let stack: TestStack;
const call = (who: string, key: string, payload: unknown = {}): Promise<unknown> => stack.invoke(who, key, payload, MATRIX_PAGE);

beforeAll(async () => {
  stack = await startTestStack();
  await stack.setUpApp();
});

afterAll(async () => {
  await stack.close();
});

afterEach(() => {
  expect(stack.contractViolations).toEqual([]);
});

describe('the reply schemas the page parses with', () => {
  it('accept every matrix and schedule reply', async () => {
    const m = TEST_USERS.ismsManager;
    expect(storedMonitoringItemSchema.safeParse(okData(await call(m, 'matrix/create', { id: 'MI-7', definition: itemDefinition() }))).success).toBe(true);
    expect(storedMonitoringItemSchema.safeParse(okData(await call(m, 'matrix/activate', { id: 'MI-7', expectedVersion: 1 }))).success).toBe(true);
    expect(matrixListSchema.parse(okData(await call(m, 'matrix/list'))).items.map((view) => view.item.id)).toContain('MI-7');
    expect(monitoringItemViewSchema.safeParse(okData(await call(m, 'matrix/get', { id: 'MI-7' }))).success).toBe(true);
    expect(matrixHistorySchema.parse(okData(await call(m, 'matrix/history', { id: 'MI-7' }))).changes).toHaveLength(2);
    const report = matrixImportReportSchema.parse(okData(await call(m, 'matrix/import-csv', { csv: matrixCsv([matrixRow('MI-8', { lead_time_days: '999' })]), dryRun: true })));
    expect(report.errors).toEqual([expect.objectContaining({ row: 2, column: 'lead_time_days' })]);
    expect(csvExportSchema.parse(okData(await call(m, 'matrix/export-csv'))).rows).toBe(1);
    const window = { from: '2026-01-01', to: '2026-12-31' };
    expect(completedScheduleSchema.safeParse(okData(await call(m, 'schedule/completed', window))).success).toBe(true);
    expect(completedScheduleCsvSchema.safeParse(okData(await call(m, 'schedule/completed-csv', window))).success).toBe(true);
  });
});
