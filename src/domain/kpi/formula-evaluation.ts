// Evaluating a parsed formula against base-measure values. Compile once per KPI definition (parse + check names),
// then evaluate per measurement: a tree walk, O(size of the formula).
import { assertNever } from '../domain-error';
import { KpiFormulaError } from './formula-error';
import type { FormulaNode } from './formula-parser';
import { measureNamesIn, parseFormula } from './formula-parser';

export type MeasureValues = Readonly<Record<string, number>>;

export interface CompiledFormula {
  readonly text: string;
  readonly tree: FormulaNode;
  readonly measureNames: readonly string[];
}

/** Parses `text` and checks that every name in it is one of `knownMeasures`. */
export function compileFormula(text: string, knownMeasures: readonly string[]): CompiledFormula {
  const tree = parseFormula(text);
  const names = measureNamesIn(tree);
  for (const [name, position] of names) {
    if (!knownMeasures.includes(name)) {
      const known = knownMeasures.length > 0 ? knownMeasures.join(', ') : 'none';
      throw new KpiFormulaError('unknown_measure', `unknown measure "${name}" at position ${position}; known measures: ${known}`, position, { name });
    }
  }
  return { text, tree, measureNames: [...names.keys()] };
}

function valueOf(values: MeasureValues, name: string, position: number): number {
  // Own properties only: a measure called "constructor" must not find Object.prototype.constructor.
  const value = Object.hasOwn(values, name) ? values[name] : undefined;
  if (typeof value !== 'number') throw new KpiFormulaError('missing_value', `no value for measure "${name}" (position ${position})`, position, { name });
  return value;
}

function evaluateNode(node: FormulaNode, values: MeasureValues): number {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'measure':
      return valueOf(values, node.name, node.position);
    case 'negate':
      return -evaluateNode(node.operand, values);
    case 'binary': {
      const left = evaluateNode(node.left, values);
      const right = evaluateNode(node.right, values);
      switch (node.operator) {
        case '+':
          return left + right;
        case '-':
          return left - right;
        case '*':
          return left * right;
        case '/': {
          if (right === 0) {
            const divisor = node.right.kind === 'measure' ? ` ("${node.right.name}" is 0)` : '';
            throw new KpiFormulaError('division_by_zero', `division by zero at position ${node.position}${divisor}`, node.position);
          }
          return left / right;
        }
        default:
          return assertNever(node.operator);
      }
    }
    default:
      return assertNever(node);
  }
}

/** The formula's value; KpiFormulaError on a missing value, division by zero or a result too large to represent. */
export function evaluateFormula(formula: CompiledFormula | FormulaNode, values: MeasureValues): number {
  const tree = 'tree' in formula ? formula.tree : formula;
  const result = evaluateNode(tree, values);
  if (!Number.isFinite(result)) throw new KpiFormulaError('not_finite', 'formula result is too large to represent', null, { result });
  return result;
}
