// Click-through to Jira issue search with the app's own field names.
import { router } from '@forge/bridge';

const quote = (value: string): string => `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`;

export function coverageJql(projectKey: string, row: { readonly kind: 'clause' | 'control'; readonly id: string }): string {
  const field = row.kind === 'control' ? '"Annex A control"' : '"ISO clause"';
  return `project = ${projectKey} AND ${field} = ${quote(row.id)} ORDER BY updated DESC`;
}

export function openIssueSearch(jql: string): void {
  void router.navigate(`/issues?jql=${encodeURIComponent(jql)}`);
}

export function openIssue(issueKey: string): void {
  void router.navigate({ target: 'issue', issueKey });
}

const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;

/** The issues behind a coverage grid cell, named by key (the read model keeps them), in key order. */
export function issueKeysJql(projectKey: string, issueKeys: readonly string[]): string {
  const keys = [...new Set(issueKeys)].map((key) => (ISSUE_KEY.test(key) ? key : quote(key)));
  return `project = ${projectKey} AND key in (${keys.join(', ')}) ORDER BY key ASC`;
}
