// Writing CSV: quoting, CRLF, and the formula guard that keeps spreadsheets from running exported text.
import { formatCsv, unguardCell } from '../../../src/domain/csv/format-csv';

describe('formatCsv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['', ''],
  ])('quotes %j as %j', (cell, written) => {
    expect(formatCsv([[cell]])).toBe(`${written}\r\n`);
  });

  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1+2', "'+1+2"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["'=already", "''=already"],
    ['-5', '-5'],
    ['+3.5', '+3.5'],
    ['-1e3', '-1e3'],
    ["it's fine", "it's fine"],
  ])('guards formula-like %j as %j, and leaves numbers alone', (cell, written) => {
    expect(formatCsv([[cell]])).toBe(`${written}\r\n`);
  });

  it.each([
    ["'=x", '=x'],
    ["''=x", "'=x"],
    ["'-5", '-5'],
    ["'hello", "'hello"],
    ['=x', '=x'],
  ])('unguardCell(%j) = %j', (cell, meant) => {
    expect(unguardCell(cell)).toBe(meant);
  });

  it('ends every row with CRLF and joins cells with commas', () => {
    expect(formatCsv([['id', 'title'], ['MI-1', 'Review logs']])).toBe('id,title\r\nMI-1,Review logs\r\n');
  });
});
