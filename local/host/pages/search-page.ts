// Issue search: the user types JQL, the host runs POST /rest/api/3/search/jql as that user and lists the results,
// or shows Jira's own 400 messages for a query it rejects.
import type { JsonResult } from '../jira-client';
import type { SearchPage } from '../jira-reads';
import { issueUrl, searchUrl } from '../page-urls';
import { html } from './html';
import type { Html } from './html';

export interface SearchView {
  readonly jql: string;
  /** Undefined before the first search. */
  readonly result?: JsonResult<SearchPage>;
  readonly pageToken?: string;
}

const EXAMPLES = [
  'project = ISMS ORDER BY duedate ASC',
  'assignee = currentUser() AND statusCategory != Done',
  'duedate < now() AND statusCategory != Done ORDER BY duedate',
  'project = ENG AND labels = security',
];

function results(view: SearchView, page: SearchPage): Html {
  if (page.issues.length === 0) return html`<p class="empty-state" data-testid="search-empty">No issues match this query.</p>`;
  const next = page.nextPageToken ?? undefined;
  return html`<table class="issue-table" data-testid="search-results">
    <thead><tr><th>Key</th><th>Summary</th><th>Type</th><th>Status</th><th>Assignee</th><th>Due date</th></tr></thead>
    <tbody>${page.issues.map(
      (issue) => html`<tr data-issue-key="${issue.key}">
        <td><a href="${issueUrl(issue.key)}">${issue.key}</a></td>
        <td>${issue.fields.summary ?? ''}</td>
        <td>${issue.fields.issuetype?.name ?? ''}</td>
        <td><span class="lozenge lozenge-${issue.fields.status?.statusCategory?.key ?? 'new'}">${issue.fields.status?.name ?? ''}</span></td>
        <td>${issue.fields.assignee?.displayName ?? html`<span class="muted">Unassigned</span>`}</td>
        <td>${issue.fields.duedate ?? ''}</td>
      </tr>`,
    )}</tbody></table>
    <p class="muted">${page.issues.length} issue${page.issues.length === 1 ? '' : 's'} on this page.
    ${next === undefined ? '' : html`<a href="${`${searchUrl(view.jql)}&page=${encodeURIComponent(next)}`}" data-testid="next-page">Next page →</a>`}</p>`;
}

export function searchBody(view: SearchView): Html {
  const result = view.result;
  return html`<h1>Search issues</h1>
    <form class="jql-form" action="/issues" method="get">
      <textarea name="jql" id="jql" rows="2" aria-label="JQL query" placeholder="project = ISMS AND statusCategory != Done">${view.jql}</textarea>
      <button type="submit" class="button-primary">Search</button>
    </form>
    <p class="muted">Try: ${EXAMPLES.map((jql, index) => html`${index === 0 ? '' : ' · '}<a href="${searchUrl(jql)}"><code>${jql}</code></a>`)}</p>
    ${result === undefined ? '' : result.ok ? results(view, result.value) : html`<div class="error-panel" role="alert" data-testid="jql-errors">
        <strong>Jira could not run this query (${result.status}).</strong>
        <ul>${result.messages.map((message) => html`<li>${message}</li>`)}</ul></div>`}`;
}
