// Operator semantics shared by every field kind (Jira's, after its Lucene query factories):
// - "positive" operators (=, IN, IS, <, <=, >, >=, ~) match when ANY value of the field passes the test; an empty
//   field matches only when the operand includes EMPTY (`= EMPTY`, `IN (x, EMPTY)`, `IS EMPTY`);
// - "negative" operators (!=, NOT IN, IS NOT, !~) match when the field is NOT EMPTY and NO value passes the test:
//   `!=` and `NOT IN` never match an empty field, and `f = x`, `f != x` split the issues where f is not empty;
// - NOT is pushed down to the clauses with De Morgan's laws and flipped operators, exactly as Jira's
//   DeMorgansVisitor does: `NOT f = x` is `f != x` (so it does not match an empty f either) and `NOT f < x` is
//   `f >= x`. On a multi-valued field `f < 3` and `f >= 3` can both match (any value passes).
import type { OperatorValue } from '@atlaskit/jql-ast';
import type { FieldValues, ValueTest } from './field-spec';
import type { IssueDocument } from './types';

export type Predicate = (issue: IssueDocument) => boolean;
export type Test<V> = ValueTest<V>;
export type Relation = '<' | '<=' | '>' | '>=';
export type SearchOperator = Exclude<OperatorValue, 'was' | 'was not' | 'was in' | 'was not in' | 'changed'>;

export const HISTORY_OPERATORS: ReadonlySet<OperatorValue> = new Set(['was', 'was not', 'was in', 'was not in', 'changed']);

const FLIPPED: Readonly<Record<SearchOperator, SearchOperator>> = {
  '=': '!=',
  '!=': '=',
  in: 'not in',
  'not in': 'in',
  is: 'is not',
  'is not': 'is',
  '~': '!~',
  '!~': '~',
  '<': '>=',
  '>=': '<',
  '>': '<=',
  '<=': '>',
};

export function flip(operator: SearchOperator): SearchOperator {
  return FLIPPED[operator];
}

export function isRelation(operator: SearchOperator): operator is Relation {
  return operator === '<' || operator === '<=' || operator === '>' || operator === '>=';
}

export function isNegative(operator: SearchOperator): boolean {
  return operator === '!=' || operator === 'not in' || operator === 'is not' || operator === '!~';
}

export function isListOperator(operator: SearchOperator): boolean {
  return operator === 'in' || operator === 'not in';
}

/** `value <op> operand` for numbers or strings, specialised per operator so evaluation does no dispatch. */
export function relation<T extends string | number>(operator: Relation, operand: T): Test<T> {
  switch (operator) {
    case '<':
      return (value) => value < operand;
    case '<=':
      return (value) => value <= operand;
    case '>':
      return (value) => value > operand;
    case '>=':
      return (value) => value >= operand;
  }
}

/**
 * The clause predicate for one field: `test` is the operand's test (null when the operand is only EMPTY),
 * `includesEmpty` whether EMPTY is among the operands.
 */
export function assemble<V>(field: FieldValues<V>, negative: boolean, test: Test<V> | null, includesEmpty: boolean): Predicate {
  const { some, isEmpty } = field;
  if (negative) {
    if (test === null) return (issue) => !isEmpty(issue);
    return (issue) => !isEmpty(issue) && !some(issue, test);
  }
  if (test === null) return includesEmpty ? isEmpty : () => false;
  if (includesEmpty) return (issue) => isEmpty(issue) || some(issue, test);
  return (issue) => some(issue, test);
}

export function anyOf(predicates: readonly Predicate[]): Predicate {
  const [first, second, ...rest] = predicates;
  if (first === undefined) return () => false;
  if (second === undefined) return first;
  if (rest.length === 0) return (issue) => first(issue) || second(issue);
  return (issue) => {
    for (const predicate of predicates) if (predicate(issue)) return true;
    return false;
  };
}

export function allOf(predicates: readonly Predicate[]): Predicate {
  const [first, second, ...rest] = predicates;
  if (first === undefined) return () => true;
  if (second === undefined) return first;
  if (rest.length === 0) return (issue) => first(issue) && second(issue);
  return (issue) => {
    for (const predicate of predicates) if (!predicate(issue)) return false;
    return true;
  };
}
