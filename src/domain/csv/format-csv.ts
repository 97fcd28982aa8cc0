// Writes RFC 4180 CSV that parse-csv.ts reads back cell for cell: CRLF line ends, and a field is quoted (with `"`
// doubled) when it holds a comma, a quote or a line break, or starts or ends with a space.
//
// Formula guard (CSV injection): spreadsheets run a cell that starts with =, +, -, @, tab or CR as a formula.
// Such a cell is written with a leading apostrophe (OWASP's advice), unless it is a plain number such as "-5".
// `unguardCell` removes exactly one such apostrophe on import, so export → import gives back the same text:
// a cell that already starts with apostrophes before a risky character gets one more on export.

const RISKY_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function guardCell(cell: string): string {
  if (!RISKY_START.test(cell)) return cell;
  if (!cell.startsWith("'") && PLAIN_NUMBER.test(cell)) return cell;
  return `'${cell}`;
}

/** The cell as the user meant it: drops the apostrophe that `formatCsv` put before a formula-like start. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && RISKY_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function quote(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One line per row, each ended by CRLF. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map((cell) => quote(guardCell(cell))).join(',')}\r\n`).join('');
}
