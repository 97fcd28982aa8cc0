// The typed error of the KPI formula language. It is an INVALID_INPUT DomainError (outer layers translate the code),
// with a `reason` callers may branch on — e.g. a series shows a period whose divisor was 0 as "no data".
import { DomainError } from '../domain-error';

export type FormulaErrorReason =
  | 'empty'
  | 'unexpected_character'
  | 'unexpected_token'
  | 'unexpected_end'
  | 'unknown_measure'
  | 'missing_value'
  | 'division_by_zero'
  | 'not_finite';

export class KpiFormulaError extends DomainError {
  constructor(
    readonly reason: FormulaErrorReason,
    message: string,
    /** 0-based offset into the formula text; null when the error is not tied to one place. */
    readonly position: number | null,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super('INVALID_INPUT', message, { reason, position, ...details });
  }
}
