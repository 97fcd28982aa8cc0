// The host's Jira-like URLs, in one place: pages link to each other and router.navigate() resolves targets here.
import type { UiModule } from './manifest-surfaces';

export const DASHBOARD_PATH = '/jira/dashboards';

export function dashboardUrl(dashboardId: string): string {
  return `${DASHBOARD_PATH}/${encodeURIComponent(dashboardId)}`;
}

export function issueUrl(issueKey: string): string {
  return `/browse/${encodeURIComponent(issueKey)}`;
}

export function searchUrl(jql?: string): string {
  return jql === undefined ? '/issues' : `/issues?jql=${encodeURIComponent(jql)}`;
}

/** Where an app page lives; project pages and project settings pages need the project they are opened in. */

export function isProjectModule(module: UiModule): boolean {
  return module.type === 'jira:projectPage' || module.type === 'jira:projectSettingsPage';
}

export function appPageUrl(module: UiModule, projectKey?: string, route?: string): string | undefined {
  const tail = route === undefined || route === '' || route === '/' ? '' : `/${route.replace(/^\/+/, '')}`;
  const key = encodeURIComponent(module.key);
  switch (module.type) {
    case 'jira:adminPage':
      return `/jira/settings/apps/${key}${tail}`;
    case 'jira:globalPage':
      return `/jira/apps/${key}${tail}`;
    case 'jira:projectPage':
      return projectKey === undefined ? undefined : `/jira/projects/${encodeURIComponent(projectKey)}/apps/${key}${tail}`;
    case 'jira:projectSettingsPage':
      return projectKey === undefined ? undefined : `/jira/projects/${encodeURIComponent(projectKey)}/settings/apps/${key}${tail}`;
    case 'jira:dashboardGadget':
    case 'jira:issuePanel':
      return undefined;
  }
}

export type PageRoute =
  | { readonly page: 'dashboard'; readonly dashboardId: string }
  | { readonly page: 'issue'; readonly issueKey: string }
  | { readonly page: 'search' }
  | { readonly page: 'app'; readonly moduleKey: string; readonly projectKey?: string; readonly route: string };

/** Parses a request path into a host page, or undefined for anything else. */
export function matchPage(pathname: string): PageRoute | undefined {
  const segments = pathname.split('/').filter((segment) => segment !== '').map(decodeURIComponent);
  const [first, second, third, fourth, fifth] = segments;
  if (segments.length === 0) return { page: 'dashboard', dashboardId: '10000' };
  if (first === 'browse' && second !== undefined && segments.length === 2) return { page: 'issue', issueKey: second };
  if (first === 'issues' && segments.length === 1) return { page: 'search' };
  if (first !== 'jira') return undefined;
  if (second === 'dashboards') return { page: 'dashboard', dashboardId: third ?? '10000' };
  if (second === 'settings' && third === 'apps' && fourth !== undefined) {
    return { page: 'app', moduleKey: fourth, route: segments.slice(4).join('/') };
  }
  if (second === 'apps' && third !== undefined) return { page: 'app', moduleKey: third, route: segments.slice(3).join('/') };
  if (second === 'projects' && third !== undefined && fourth === 'apps' && fifth !== undefined) {
    return { page: 'app', moduleKey: fifth, projectKey: third, route: segments.slice(5).join('/') };
  }
  const sixth = segments[5];
  if (second === 'projects' && third !== undefined && fourth === 'settings' && fifth === 'apps' && sixth !== undefined) {
    return { page: 'app', moduleKey: sixth, projectKey: third, route: segments.slice(6).join('/') };
  }
  return undefined;
}
