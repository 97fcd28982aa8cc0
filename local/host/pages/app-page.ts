// An app page (jira:adminPage, jira:globalPage, jira:projectPage, jira:projectSettingsPage) at its own URL, full width
// like Jira renders it.
import type { UiModule } from '../manifest-surfaces';
import { appPageUrl } from '../page-urls';
import { forgeFrame, newFrameIdentity } from './forge-frame';
import { html } from './html';
import type { Html } from './html';

export function appPageBody(module: UiModule, accountId: string, route: string, projectKey?: string): Html {
  const identity = newFrameIdentity(module, accountId, { route, ...(projectKey === undefined ? {} : { projectKey }) });
  const pageBase = appPageUrl(module, projectKey) ?? '';
  const project = `Projects / ${projectKey ?? ''}`;
  const where =
    module.type === 'jira:adminPage' ? 'Settings / Apps' : module.type === 'jira:projectPage' ? `${project} / Apps` : module.type === 'jira:projectSettingsPage' ? `${project} / Project settings / Apps` : 'Apps';
  return html`<p class="breadcrumbs">${where} / ${module.title}</p>
    <div class="app-page">${forgeFrame(module, identity, { pageBase, minHeight: 480 })}</div>`;
}

export function messageBody(title: string, message: string): Html {
  return html`<div class="empty-state"><h1>${title}</h1><p>${message}</p></div>`;
}
