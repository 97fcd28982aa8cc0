// Shared by the audit programme and management review integration tests: the module keys, a typed invoke, and a way
// to look at every issue the stand-in holds in the ISMS project.
import type { TestStack } from './stack';
import { okData } from './stack';

export const AUDITS_PAGE = 'clause9-isms';
export const REVIEWS_PANEL = 'clause9-isms';

/** Every issue of the ISMS project, in key order (keys are ISMS-1, ISMS-2, …). */
export function ismsIssues(stack: TestStack) {
  const issues = [];
  const total = stack.jira.admin.issueCount();
  for (let n = 1; issues.length < total && n <= total + 50; n += 1) {
    const issue = stack.jira.admin.issue(`ISMS-${String(n)}`);
    if (issue !== undefined) issues.push(issue);
  }
  return issues;
}

export function clause9Ids(stack: TestStack): string[] {
  return ismsIssues(stack).flatMap((issue) => {
    const property = issue.properties.clause9;
    return typeof property === 'object' && property !== null && 'id' in property && typeof property.id === 'string' ? [property.id] : [];
  });
}

export function invoker(stack: () => TestStack, moduleKey: string) {
  const call = (who: string, key: string, payload: unknown = {}): Promise<unknown> => stack().invoke(who, key, payload, moduleKey);
  const ok = async <T>(who: string, key: string, payload: unknown = {}): Promise<T> => okData(await call(who, key, payload)) as T;
  return { call, ok };
}
