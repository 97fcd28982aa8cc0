// Reading typed values out of CSV cells, collecting (row, column, rule) errors instead of throwing, so an import
// reports every bad cell of a file at once. Empty optional cells are `undefined`; the rules are in the messages.
import type { z } from 'zod';

import type { CsvRowError, CsvTableRow } from '../domain/csv/csv-table';
import { isLocalDate, type LocalDate, type Weekday } from '../domain/local-date';

/** Separates the values of a list cell (covers, risk ids, weekdays, audience). */
export const LIST_SEPARATOR = ';';

const WEEKDAYS: readonly (readonly [Weekday, string, string])[] = [
  [1, 'mon', 'monday'],
  [2, 'tue', 'tuesday'],
  [3, 'wed', 'wednesday'],
  [4, 'thu', 'thursday'],
  [5, 'fri', 'friday'],
  [6, 'sat', 'saturday'],
  [7, 'sun', 'sunday'],
];
export const WEEKDAY_CODES: Readonly<Record<Weekday, string>> = { 1: 'Mon', 2: 'Tue', 3: 'Wed', 4: 'Thu', 5: 'Fri', 6: 'Sat', 7: 'Sun' };

export class CellReader<Column extends string> {
  readonly errors: CsvRowError[] = [];

  constructor(private readonly row: CsvTableRow<Column>) {}

  /** Records the column's first problem (later ones for the same column add nothing). */
  fail(column: Column, rule: string): void {
    if (!this.errors.some((error) => error.column === column)) this.errors.push({ row: this.row.row, column, rule });
  }

  text(column: Column): string {
    return this.row.cell(column);
  }

  optionalText(column: Column): string | undefined {
    const value = this.row.cell(column);
    return value === '' ? undefined : value;
  }

  /** A whole number; `fallback` (documented per column) when the cell is empty, else an error if required. */
  integer(column: Column, fallback?: number): number | undefined {
    const value = this.row.cell(column);
    if (value === '' && fallback !== undefined) return fallback;
    if (value === '') this.fail(column, `${column} is required`);
    else if (!/^[+-]?\d+$/.test(value)) this.fail(column, `${column} must be a whole number, got "${value}"`);
    else return Number(value);
    return undefined;
  }

  optionalInteger(column: Column): number | undefined {
    return this.row.cell(column) === '' ? undefined : this.integer(column);
  }

  /** A finite decimal number ("12", "-0.5", "1e3"). */
  optionalNumber(column: Column): number | undefined {
    const value = this.row.cell(column);
    if (value === '') return undefined;
    const parsed = Number(value);
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value) && Number.isFinite(parsed)) return parsed;
    this.fail(column, `${column} must be a number such as 12 or 0.5, got "${value}"`);
    return undefined;
  }

  optionalDate(column: Column): LocalDate | undefined {
    const value = this.row.cell(column);
    if (value === '') return undefined;
    if (isLocalDate(value)) return value;
    this.fail(column, `${column} must be a calendar date in the form YYYY-MM-DD, got "${value}"`);
    return undefined;
  }

  list(column: Column): string[] {
    const value = this.row.cell(column);
    return value === '' ? [] : value.split(LIST_SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
  }

  boolean(column: Column): boolean | undefined {
    const value = this.row.cell(column).toLowerCase();
    if (['yes', 'true', 'y', '1'].includes(value)) return true;
    if (['no', 'false', 'n', '0'].includes(value)) return false;
    this.fail(column, `${column} must be yes or no, got "${this.row.cell(column)}"`);
    return undefined;
  }

  oneOf<const Value extends string>(column: Column, values: readonly Value[]): Value | undefined {
    const value = this.row.cell(column);
    if (value === '') return undefined;
    const found = values.find((candidate) => candidate === value.toLowerCase());
    if (found === undefined) this.fail(column, `${column} must be one of ${values.join(', ')}, got "${value}"`);
    return found;
  }

  weekdays(column: Column): Weekday[] | undefined {
    const days: Weekday[] = [];
    for (const part of this.list(column)) {
      const day = weekdayOf(part);
      if (day === undefined) {
        this.fail(column, `${column} must list weekdays as Mon…Sun or 1 (Monday) … 7 (Sunday), got "${part}"`);
        return undefined;
      }
      days.push(day);
    }
    return days;
  }

  optionalWeekday(column: Column): Weekday | undefined {
    const value = this.row.cell(column);
    if (value === '') return undefined;
    const day = weekdayOf(value);
    if (day === undefined) this.fail(column, `${column} must be a weekday, Mon…Sun or 1 (Monday) … 7 (Sunday), got "${value}"`);
    return day;
  }

  /** Runs `schema` over the assembled value; each issue is reported on the column its path maps to. */
  check<T>(schema: z.ZodType<T>, value: unknown, columnOf: (path: string) => Column): T | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) this.fail(columnOf(issue.path.map(String).join('.')), issue.message);
    return undefined;
  }
}

function weekdayOf(text: string): Weekday | undefined {
  const lower = text.toLowerCase();
  return WEEKDAYS.find(([number, short, long]) => lower === String(number) || lower === short || lower === long)?.[0];
}

/** The column of the longest path prefix listed in `map` (paths like "recurrence.rule.on.day"). */
export function columnForPath<Column extends string>(map: Readonly<Record<string, Column>>, fallback: Column): (path: string) => Column {
  return (path) => {
    for (let parts = path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
      const column = map[parts.join('.')];
      if (column !== undefined) return column;
    }
    return fallback;
  };
}
