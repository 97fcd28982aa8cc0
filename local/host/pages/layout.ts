// The Jira-like frame around every host page: top navigation, user switcher, theme toggle, flag area.
import type { ColorMode } from '../frame-context';
import { DATA_THEME } from '../design-tokens';
import type { UiModule } from '../manifest-surfaces';
import { appPageUrl, dashboardUrl, searchUrl } from '../page-urls';
import { html } from './html';
import type { Html } from './html';

export interface HostUser {
  readonly accountId: string;
  readonly displayName: string;
  /** What they do in the demo organisation, shown in the user switcher. */
  readonly title?: string;
}

export interface NavProject {
  readonly key: string;
  readonly name: string;
}

export type NavSection = 'dashboard' | 'issues' | 'projects' | 'apps' | 'settings' | 'none';

export interface Chrome {
  readonly title: string;
  readonly section: NavSection;
  readonly users: readonly HostUser[];
  readonly user: HostUser;
  readonly colorMode: ColorMode;
  readonly modules: readonly UiModule[];
  readonly projects: readonly NavProject[];
}

function menu(label: string, active: boolean, items: readonly { href: string; text: string }[], empty: string): Html {
  return html`<details class="nav-menu${active ? ' active' : ''}"><summary>${label}</summary><div class="nav-menu-items">${
    items.length === 0 ? html`<span class="muted">${empty}</span>` : items.map((item) => html`<a href="${item.href}">${item.text}</a>`)
  }</div></details>`;
}

function navigation(chrome: Chrome): Html {
  const pages = (type: UiModule['type']): UiModule[] => chrome.modules.filter((module) => module.type === type);
  const projectItems = chrome.projects.flatMap((project) => [
    { href: searchUrl(`project = ${project.key} ORDER BY created DESC`), text: `${project.name} (${project.key}) — issues` },
    ...pages('jira:projectPage').map((module) => ({ href: appPageUrl(module, project.key) ?? '#', text: `${project.key} · ${module.title}` })),
    ...pages('jira:projectSettingsPage').map((module) => ({ href: appPageUrl(module, project.key) ?? '#', text: `${project.key} · Project settings · ${module.title}` })),
  ]);
  const appItems = pages('jira:globalPage').map((module) => ({ href: appPageUrl(module) ?? '#', text: module.title }));
  const settingItems = pages('jira:adminPage').map((module) => ({ href: appPageUrl(module) ?? '#', text: module.title }));
  return html`<nav class="nav">
    <a class="brand" href="/">◆ Jira <span class="muted">local</span></a>
    <a class="nav-link${chrome.section === 'dashboard' ? ' active' : ''}" href="${dashboardUrl('10000')}">Dashboards</a>
    <a class="nav-link${chrome.section === 'issues' ? ' active' : ''}" href="${searchUrl()}">Issues</a>
    ${menu('Projects', chrome.section === 'projects', projectItems, 'No projects you can browse')}
    ${menu('Apps', chrome.section === 'apps', appItems, 'No global pages in manifest yet')}
    ${menu('Settings', chrome.section === 'settings', settingItems, 'No admin pages in manifest')}
  </nav>`;
}

function userSwitcher(chrome: Chrome): Html {
  return html`<label class="user-switcher">Signed in as
    <select id="user-switcher" aria-label="Switch user">${chrome.users.map(
      (user) => html`<option value="${user.accountId}"${user.accountId === chrome.user.accountId ? html` selected` : ''}>${user.displayName}${user.title === undefined ? '' : ` — ${user.title}`}</option>`,
    )}</select></label>`;
}

export function layout(chrome: Chrome, body: Html): string {
  const nextMode = chrome.colorMode === 'dark' ? 'light' : 'dark';
  return html`<!doctype html>
<html lang="en" data-theme="${DATA_THEME}" data-color-mode="${chrome.colorMode}">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${chrome.title} - Jira (Clause9 local)</title>
  <link rel="stylesheet" href="/__host/tokens.css" />
  <link rel="stylesheet" href="/__host/host.css" />
  <script src="/__host/host-page.js" defer></script>
</head>
<body>
  <header class="top-bar">
    ${navigation(chrome)}
    <div class="top-bar-tools">
      <form class="quick-search" action="/issues" method="get"><input name="jql" placeholder="Search with JQL" aria-label="Quick JQL search" /></form>
      ${userSwitcher(chrome)}
      <button id="theme-toggle" type="button" data-next-mode="${nextMode}" aria-label="Switch to ${nextMode} theme">${chrome.colorMode === 'dark' ? '☀ Light' : '☾ Dark'}</button>
    </div>
  </header>
  <main class="page" data-account-id="${chrome.user.accountId}">${body}</main>
  <div id="flags" class="flags" aria-live="polite"></div>
</body>
</html>`.text;
}
