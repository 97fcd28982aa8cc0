// Custom fields (Forge `jira:customField` types) and the `Field.alias` clauses of object fields, read from the JSON
// Jira stores. Values are flattened: an array (collection field, `isArray` alias) contributes each element, an
// option/user/group object contributes its `value`/`name`/`accountId`, and null, undefined and "" are EMPTY.
import {
  EXACT_OPERATORS,
  type FieldSpec,
  type FieldValues,
  OBJECT_OPERATORS,
  ORDERED_OPERATORS,
  parsedInstants,
  smallestNumber,
  smallestString,
  TEXT_OPERATORS,
  type ValueTest,
} from './field-spec';
import type { CustomFieldDefinition, FieldSchemaType, IssueDocument, SearchAlias } from './types';

// Hot-path built-ins as module constants: a global lookup per issue is slow in sandboxes such as Jest's vm contexts.
const { isArray } = Array;
const { isFinite: isFiniteNumber, NaN: NOT_A_NUMBER } = Number;
const toNumber = Number;

type Read = (issue: IssueDocument) => unknown;
type ScalarType = SearchAlias['type'] | FieldSchemaType;
type Extract<V> = (item: unknown) => V | undefined;

function recordOf(raw: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof raw === 'object' && raw !== null && !isArray(raw) ? (raw as Record<string, unknown>) : undefined;
}

/** Visits the scalar items of a JSON value (arrays flattened), without allocating. */
function visitItems<V>(raw: unknown, extract: Extract<V>, test: ValueTest<V>): boolean {
  if (isArray(raw)) {
    for (const item of raw as readonly unknown[]) if (visitItems(item, extract, test)) return true;
    return false;
  }
  if (raw === null || raw === undefined || raw === '') return false;
  const value = extract(raw);
  return value !== undefined && test(value);
}

/** Visits the values at `path` inside a JSON value; arrays on the way are visited element by element. */
export function visitPath(raw: unknown, path: readonly string[], from: number, visit: (leaf: unknown) => boolean): boolean {
  if (from === path.length) return visit(raw);
  if (isArray(raw)) {
    for (const item of raw as readonly unknown[]) if (visitPath(item, path, from, visit)) return true;
    return false;
  }
  const segment = path[from];
  const next = segment === undefined ? undefined : recordOf(raw)?.[segment];
  return next !== undefined && visitPath(next, path, from + 1, visit);
}

function values<V>(read: Read, extract: Extract<V>): FieldValues<V> {
  const always = () => true;
  return {
    some: (issue, test) => visitItems(read(issue), extract, test),
    isEmpty: (issue) => !visitItems(read(issue), extract, always),
  };
}

const stringOf =
  (keys: readonly string[]): Extract<string> =>
  (item) => {
    if (typeof item === 'string') return item;
    if (typeof item === 'number' || typeof item === 'boolean') return String(item);
    const record = recordOf(item);
    for (const key of keys) {
      const value = record?.[key];
      if (typeof value === 'string' && value !== '') return value;
    }
    return undefined;
  };
const numberOf: Extract<number> = (item) => {
  const value = typeof item === 'number' ? item : typeof item === 'string' ? toNumber(item) : NOT_A_NUMBER;
  return isFiniteNumber(value) ? value : undefined;
};
const dateOf: Extract<string> = (item) =>
  typeof item === 'string' && /^\d{4}-\d{2}-\d{2}/.test(item) ? (item.length === 10 ? item : item.slice(0, 10)) : undefined;
const isoOf: Extract<string> = (item) => (typeof item === 'string' ? item : undefined);
const NAMES = stringOf(['value', 'name']);

/** A scalar (or array-of-scalar) field of the given Forge type read by `read`. */
export function scalarSpec(type: ScalarType, id: string, read: Read): FieldSpec {
  switch (type) {
    case 'string':
    case 'group':
    case 'option':
    case 'array': {
      const found = values(read, NAMES);
      return { kind: 'exact', id, operators: EXACT_OPERATORS, ...found, sortKey: smallestString(found) };
    }
    case 'text': {
      const found = values(read, NAMES);
      return { kind: 'text', id, operators: TEXT_OPERATORS, ...found, sortKey: smallestString(found) };
    }
    case 'user': {
      const found = values(read, stringOf(['accountId']));
      return { kind: 'user', id, operators: EXACT_OPERATORS, ...found, sortKey: smallestString(found) };
    }
    case 'number': {
      const found = values(read, numberOf);
      return { kind: 'number', id, operators: ORDERED_OPERATORS, ...found, sortKey: smallestNumber(found) };
    }
    case 'date': {
      const found = values(read, dateOf);
      return { kind: 'date', id, operators: ORDERED_OPERATORS, ...found, sortKey: smallestString(found) };
    }
    case 'datetime': {
      const found = values(read, isoOf);
      return { kind: 'datetime', id, operators: ORDERED_OPERATORS, ...found, sortKey: smallestNumber(parsedInstants(found)) };
    }
    case 'object':
      return { kind: 'object', id, operators: OBJECT_OPERATORS, ...values(read, (item) => item), sortKey: null };
  }
}

export function customFieldSpec(definition: CustomFieldDefinition): FieldSpec {
  const type = definition.schemaType === 'array' ? (definition.itemsType ?? 'string') : definition.schemaType;
  return scalarSpec(type, definition.id, (issue) => issue.customFields[definition.id]);
}

function aliasReader(definition: CustomFieldDefinition, alias: SearchAlias): Read {
  const path = alias.path.split('.');
  if (path.length === 1) return (issue) => recordOf(issue.customFields[definition.id])?.[alias.path];
  // Nested paths ("rootCause.status") are rare: collect the leaves.
  return (issue) => {
    const leaves: unknown[] = [];
    visitPath(issue.customFields[definition.id], path, 0, (leaf) => {
      leaves.push(leaf);
      return false;
    });
    return leaves;
  };
}

export function aliasSpec(definition: CustomFieldDefinition, alias: SearchAlias): FieldSpec {
  return scalarSpec(alias.type, `${definition.id}.${alias.alias}`, aliasReader(definition, alias));
}

/** Values of every text-typed alias, for the `text` master field. */
export function textAliasValues(definitions: readonly CustomFieldDefinition[]): FieldValues<string>[] {
  return definitions.flatMap((definition) =>
    definition.searchAliases
      .filter((alias) => alias.type === 'text')
      .map((alias) => values(aliasReader(definition, alias), NAMES)),
  );
}
