// Conditions of entity-query filters and transaction conditions (@forge/kvs out/conditions.js builds them as
// { property, condition, values }). Evaluated in memory after the index scan, like DynamoDB filter expressions.
import { badRequest } from './kvs-error';
import { MAX_QUERY_CONDITIONS } from './kvs-limits';
import type { FilterGroup, FilterItem } from './kvs-protocol';

const ARITY: Readonly<Record<string, number>> = {
  BEGINS_WITH: 1,
  BETWEEN: 2,
  CONTAINS: 1,
  NOT_CONTAINS: 1,
  EQUAL_TO: 1,
  NOT_EQUAL_TO: 1,
  EXISTS: 1,
  NOT_EXISTS: 1,
  GREATER_THAN: 1,
  GREATER_THAN_EQUAL_TO: 1,
  LESS_THAN: 1,
  LESS_THAN_EQUAL_TO: 1,
};

export interface CheckedFilter {
  readonly operator: 'and' | 'or';
  readonly items: readonly FilterItem[];
}

export function checkConditionArity(item: { condition: string; values: readonly unknown[] }, allowed?: readonly string[]): void {
  const arity = ARITY[item.condition];
  if (arity === undefined || (allowed !== undefined && !allowed.includes(item.condition))) {
    throw badRequest('INVALID_FILTER_CONDITION', `The condition '${item.condition}' is not supported here.`);
  }
  if (item.condition === 'BETWEEN' && item.values.length < 2) {
    throw badRequest('INSUFFICIENT_FILTER_VALUES', 'The BETWEEN condition needs at least two values.');
  }
  if (item.values.length !== arity) {
    throw badRequest('INVALID_FILTER_VALUES', `The condition '${item.condition}' takes ${arity} value(s).`);
  }
}

export function checkFilterGroup(group: FilterGroup | undefined): CheckedFilter | undefined {
  if (group === undefined) return undefined;
  if (group.and !== undefined && group.or !== undefined) {
    throw badRequest('INVALID_FILTER_OPERATORS_COMBINATION', 'Filter operators "and" and "or" cannot be present at the same level.');
  }
  const operator = group.or !== undefined ? 'or' : 'and';
  const items = group.or ?? group.and ?? [];
  if (items.length === 0) throw badRequest('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.');
  if (items.length > MAX_QUERY_CONDITIONS) {
    throw badRequest('BAD_REQUEST', `A query may hold at most ${MAX_QUERY_CONDITIONS} conditions.`);
  }
  for (const item of items) checkConditionArity(item);
  return { operator, items };
}

type Comparable = string | number;

function comparable(a: unknown, b: unknown): [Comparable, Comparable] | undefined {
  if (typeof a === 'number' && typeof b === 'number') return [a, b];
  if (typeof a === 'string' && typeof b === 'string') return [a, b];
  return undefined;
}

function compare(a: unknown, b: unknown, test: (x: Comparable, y: Comparable) => boolean): boolean {
  const pair = comparable(a, b);
  return pair !== undefined && test(pair[0], pair[1]);
}

/** Evaluates one condition against an attribute value; `undefined` means the attribute is absent. */
export function evaluateCondition(condition: string, values: readonly unknown[], actual: unknown): boolean {
  const [first, second] = values;
  const present = actual !== undefined && actual !== null;
  switch (condition) {
    case 'EXISTS':
      return present;
    case 'NOT_EXISTS':
      return !present;
    case 'EQUAL_TO':
      return present && actual === first;
    case 'NOT_EQUAL_TO':
      return actual !== first;
    case 'BEGINS_WITH':
      return typeof actual === 'string' && typeof first === 'string' && actual.startsWith(first);
    case 'CONTAINS':
      return contains(actual, first);
    case 'NOT_CONTAINS':
      return !contains(actual, first);
    case 'GREATER_THAN':
      return compare(actual, first, (x, y) => x > y);
    case 'GREATER_THAN_EQUAL_TO':
      return compare(actual, first, (x, y) => x >= y);
    case 'LESS_THAN':
      return compare(actual, first, (x, y) => x < y);
    case 'LESS_THAN_EQUAL_TO':
      return compare(actual, first, (x, y) => x <= y);
    case 'BETWEEN':
      return compare(actual, first, (x, y) => x >= y) && compare(actual, second, (x, y) => x <= y);
    default:
      return false;
  }
}

function contains(actual: unknown, needle: unknown): boolean {
  if (typeof actual === 'string') return typeof needle === 'string' && actual.includes(needle);
  if (Array.isArray(actual)) return actual.includes(needle);
  return false;
}

function attribute(value: unknown, property: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.entries(value).find(([name]) => name === property)?.[1];
}

export function matchesFilter(value: unknown, filter: CheckedFilter): boolean {
  const test = (item: FilterItem): boolean => evaluateCondition(item.condition, item.values, attribute(value, item.property));
  return filter.operator === 'and' ? filter.items.every(test) : filter.items.some(test);
}
