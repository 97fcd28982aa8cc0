// POST /rest/api/3/jql/parse: the `ParsedJqlQueries` answer (swagger-v3: ParsedJqlQuery, JqlQuery, JqlQueryClause…)
// built from the same AST the engine evaluates. `validation` follows the endpoint's parameter: strict (default)
// returns errors and no structure when anything is wrong; warn returns the structure of any well-formed query with
// its errors; none skips field/function validation.
import type { Clause, Field, Operand, OrderBy, Predicate, Query } from '@atlaskit/jql-ast';
import { compileParsedQuery } from './compile';
import { parseJql } from './parse';
import type { JqlContext } from './types';

export type JqlValidation = 'strict' | 'warn' | 'none';

interface JqlQueryFieldEntityProperty {
  readonly entity: string;
  readonly key: string;
  readonly path: string;
}
export interface JqlQueryField {
  readonly name: string;
  readonly encodedName?: string;
  readonly property?: readonly JqlQueryFieldEntityProperty[];
}
export type JqlQueryOperand =
  | { readonly value: string; readonly encodedValue?: string }
  | { readonly values: readonly JqlQueryOperand[]; readonly encodedOperand?: string }
  | { readonly function: string; readonly arguments: readonly string[]; readonly encodedOperand?: string }
  | { readonly keyword: 'empty' };
interface TimePredicate {
  readonly operator: string;
  readonly operand: JqlQueryOperand;
}
export type JqlQueryClause =
  | { readonly operator: 'and' | 'or' | 'not'; readonly clauses: readonly JqlQueryClause[] }
  | { readonly field: JqlQueryField; readonly operator: string; readonly operand: JqlQueryOperand }
  | {
      readonly field: JqlQueryField;
      readonly operator: string;
      readonly operand?: JqlQueryOperand;
      readonly predicates: readonly TimePredicate[];
    };
export interface JqlQueryStructure {
  readonly where?: JqlQueryClause;
  readonly orderBy?: { readonly fields: readonly { readonly field: JqlQueryField; readonly direction?: 'asc' | 'desc' }[] };
}
export interface ParsedJqlQuery {
  readonly query: string;
  readonly structure?: JqlQueryStructure;
  readonly errors?: readonly string[];
}
export interface ParsedJqlQueries {
  readonly queries: readonly ParsedJqlQuery[];
}

function fieldStructure(field: Field): JqlQueryField {
  const [property] = field.properties ?? [];
  if (property?.key === undefined) return { name: field.value, encodedName: field.text };
  const path = (property.path ?? []).map((argument) => argument.value.replace(/^\./, '')).join('.');
  const encodedPath = (property.path ?? []).map((argument) => argument.text).join('');
  return {
    name: `${field.value}[${property.key.value}].${path}`,
    encodedName: `${field.text}[${property.key.text}]${encodedPath}`,
    property: [{ entity: 'issue', key: property.key.value, path }],
  };
}

function operandStructure(operand: Operand): JqlQueryOperand {
  switch (operand.operandType) {
    case 'value':
      return { value: operand.value, encodedValue: operand.text };
    case 'keyword':
      return { keyword: 'empty' };
    case 'function': {
      const args = operand.arguments.map((argument) => argument.text).join(', ');
      return {
        function: operand.function.value,
        arguments: operand.arguments.map((argument) => argument.value),
        encodedOperand: `${operand.function.text}(${args})`,
      };
    }
    case 'list': {
      const values = operand.values.map(operandStructure);
      const encoded = values.map((value) =>
        'encodedValue' in value ? value.encodedValue : 'keyword' in value ? 'EMPTY' : 'encodedOperand' in value ? value.encodedOperand : '',
      );
      return { values, encodedOperand: `(${encoded.join(', ')})` };
    }
  }
}

const predicateStructure = (predicate: Predicate): TimePredicate[] =>
  predicate.operand === undefined ? [] : [{ operator: predicate.operator.value, operand: operandStructure(predicate.operand) }];

function clauseStructure(clause: Clause): JqlQueryClause {
  switch (clause.clauseType) {
    case 'compound':
      return { operator: clause.operator.value, clauses: clause.clauses.map(clauseStructure) };
    case 'not':
      return { operator: 'not', clauses: [clauseStructure(clause.clause)] };
    case 'terminal': {
      const field = fieldStructure(clause.field);
      const operator = clause.operator?.value ?? '';
      const operand = clause.operand === undefined ? undefined : operandStructure(clause.operand);
      if (/^(was|changed)/.test(operator)) {
        const predicates = clause.predicates.flatMap(predicateStructure);
        return operand === undefined ? { field, operator, predicates } : { field, operator, operand, predicates };
      }
      return { field, operator, operand: operand ?? { keyword: 'empty' } };
    }
  }
}

function orderByStructure(orderBy: OrderBy): NonNullable<JqlQueryStructure['orderBy']> {
  return {
    fields: orderBy.fields.map((element) =>
      element.direction === undefined
        ? { field: fieldStructure(element.field) }
        : { field: fieldStructure(element.field), direction: element.direction.value === 'DESC' ? 'desc' : 'asc' },
    ),
  };
}

export function queryStructure(query: Query): JqlQueryStructure {
  const where = query.where ?? undefined;
  const orderBy = query.orderBy ?? undefined;
  return {
    ...(where === undefined ? {} : { where: clauseStructure(where) }),
    ...(orderBy === undefined ? {} : { orderBy: orderByStructure(orderBy) }),
  };
}

/** Parses and validates each query the way /rest/api/3/jql/parse does. */
export function parseJqlForApi(queries: readonly string[], ctx: JqlContext, validation: JqlValidation = 'strict'): ParsedJqlQueries {
  return {
    queries: queries.map((query): ParsedJqlQuery => {
      const parsed = parseJql(query);
      if (!parsed.ok) return { query, errors: parsed.errors };
      const structure = queryStructure(parsed.query);
      if (validation === 'none') return { query, structure };
      const { problems } = compileParsedQuery(parsed.query, ctx);
      if (problems.length === 0) return { query, structure };
      return validation === 'warn' ? { query, structure, errors: problems } : { query, errors: problems };
    }),
  };
}
