// The dashboard: every jira:dashboardGadget in the manifest, each in a gadget card with view and edit modes,
// a saved configuration and a refresh button. With no gadgets yet, it says so and shows the site's issue counts.
import type { GadgetInstance } from '../host-state';
import type { UiModule } from '../manifest-surfaces';
import { searchUrl } from '../page-urls';
import { forgeFrame, frameSrc, newFrameIdentity } from './forge-frame';
import { html } from './html';
import type { Html } from './html';

export interface ProjectCount {
  readonly key: string;
  readonly name: string;
  /** Null when Jira would not count them for this user. */
  readonly total: number | null;
  readonly unresolved: number | null;
}

export interface DashboardView {
  readonly dashboardId: string;
  readonly accountId: string;
  readonly gadgets: readonly { readonly module: UiModule; readonly instance: GadgetInstance }[];
  readonly counts: readonly ProjectCount[];
}

function gadgetCard(view: DashboardView, module: UiModule, instance: GadgetInstance): Html {
  const base = { gadgetId: instance.id, dashboardId: view.dashboardId };
  const viewFrame = newFrameIdentity(module, view.accountId, base);
  const editFrame = newFrameIdentity(module, view.accountId, { ...base, entryPoint: 'edit' });
  const canEdit = module.editResource !== undefined;
  const startInEdit = canEdit && instance.configuration === null;
  const frame = forgeFrame(module, startInEdit ? editFrame : viewFrame, { minHeight: 160 });
  return html`<section class="gadget" data-gadget-id="${instance.id}" data-module-key="${module.key}" data-view-src="${frameSrc(module, viewFrame)}"
      data-edit-src="${canEdit ? frameSrc(module, editFrame) : ''}" data-refreshable="${String(module.refreshable)}" data-refresh-minutes="${instance.refreshMinutes ?? ''}"
      data-mode="${startInEdit ? 'edit' : 'view'}">
    <header class="gadget-header">
      <h2>${module.title}</h2>
      <span class="gadget-tools">
        ${canEdit ? html`<button type="button" class="gadget-edit" aria-label="Edit ${module.title}">Edit</button>` : ''}
        <button type="button" class="gadget-refresh" aria-label="Refresh ${module.title}">↻ Refresh</button>
      </span>
    </header>
    ${frame}
  </section>`;
}

function countsTable(counts: readonly ProjectCount[]): Html {
  const cell = (value: number | null): string => (value === null ? '—' : String(value));
  return html`<table class="issue-table"><thead><tr><th>Project</th><th>Issues</th><th>Unresolved</th></tr></thead><tbody>${counts.map(
    (count) => html`<tr><td><a href="${searchUrl(`project = ${count.key} ORDER BY created DESC`)}">${count.name} (${count.key})</a></td>
      <td data-testid="count-${count.key}">${cell(count.total)}</td><td>${cell(count.unresolved)}</td></tr>`,
  )}</tbody></table>`;
}

export function dashboardBody(view: DashboardView): Html {
  if (view.gadgets.length === 0) {
    return html`<h1>Clause9 dashboard</h1>
      <div class="empty-state" data-testid="no-gadgets">
        <h2>No gadgets in manifest yet</h2>
        <p>When manifest.yml declares <code>jira:dashboardGadget</code> modules, they appear here in view and edit modes.
        Meanwhile, this is what the site holds for you:</p>
        ${view.counts.length === 0 ? html`<p class="muted">You cannot browse any project.</p>` : countsTable(view.counts)}
      </div>`;
  }
  return html`<h1>Clause9 dashboard</h1><div class="gadget-grid">${view.gadgets.map(({ module, instance }) => gadgetCard(view, module, instance))}</div>`;
}
