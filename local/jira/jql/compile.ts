// The compiler: parse once, turn the where clause into one predicate and ORDER BY into one comparator. Nothing is
// re-parsed or re-resolved per issue; operands (dates, users, numbers, text patterns) are resolved here, once.
import type { Clause, Query } from '@atlaskit/jql-ast';
import type { DateEnv } from './dates';
import { ClauseProblem, JqlProblems } from './errors';
import { createFieldResolver } from './fields';
import { allOf, anyOf, type Predicate } from './operators';
import { compileOrderBy } from './order-by';
import { parseJql } from './parse';
import { compileTerminal, type CompileEnv } from './terminal-clause';
import { type CompiledJql, type JqlContext, JqlError } from './types';
import { createZone } from './zone';

const matchNothing: Predicate = () => false;
const matchAll: Predicate = () => true;

function createEnv(ctx: JqlContext): CompileEnv {
  const dates: DateEnv = {
    now: ctx.now.getTime(),
    zone: createZone(ctx.timeZone),
    weekStartsOnSunday: ctx.weekStart === 'sunday',
  };
  return { ctx, dates, resolveField: createFieldResolver(ctx.customFields) };
}

/** NOT is applied by flipping: AND ↔ OR (De Morgan) down to the terminal clauses, whose operators flip. */
function compileClause(clause: Clause, negated: boolean, env: CompileEnv, problems: JqlProblems): Predicate {
  switch (clause.clauseType) {
    case 'terminal':
      try {
        return compileTerminal(clause, negated, env);
      } catch (error) {
        if (!(error instanceof ClauseProblem)) throw error;
        error.report(problems);
        return matchNothing;
      }
    case 'not':
      return compileClause(clause.clause, !negated, env, problems);
    case 'compound': {
      const parts = clause.clauses.map((child) => compileClause(child, negated, env, problems));
      return (clause.operator.value === 'and') !== negated ? allOf(parts) : anyOf(parts);
    }
  }
}

interface Compiled {
  readonly jql: CompiledJql;
  readonly problems: readonly string[];
}

/** Compiles a parsed query and reports every validation problem (unknown fields, functions, operators, values). */
export function compileParsedQuery(query: Query, ctx: JqlContext): Compiled {
  const problems = new JqlProblems();
  const env = createEnv(ctx);
  const where = query.where ?? undefined;
  const matches = where === undefined ? matchAll : compileClause(where, false, env, problems);
  const { compare, sort } = compileOrderBy(query.orderBy ?? undefined, env.resolveField, problems);
  return { jql: { matches, compare, sort, bounded: where !== undefined }, problems: problems.list };
}

/**
 * Compiles a JQL query for evaluation over IssueDocuments. Throws JqlError (Jira's `errorMessages`) for syntax errors
 * and for every clause Jira would reject: unknown fields or functions, unsupported operators, invalid values.
 */
export function compileJql(jql: string, ctx: JqlContext): CompiledJql {
  const parsed = parseJql(jql);
  if (!parsed.ok) throw new JqlError(parsed.errors);
  const { jql: compiled, problems } = compileParsedQuery(parsed.query, ctx);
  if (problems.length > 0) throw new JqlError(problems);
  return compiled;
}

/**
 * Jira answers 400 on /search/jql and /search/approximate-count for unbounded queries. The stand-in's loose notion:
 * a query is bounded when it has a where clause (any restriction, even `NOT project = X`); `ORDER BY created` alone
 * or an empty string is not. Jira Cloud is stricter in places (some negative-only queries count as unbounded).
 * Unparseable queries are not bounded; compileJql reports their errors.
 */
export function isBoundedJql(jql: string): boolean {
  const parsed = parseJql(jql);
  return parsed.ok && parsed.query.where !== undefined;
}
