// The issue view: the issue's fields as the signed-in user sees them, and every jira:issuePanel module below.
import type { JiraIssue } from '../jira-reads';
import type { UiModule } from '../manifest-surfaces';
import { searchUrl } from '../page-urls';
import { adfParagraphs } from './adf-text';
import { forgeFrame, newFrameIdentity } from './forge-frame';
import { html } from './html';
import type { Html } from './html';

/** Shown in their own places, or (like Jira's issue view) not at all. */
const SHOWN = new Set(['summary', 'issuetype', 'status', 'priority', 'assignee', 'reporter', 'duedate', 'labels', 'created', 'updated', 'project', 'description', 'creator', 'statuscategorychangedate', 'lastViewed', 'watches', 'votes']);

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

function display(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(DATE_TIME, '$1 $2');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(display).join(', ');
  if (typeof value === 'object') {
    const link = issueLinkText(value as Record<string, unknown>);
    if (link !== undefined) return link;
    for (const key of ['displayName', 'name', 'value', 'key']) {
      const inner = (value as Record<string, unknown>)[key];
      if (typeof inner === 'string') return inner;
    }
    return JSON.stringify(value);
  }
  return '';
}

/** An issue link as Jira shows it: "is corrected by ISMS-12" (the link type's direction, then the other issue). */
function issueLinkText(value: Record<string, unknown>): string | undefined {
  const type = value.type as { inward?: unknown; outward?: unknown } | undefined;
  if (type === undefined || typeof type !== 'object') return undefined;
  const outward = value.outwardIssue as { key?: unknown } | undefined;
  const inward = value.inwardIssue as { key?: unknown } | undefined;
  if (typeof outward?.key === 'string' && typeof type.outward === 'string') return `${type.outward} ${outward.key}`;
  if (typeof inward?.key === 'string' && typeof type.inward === 'string') return `${type.inward} ${inward.key}`;
  return undefined;
}

function detail(label: string, value: Html | string): Html {
  return html`<dt>${label}</dt><dd>${value === '' ? html`<span class="muted">None</span>` : value}</dd>`;
}

export function issueBody(issue: JiraIssue, panels: readonly UiModule[], accountId: string): Html {
  const fields = issue.fields;
  const otherFields = Object.entries(fields).filter(([id, value]) => !SHOWN.has(id) && display(value) !== '');
  const description = adfParagraphs(fields.description);
  return html`<p class="breadcrumbs"><a href="${searchUrl(`project = ${fields.project?.key ?? ''}`)}">${fields.project?.name ?? fields.project?.key ?? ''}</a> / ${issue.key}</p>
    <div class="issue-layout">
      <article class="issue-main">
        <h1 data-testid="issue-summary">${fields.summary ?? ''}</h1>
        <h3>Description</h3>
        ${description.length === 0 ? html`<p class="muted">Add a description…</p>` : description.map((line) => html`<p>${line}</p>`)}
        ${panels.map((module) => html`<section class="issue-panel"><h3>${module.title}</h3>${forgeFrame(module, newFrameIdentity(module, accountId, { issueKey: issue.key }), { minHeight: 120 })}</section>`)}
      </article>
      <aside class="issue-details">
        <p><span class="lozenge lozenge-${fields.status?.statusCategory?.key ?? 'new'}" data-testid="issue-status">${fields.status?.name ?? ''}</span></p>
        <dl>
          ${detail('Type', fields.issuetype?.name ?? '')}
          ${detail('Assignee', fields.assignee?.displayName ?? '')}
          ${detail('Reporter', fields.reporter?.displayName ?? '')}
          ${detail('Priority', fields.priority?.name ?? '')}
          ${detail('Due date', fields.duedate ?? '')}
          ${detail('Labels', (fields.labels ?? []).join(', '))}
          ${otherFields.map(([id, value]) => detail(issue.names?.[id] ?? id, display(value)))}
          ${detail('Created', display(fields.created))}
          ${detail('Updated', display(fields.updated))}
        </dl>
      </aside>
    </div>`;
}
