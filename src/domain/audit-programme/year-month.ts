// A calendar month ("2026-03"): the grain of an audit programme, where audits are planned "little and often".
import { z } from 'zod';

import { localDate, type LocalDate } from '../local-date';

declare const yearMonthBrand: unique symbol;
/** A calendar month, `YYYY-MM`. */
export type YearMonth = string & { readonly [yearMonthBrand]: true };

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: string): value is YearMonth {
  return YEAR_MONTH.test(value);
}

/** Parses `YYYY-MM`; throws a RangeError naming the bad value (use `yearMonthField` at boundaries). */
export function yearMonth(value: string): YearMonth {
  if (!isYearMonth(value)) throw new RangeError(`"${value}" is not a calendar month in the form YYYY-MM`);
  return value;
}

export function yearMonthField(field: string) {
  return z
    .string({ error: `${field} must be a month` })
    .refine(isYearMonth, { error: `${field} must be a calendar month in the form YYYY-MM` })
    .transform((value) => yearMonth(value));
}

function monthIndex(month: YearMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function fromMonthIndex(index: number): YearMonth {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return yearMonth(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
}

export function addMonthsTo(month: YearMonth, months: number): YearMonth {
  return fromMonthIndex(monthIndex(month) + months);
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return monthIndex(to) - monthIndex(from);
}

export function monthOf(date: LocalDate): YearMonth {
  return yearMonth(date.slice(0, 7));
}

export function firstDayOf(month: YearMonth): LocalDate {
  return localDate(`${month}-01`);
}
