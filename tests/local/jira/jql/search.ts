// Runs a query over the fixture the way the stand-in's /search/jql will: compile once, filter, sort.
import { compileJql, type IssueDocument, type JqlContext, JqlError } from '../../../../local/jira/jql';
import { ISSUES, makeContext } from './fixture';

export function search(jql: string, ctx: JqlContext = makeContext(), issues: readonly IssueDocument[] = ISSUES): string[] {
  const compiled = compileJql(jql, ctx);
  return issues
    .filter((issue) => compiled.matches(issue))
    .sort(compiled.compare)
    .map((issue) => issue.key);
}

/** "ISMS-1 AUD-2" → the keys in a canonical (sorted) order, for set comparisons. */
export function keySet(keys: string | readonly string[]): string[] {
  const list = typeof keys === 'string' ? keys.split(/\s+/).filter((key) => key.length > 0) : [...keys];
  return list.sort();
}

/** The error messages compileJql reports for a query, or [] when it compiles. */
export function errorsOf(jql: string, ctx: JqlContext = makeContext()): readonly string[] {
  try {
    compileJql(jql, ctx);
    return [];
  } catch (error) {
    if (error instanceof JqlError) return error.errorMessages;
    throw error;
  }
}
