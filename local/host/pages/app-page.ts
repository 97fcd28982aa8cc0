// An app page (jira:adminPage, jira:globalPage, jira:projectPage, jira:projectSettingsPage) at its own URL, full width
// like Jira renders it.
import type { SubPage, UiModule } from '../manifest-surfaces';
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
  const frame = forgeFrame(module, identity, { pageBase, minHeight: 480 });
  if (module.subPages.length === 0) {
    return html`<p class="breadcrumbs">${where} / ${module.title}</p>
    <div class="app-page">${frame}</div>`;
  }
  const current = currentSubPage(module.subPages, route);
  return html`<p class="breadcrumbs">${where} / ${module.title} / ${current.title}</p>
    <div class="app-page app-page--with-subpages">${subPageNav(module, current, projectKey)}<div class="app-page-main">${frame}</div></div>`;
}

/** Which sub-page a route opens: its first segment, or the first sub-page (Jira opens the page at its first entry). */
function currentSubPage(subPages: readonly SubPage[], route: string): SubPage {
  const first = route.split('/').find((segment) => segment !== '') ?? '';
  const [firstPage] = subPages;
  return subPages.find((page) => page.route === first) ?? firstPage ?? { title: '', route: '' };
}

/** The sub-page links Jira shows beside the page; the host page moves aria-current as the app routes. */
function subPageNav(module: UiModule, current: SubPage, projectKey?: string): Html {
  const links = module.subPages.map(
    (page) => html`<li><a href="${appPageUrl(module, projectKey, page.route) ?? '#'}" data-route="${page.route}"${page.route === current.route ? html` aria-current="page"` : html``}>${page.title}</a></li>`,
  );
  return html`<nav class="subpage-nav" aria-label="${module.title}"><ul>${links}</ul></nav>`;
}

export function messageBody(title: string, message: string): Html {
  return html`<div class="empty-state"><h1>${title}</h1><p>${message}</p></div>`;
}
