// Parsing with Atlassian's own grammar (@atlaskit/jql-ast over @atlaskit/jql-parser): the only place that builds ASTs.
import { JastBuilder, JQLSyntaxError, type Query } from '@atlaskit/jql-ast';
import { jqlMessages } from './errors';

export type ParseOutcome = { readonly ok: true; readonly query: Query } | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Recently parsed queries. ANTLR parsing costs a few milliseconds a query, and the stand-in sees the same JQL over and
 * over (gadgets polling, pages of one search), so parse results are memoised by query text. ASTs are never mutated.
 */
const MEMO_LIMIT = 256;
const memo = new Map<string, ParseOutcome>();

/**
 * Parses one query. Syntax errors come back in Jira's shape, `Error in the JQL Query: <detail> (line L, character C).`,
 * with the parser's own detail (ANTLR wording, e.g. "mismatched input '<EOF>' expecting ...") and a 1-based column.
 */
export function parseJql(jql: string): ParseOutcome {
  const known = memo.get(jql);
  if (known !== undefined) return known;
  const outcome = parseUncached(jql);
  memo.set(jql, outcome);
  if (memo.size > MEMO_LIMIT) memo.delete(memo.keys().next().value ?? jql);
  return outcome;
}

function parseUncached(jql: string): ParseOutcome {
  const ast = new JastBuilder().build(jql);
  if (ast.errors.length > 0 || ast.query === undefined) {
    const errors = ast.errors.map((error) =>
      error instanceof JQLSyntaxError
        ? jqlMessages.syntax(error.message, error.line, error.charPositionInLine + 1)
        : `Error in the JQL Query: ${error.message}`,
    );
    return { ok: false, errors: errors.length > 0 ? errors : ['Error in the JQL Query: the query could not be parsed.'] };
  }
  return { ok: true, query: ast.query };
}
