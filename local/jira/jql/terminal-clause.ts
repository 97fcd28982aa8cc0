// One `field operator operand` clause → a predicate: resolve the field, check the operator and the operand's shape
// against what Jira allows, coerce the operands once, then assemble the per-issue test.
import type { OperatorValue, TerminalClause } from '@atlaskit/jql-ast';
import type { DateEnv } from './dates';
import { datetimeDomain } from './datetime-domain';
import {
  dateDomain,
  type Domain,
  type DomainEnv,
  exactDomain,
  numberDomain,
  textDomain,
  userDomain,
} from './domains';
import { ClauseProblem, jqlMessages } from './errors';
import type { FieldSpec, FieldValues } from './field-spec';
import type { FieldResolver } from './fields';
import { flattenOperand, type OperandItem } from './operands';
import {
  anyOf,
  assemble,
  flip,
  HISTORY_OPERATORS,
  isListOperator,
  isNegative,
  isRelation,
  type Predicate,
  type SearchOperator,
  type Test,
} from './operators';
import { issueKeyDomain, objectDomain, parentDomain, propertyDomain } from './reference-domains';
import type { JqlContext } from './types';

export interface CompileEnv {
  readonly ctx: JqlContext;
  readonly dates: DateEnv;
  readonly resolveField: FieldResolver;
}

function attempt<T>(run: () => T): T | ClauseProblem {
  try {
    return run();
  } catch (error) {
    if (error instanceof ClauseProblem) return error;
    throw error;
  }
}

function isSearchOperator(operator: OperatorValue): operator is SearchOperator {
  return !HISTORY_OPERATORS.has(operator);
}

function build<V, O>(
  values: FieldValues<V>,
  domain: Domain<V, O>,
  operator: SearchOperator,
  items: readonly OperandItem[],
  field: string,
): Predicate {
  const operands: O[] = [];
  let includesEmpty = false;
  for (const item of items) {
    const resolved = domain.resolve(item);
    if (resolved === 'empty') includesEmpty = true;
    else operands.push(...resolved);
  }
  let test: Test<V> | null = null;
  if (isRelation(operator)) {
    if (includesEmpty) throw new ClauseProblem(jqlMessages.emptyNotSupported(operator, field));
    const [operand] = operands;
    if (operand === undefined || domain.relation === undefined) return () => false;
    test = domain.relation(operator, operand);
  } else if (operator === '~' || operator === '!~') {
    const { like } = domain;
    const tests = like === undefined ? [] : operands.map((operand) => like(operand));
    test = tests.length === 0 ? null : (value) => tests.some((one) => one(value));
  } else if (operator !== 'is' && operator !== 'is not' && operands.length > 0) {
    test = domain.equals(operands);
  }
  return assemble(values, isNegative(operator), test, includesEmpty);
}

function predicateFor(spec: FieldSpec, operator: SearchOperator, items: readonly OperandItem[], env: DomainEnv): Predicate {
  const { field } = env;
  switch (spec.kind) {
    case 'exact':
      return build(spec, exactDomain(env, spec.emptyAliases), operator, items, field);
    case 'text':
      return build(spec, textDomain(env), operator, items, field);
    case 'user':
      return build(spec, userDomain(env), operator, items, field);
    case 'number':
      return build(spec, numberDomain(env), operator, items, field);
    case 'date':
      return build(spec, dateDomain(env), operator, items, field);
    case 'datetime':
      return build(spec, datetimeDomain(env), operator, items, field);
    case 'issuekey':
      return build(spec, issueKeyDomain(env), operator, items, field);
    case 'parent':
      return build(spec, parentDomain(env), operator, items, field);
    case 'object':
      return build(spec, objectDomain(env), operator, items, field);
    case 'property':
      return build(spec, propertyDomain(env), operator, items, field);
  }
}

/** Compiles a terminal clause; `negated` applies an enclosing NOT by flipping the operator (see operators.ts). */
export function compileTerminal(clause: TerminalClause, negated: boolean, env: CompileEnv): Predicate {
  const field = clause.field.value;
  const written = clause.operator?.value;
  if (written === undefined || (written !== 'changed' && clause.operand === undefined)) {
    throw new ClauseProblem(`Error in the JQL Query: the clause on '${field}' is incomplete.`);
  }
  // Like Jira, report an unknown field and an unknown function of the same clause together.
  const specs = attempt(() => env.resolveField(clause.field));
  const writtenOperand = clause.operand ?? undefined;
  const operand = writtenOperand === undefined ? undefined : attempt(() => flattenOperand(writtenOperand));
  if (specs instanceof ClauseProblem || operand instanceof ClauseProblem) throw ClauseProblem.combine(specs, operand);
  if (!isSearchOperator(written) || operand === undefined) throw new ClauseProblem(jqlMessages.historyOperator(written, field));
  for (const spec of specs) {
    if (!spec.operators.includes(written)) throw new ClauseProblem(jqlMessages.unsupportedOperator(written, field));
  }
  if (isListOperator(written) && !operand.isList) {
    throw new ClauseProblem(jqlMessages.singleValueForListOperator(written, operand.display, field));
  }
  if (!isListOperator(written) && operand.isList) {
    throw new ClauseProblem(jqlMessages.listValueForSingleOperator(written, operand.display, field));
  }
  const operator = negated ? flip(written) : written;
  const domainEnv: DomainEnv = { ctx: env.ctx, dates: env.dates, field };
  return anyOf(specs.map((spec) => predicateFor(spec, operator, operand.items, domainEnv)));
}
