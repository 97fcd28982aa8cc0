// RFC 4180 reading: what each kind of input gives, where errors are reported, and that what formatCsv writes reads
// back cell for cell.
import fc from 'fast-check';

import { formatCsv, unguardCell } from '../../../src/domain/csv/format-csv';
import { CsvSyntaxError, parseCsv } from '../../../src/domain/csv/parse-csv';

const cells = (text: string): string[][] => parseCsv(text).map((record) => [...record.cells]);
const rows = (text: string): number[] => parseCsv(text).map((record) => record.row);

describe('parseCsv', () => {
  it.each([
    ['a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['a,b\nc,d', [['a', 'b'], ['c', 'd']]],
    ['a,,c\n', [['a', '', 'c']]],
    ['a,\n', [['a', '']]],
    [',\n', [['', '']]],
    ['"a,b","c""d"\n', [['a,b', 'c"d']]],
    ['"line 1\r\nline 2",x\n', [['line 1\r\nline 2', 'x']]],
    ['""\n', []],
    ['"",x\n', [['', 'x']]],
    ['\uFEFFid,title\n', [['id', 'title']]],
    ['a\rb,c\n', [['a\rb', 'c']]],
    [' a , b \n', [[' a ', ' b ']]],
    ['', []],
    ['\n\n', []],
  ])('%j → %j', (text, expected) => {
    expect(cells(text)).toEqual(expected);
  });

  it('numbers records as a spreadsheet numbers rows: header 1, a quoted line break stays in its row, blank lines count', () => {
    expect(rows('h1,h2\n"multi\nline",x\n\nlast,row\n')).toEqual([1, 2, 4]);
  });

  it.each([
    ['id,title\n"unclosed,x\n', 2, 1, 'never closed'],
    ['id,title\nab"c,x\n', 2, 1, 'must be enclosed in quotes'],
    ['id,title\nok,"quoted"junk\n', 2, 2, 'after a closing quote'],
  ])('rejects %j at row %i, column %i (%s)', (text, row, column, rule) => {
    let thrown: unknown;
    try {
      parseCsv(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CsvSyntaxError);
    const error = thrown as CsvSyntaxError;
    expect([error.row, error.column]).toEqual([row, column]);
    expect(error.message).toContain(rule);
    expect(error.details).toMatchObject({ field: 'csv', row, column });
  });

  it('reads back exactly what formatCsv wrote, for any text (formula guard undone by unguardCell)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '-', '=', '+', '@', "'", '"', ',', ' ', '\t', '\r', '\n', 'é', '5', '.') });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, (written) => {
        const read = parseCsv(formatCsv(written)).map((record) => record.cells.map(unguardCell));
        expect(read).toEqual(written);
      }),
      { numRuns: 300 },
    );
  });
});
