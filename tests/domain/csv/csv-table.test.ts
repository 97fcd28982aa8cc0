// A CSV file as a table with a known header: every header and shape problem is reported with row and column.
import { readCsvTable } from '../../../src/domain/csv/csv-table';

const columns = { required: ['id', 'title'] as const, optional: ['status'] as const, ignored: ['note'] };

describe('readCsvTable', () => {
  it('matches header names case-insensitively, trims cells, and gives "" for absent optional columns', () => {
    const table = readCsvTable(' ID ,Title,note\nMI-1,  Review logs ,ignored\n', columns);
    if (!table.ok) throw new Error(JSON.stringify(table.errors));
    const [row] = table.rows;
    expect(row?.row).toBe(2);
    expect([row?.cell('id'), row?.cell('title'), row?.cell('status')]).toEqual(['MI-1', 'Review logs', '']);
  });

  it('undoes the export formula guard', () => {
    const table = readCsvTable("id,title\nMI-1,'=not a formula\n", columns);
    expect(table.ok && table.rows[0]?.cell('title')).toBe('=not a formula');
  });

  it.each([
    ['', [{ row: 1, column: 'csv', rule: expect.stringContaining('empty') as unknown }]],
    ['id,colour\n', [
      { row: 1, column: 'colour', rule: expect.stringContaining('unknown column') as unknown },
      { row: 1, column: 'title', rule: expect.stringContaining('missing') as unknown },
    ]],
    ['id,title,id\n', [{ row: 1, column: 'id', rule: expect.stringContaining('named twice') as unknown }]],
    ['id,title\nMI-1\nMI-2,a,b\n', [
      { row: 2, column: 'csv', rule: 'the row has 1 cells but the header has 2' },
      { row: 3, column: 'csv', rule: 'the row has 3 cells but the header has 2' },
    ]],
    ['id,title\n"open,x\n', [{ row: 2, column: 'csv', rule: expect.stringContaining('never closed') as unknown }]],
  ])('reports %j', (text, errors) => {
    const table = readCsvTable(text, columns);
    expect(table.ok).toBe(false);
    expect(table.ok ? [] : table.errors).toEqual(errors);
  });
});
