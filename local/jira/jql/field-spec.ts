// What the compiler needs to know about a searchable field: how to visit its values on an IssueDocument, which
// operators it accepts and how it sorts. One kind per family of Jira searchers. Values are visited, not collected,
// so evaluating a clause allocates nothing per issue.
import type { OperatorValue } from '@atlaskit/jql-ast';
import type { IssueDocument } from './types';

// Hot-path built-ins as module constants: a global lookup per issue is slow in sandboxes such as Jest's vm contexts.
const { parse: parseDate } = Date;
const { isNaN: isNotANumber } = Number;

export type SortValue = string | number | null;
export type PropertyScalar = string | number | boolean;
export type ValueTest<V> = (value: V) => boolean;

/** The values of a field on an issue. */
export interface FieldValues<V> {
  /** Whether `test` passes for any current value (false when the field is EMPTY). Stops at the first pass. */
  readonly some: (issue: IssueDocument, test: ValueTest<V>) => boolean;
  readonly isEmpty: (issue: IssueDocument) => boolean;
}

interface Spec<K extends string, V> extends FieldValues<V> {
  readonly kind: K;
  /** Field id as Jira reports it (`duedate`, `customfield_10010`). */
  readonly id: string;
  readonly operators: readonly OperatorValue[];
  /** Sort key for ORDER BY, null when the issue has no value; the whole member is null when the field can't sort. */
  readonly sortKey: ((issue: IssueDocument) => SortValue) | null;
}

export type FieldSpec =
  | Spec<'text', string> // summary, description, text, text aliases: ~ only, word matching
  | (Spec<'exact', string> & { readonly emptyAliases?: readonly string[] }) // names, ids, labels: case-insensitive
  | Spec<'user', string> // account ids
  | Spec<'number', number>
  | Spec<'date', string> // 'YYYY-MM-DD', compared as calendar dates
  | Spec<'datetime', string> // ISO instants, compared at minute granularity (datetime-domain.ts)
  | Spec<'issuekey', IssueDocument> // key/id: exact, and ordered within a project
  | Spec<'parent', string> // parent issue key
  | Spec<'object', unknown> // a Forge object field itself: only IS [NOT] EMPTY (search its aliases)
  | Spec<'property', PropertyScalar>; // issue.property[key].path, typed by the stored JSON value

export const EXACT_OPERATORS: readonly OperatorValue[] = ['=', '!=', 'in', 'not in', 'is', 'is not'];
export const ORDERED_OPERATORS: readonly OperatorValue[] = [...EXACT_OPERATORS, '<', '<=', '>', '>='];
export const TEXT_OPERATORS: readonly OperatorValue[] = ['~', '!~', 'is', 'is not'];
export const KEY_OPERATORS: readonly OperatorValue[] = ['=', '!=', 'in', 'not in', '<', '<=', '>', '>='];
export const OBJECT_OPERATORS: readonly OperatorValue[] = ['is', 'is not'];
export const PROPERTY_OPERATORS: readonly OperatorValue[] = [...ORDERED_OPERATORS, '~', '!~'];

/** A field with at most one value; `read` returns null (or "") when it is EMPTY. */
export function singleValue<V>(read: (issue: IssueDocument) => V | null): FieldValues<V> {
  return {
    some: (issue, test) => {
      const value = read(issue);
      return value !== null && value !== '' && test(value);
    },
    isEmpty: (issue) => {
      const value = read(issue);
      return value === null || value === '';
    },
  };
}

/** A field with a list of values (labels). */
export function listValues<V>(read: (issue: IssueDocument) => readonly V[]): FieldValues<V> {
  return {
    some: (issue, test) => {
      for (const value of read(issue)) if (test(value)) return true;
      return false;
    },
    isEmpty: (issue) => read(issue).length === 0,
  };
}

/** One value known by several names (a project is its key, its id and its name): never EMPTY. */
export function aliasedValue(...reads: readonly ((issue: IssueDocument) => string)[]): FieldValues<string> {
  return {
    some: (issue, test) => {
      for (const read of reads) if (test(read(issue))) return true;
      return false;
    },
    isEmpty: () => false,
  };
}

/** Sort key of a possibly multi-valued text field: its smallest value, case-insensitively. */
export function smallestString(values: FieldValues<string>): (issue: IssueDocument) => SortValue {
  return (issue) => {
    let best: string | null = null;
    values.some(issue, (value) => {
      const key = value.toLowerCase();
      if (best === null || key < best) best = key;
      return false;
    });
    return best;
  };
}

/** Sort key of a possibly multi-valued number field: its smallest value. */
export function smallestNumber(values: FieldValues<number>): (issue: IssueDocument) => SortValue {
  return (issue) => {
    let best: number | null = null;
    values.some(issue, (value) => {
      if (best === null || value < best) best = value;
      return false;
    });
    return best;
  };
}

/** The instants of ISO-string values, for sorting (unparseable values are skipped). */
export function parsedInstants(values: FieldValues<string>): FieldValues<number> {
  return {
    some: (issue, test) =>
      values.some(issue, (iso) => {
        const instant = parseDate(iso);
        return !isNotANumber(instant) && test(instant);
      }),
    isEmpty: values.isEmpty,
  };
}

/** Epoch ms of an ISO instant, null when absent or unparseable. */
export function instantOf(iso: string | null): number | null {
  if (iso === null) return null;
  const instant = parseDate(iso);
  return isNotANumber(instant) ? null : instant;
}
