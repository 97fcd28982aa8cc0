// A small, safe expression language for derived measures (ISO/IEC 27004): numbers, base-measure names,
// + - * / with the usual precedence, unary minus and parentheses. Parsed by hand into a tree; never eval'd.
//   expression := term (("+" | "-") term)*
//   term       := unary (("*" | "/") unary)*
//   unary      := "-" unary | primary
//   primary    := number | name | "(" expression ")"
//   number     := digits ["." digits]        name := letter or "_", then letters, digits or "_"
import { assertNever } from '../domain-error';
import { KpiFormulaError } from './formula-error';

export type BinaryOperator = '+' | '-' | '*' | '/';

export type FormulaNode =
  | { readonly kind: 'number'; readonly value: number; readonly position: number }
  | { readonly kind: 'measure'; readonly name: string; readonly position: number }
  | { readonly kind: 'negate'; readonly operand: FormulaNode; readonly position: number }
  | { readonly kind: 'binary'; readonly operator: BinaryOperator; readonly left: FormulaNode; readonly right: FormulaNode; readonly position: number };

type Token =
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly position: number }
  | { readonly kind: 'name'; readonly text: string; readonly position: number }
  | { readonly kind: 'operator'; readonly text: BinaryOperator; readonly position: number }
  | { readonly kind: 'paren'; readonly text: '(' | ')'; readonly position: number };

export const MEASURE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Sticky: each match must start where the previous one ended, so any character that fits no token is caught.
const TOKEN_SOURCE = String.raw`\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/])|([()]))`;

function isOperator(text: string): text is BinaryOperator {
  return text === '+' || text === '-' || text === '*' || text === '/';
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(TOKEN_SOURCE, 'y');
  for (;;) {
    const start = pattern.lastIndex;
    const match = pattern.exec(formula);
    if (!match) {
      const rest = formula.slice(start);
      const offset = start + (rest.length - rest.trimStart().length);
      if (offset >= formula.length) return tokens;
      const character = formula.charAt(offset);
      throw new KpiFormulaError('unexpected_character', `unexpected character "${character}" at position ${offset}`, offset, { character });
    }
    const [whole, number, name, operator, paren] = match;
    const position = start + whole.length - (number ?? name ?? operator ?? paren ?? '').length;
    if (number !== undefined) tokens.push({ kind: 'number', value: Number(number), text: number, position });
    else if (name !== undefined) tokens.push({ kind: 'name', text: name, position });
    else if (operator !== undefined && isOperator(operator)) tokens.push({ kind: 'operator', text: operator, position });
    else if (paren === '(' || paren === ')') tokens.push({ kind: 'paren', text: paren, position });
  }
}

/** Parses `formula`; throws KpiFormulaError naming the position of the first bad token. */
export function parseFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula);
  if (tokens.length === 0) throw new KpiFormulaError('empty', 'formula is empty', null);
  let index = 0;
  const peek = (): Token | undefined => tokens[index];

  const unexpected = (expected: string): KpiFormulaError => {
    const token = peek();
    if (token === undefined) {
      return new KpiFormulaError('unexpected_end', `formula ends too early at position ${formula.length}; expected ${expected}`, formula.length, { expected });
    }
    return new KpiFormulaError('unexpected_token', `unexpected "${token.text}" at position ${token.position}; expected ${expected}`, token.position, {
      token: token.text,
      expected,
    });
  };

  const binaryLevel = (operators: readonly BinaryOperator[], operand: () => FormulaNode) => (): FormulaNode => {
    let left = operand();
    for (let token = peek(); token?.kind === 'operator' && operators.includes(token.text); token = peek()) {
      index += 1;
      left = { kind: 'binary', operator: token.text, left, right: operand(), position: token.position };
    }
    return left;
  };

  const primary = (): FormulaNode => {
    const token = peek();
    if (token?.kind === 'number') {
      index += 1;
      return { kind: 'number', value: token.value, position: token.position };
    }
    if (token?.kind === 'name') {
      index += 1;
      return { kind: 'measure', name: token.text, position: token.position };
    }
    if (token?.kind === 'paren' && token.text === '(') {
      index += 1;
      const inner = expression();
      const close = peek();
      if (close?.kind !== 'paren' || close.text !== ')') throw unexpected('")"');
      index += 1;
      return inner;
    }
    throw unexpected('a number, a measure name or "("');
  };

  const unary = (): FormulaNode => {
    const token = peek();
    if (token?.kind === 'operator' && token.text === '-') {
      index += 1;
      return { kind: 'negate', operand: unary(), position: token.position };
    }
    return primary();
  };

  const term = binaryLevel(['*', '/'], unary);
  const expression: () => FormulaNode = binaryLevel(['+', '-'], term);

  const tree = expression();
  if (peek() !== undefined) throw unexpected('an operator or the end of the formula');
  return tree;
}

/** Every measure name the formula uses, with the position of its first use. */
export function measureNamesIn(node: FormulaNode, found: Map<string, number> = new Map<string, number>()): Map<string, number> {
  switch (node.kind) {
    case 'number':
      return found;
    case 'measure':
      if (!found.has(node.name)) found.set(node.name, node.position);
      return found;
    case 'negate':
      return measureNamesIn(node.operand, found);
    case 'binary':
      measureNamesIn(node.left, found);
      return measureNamesIn(node.right, found);
    default:
      return assertNever(node);
  }
}
