// The derived-measure formula language: precedence, parentheses, errors that name the position, division by zero.
import { compileFormula, evaluateFormula, KpiFormulaError, parseFormula } from '../../../src/domain/kpi';
import type { FormulaErrorReason } from '../../../src/domain/kpi';

const values = { a: 6, b: 3, c: 2, zero: 0, closed_on_time: 18, closed: 20 };
const known = Object.keys(values);

function formulaError(run: () => unknown): KpiFormulaError {
  try {
    run();
  } catch (error) {
    if (error instanceof KpiFormulaError) return error;
    throw error;
  }
  throw new Error('expected a KpiFormulaError');
}

describe('formula evaluation', () => {
  it.each<[string, number]>([
    ['42', 42],
    ['1.5', 1.5],
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['8 / 4 / 2', 1],
    ['2 * 3 + 4 * 5', 26],
    ['a - b * c', 0],
    ['(a - b) * c', 6],
    ['-a + b', -3],
    ['-(a + b)', -9],
    ['--a', 6],
    ['a * -b', -18],
    ['((((a))))', 6],
    ['closed_on_time / closed * 100', 90],
    ['  a+b  ', 9],
  ])('%s = %d', (formula, expected) => {
    expect(evaluateFormula(compileFormula(formula, known), values)).toBeCloseTo(expected, 12);
  });

  it('never evaluates JavaScript: a name is only ever a measure', () => {
    expect(formulaError(() => compileFormula('constructor', known)).reason).toBe('unknown_measure');
    expect(formulaError(() => evaluateFormula(parseFormula('constructor'), values)).reason).toBe('missing_value');
  });
});

describe('formula errors', () => {
  it.each<[string, FormulaErrorReason, number | null, string]>([
    ['', 'empty', null, 'formula is empty'],
    ['   ', 'empty', null, 'formula is empty'],
    ['1 + * 2', 'unexpected_token', 4, 'unexpected "*" at position 4; expected a number, a measure name or "("'],
    ['a $ b', 'unexpected_character', 2, 'unexpected character "$" at position 2'],
    ['a + b;', 'unexpected_character', 5, 'unexpected character ";" at position 5'],
    ['1.2.3', 'unexpected_character', 3, 'unexpected character "." at position 3'],
    ['(a + b', 'unexpected_end', 6, 'formula ends too early at position 6; expected ")"'],
    ['a +', 'unexpected_end', 3, 'formula ends too early at position 3; expected a number, a measure name or "("'],
    ['a + b)', 'unexpected_token', 5, 'unexpected ")" at position 5; expected an operator or the end of the formula'],
    ['2 a', 'unexpected_token', 2, 'unexpected "a" at position 2; expected an operator or the end of the formula'],
    ['()', 'unexpected_token', 1, 'unexpected ")" at position 1; expected a number, a measure name or "("'],
    ['a + unknown_measure', 'unknown_measure', 4, 'unknown measure "unknown_measure" at position 4; known measures: a, b, c, zero, closed_on_time, closed'],
  ])('%j → %s at %p', (formula, reason, position, message) => {
    const error = formulaError(() => compileFormula(formula, known));

    expect(error).toMatchObject({ reason, position, message, code: 'INVALID_INPUT' });
  });

  it.each<[string, number, string]>([
    ['a / zero', 2, 'division by zero at position 2 ("zero" is 0)'],
    ['a / (b - 3)', 2, 'division by zero at position 2'],
    ['1 + a / (zero * 5)', 6, 'division by zero at position 6'],
  ])('%s → division by zero at %d', (formula, position, message) => {
    const error = formulaError(() => evaluateFormula(compileFormula(formula, known), values));

    expect(error).toMatchObject({ reason: 'division_by_zero', position, message });
  });

  it('reports a missing value by name', () => {
    expect(formulaError(() => evaluateFormula(compileFormula('a + b', known), { a: 1 })).message).toBe('no value for measure "b" (position 4)');
  });

  it('reports a result too large to represent', () => {
    expect(formulaError(() => evaluateFormula(compileFormula('a * a', known), { a: 1e200 })).reason).toBe('not_finite');
  });
});
