// Renders one host page for the signed-in user: dashboard, app page, issue view or issue search.
import type { ColorMode } from './frame-context';
import type { HostState } from './host-state';
import { DEMO_DASHBOARD_ID } from './host-state';
import type { JiraCaller } from './jira-client';
import { jiraReads } from './jira-reads';
import type { AppSurfaces } from './manifest-surfaces';
import { findModule, modulesOfType } from './manifest-surfaces';
import { isProjectModule } from './page-urls';
import type { PageRoute } from './page-urls';
import { appPageBody, messageBody } from './pages/app-page';
import { dashboardBody } from './pages/dashboard-page';
import type { ProjectCount } from './pages/dashboard-page';
import type { Html } from './pages/html';
import { issueBody } from './pages/issue-page';
import { layout } from './pages/layout';
import type { HostUser, NavProject, NavSection } from './pages/layout';
import { searchBody } from './pages/search-page';

export interface PagePorts {
  readonly surfaces: AppSurfaces;
  readonly state: HostState;
  readonly jira: JiraCaller;
  readonly users: readonly HostUser[];
}

export interface PageRequest {
  readonly route: PageRoute;
  readonly query: URLSearchParams;
  readonly user: HostUser;
  readonly colorMode: ColorMode;
}

export interface RenderedPage {
  readonly status: number;
  readonly html: string;
}

interface Body {
  readonly status: number;
  readonly title: string;
  readonly section: NavSection;
  readonly body: Html;
}

async function projectCounts(reads: ReturnType<typeof jiraReads>, projects: readonly NavProject[]): Promise<ProjectCount[]> {
  return Promise.all(
    projects.map(async (project) => ({
      key: project.key,
      name: project.name,
      total: await reads.count(`project = "${project.key}"`),
      unresolved: await reads.count(`project = "${project.key}" AND statusCategory != Done`),
    })),
  );
}

async function pageBody(request: PageRequest, ports: PagePorts, projects: readonly NavProject[]): Promise<Body> {
  const { route, user } = request;
  const reads = jiraReads(ports.jira, user.accountId);
  switch (route.page) {
    case 'dashboard': {
      const modules = modulesOfType(ports.surfaces, 'jira:dashboardGadget');
      const instances = ports.state.dashboardGadgets(modules.map((module) => module.key));
      const gadgets = instances.flatMap((instance) => {
        const module = modules.find((candidate) => candidate.key === instance.moduleKey);
        return module === undefined ? [] : [{ module, instance }];
      });
      const counts = gadgets.length === 0 ? await projectCounts(reads, projects) : [];
      return { status: 200, title: 'Dashboard', section: 'dashboard', body: dashboardBody({ dashboardId: route.dashboardId || DEMO_DASHBOARD_ID, accountId: user.accountId, gadgets, counts }) };
    }
    case 'search': {
      const jql = request.query.get('jql');
      const pageToken = request.query.get('page') ?? undefined;
      if (jql === null) return { status: 200, title: 'Search issues', section: 'issues', body: searchBody({ jql: '' }) };
      const result = await reads.search(jql, pageToken);
      return { status: 200, title: 'Search issues', section: 'issues', body: searchBody({ jql, result, ...(pageToken === undefined ? {} : { pageToken }) }) };
    }
    case 'issue': {
      const issue = await reads.issue(route.issueKey);
      if (!issue.ok) {
        const message = issue.status === 404 ? 'This issue does not exist, or you do not have permission to see it.' : issue.messages.join(' ');
        return { status: issue.status, title: route.issueKey, section: 'issues', body: messageBody(`${route.issueKey} is not available`, message) };
      }
      const panels = modulesOfType(ports.surfaces, 'jira:issuePanel');
      return { status: 200, title: `[${issue.value.key}] ${issue.value.fields.summary ?? ''}`, section: 'issues', body: issueBody(issue.value, panels, user.accountId) };
    }
    case 'app': {
      const module = findModule(ports.surfaces, route.moduleKey);
      const isPage = module !== undefined && ['jira:adminPage', 'jira:globalPage', 'jira:projectPage', 'jira:projectSettingsPage'].includes(module.type);
      if (module === undefined || !isPage || isProjectModule(module) !== (route.projectKey !== undefined)) {
        return { status: 404, title: 'Not found', section: 'none', body: messageBody('Page not found', `No app page "${route.moduleKey}" at this address in manifest.yml.`) };
      }
      const section: NavSection = module.type === 'jira:adminPage' ? 'settings' : isProjectModule(module) ? 'projects' : 'apps';
      return { status: 200, title: module.title, section, body: appPageBody(module, user.accountId, route.route, route.projectKey) };
    }
  }
}

export async function renderPage(request: PageRequest, ports: PagePorts): Promise<RenderedPage> {
  const projectList = await jiraReads(ports.jira, request.user.accountId).projects();
  const projects = projectList.ok ? projectList.value.map((project) => ({ key: project.key, name: project.name })) : [];
  const body = await pageBody(request, ports, projects);
  const chrome = { title: body.title, section: body.section, users: ports.users, user: request.user, colorMode: request.colorMode, modules: ports.surfaces.modules, projects };
  return { status: body.status, html: layout(chrome, body.body) };
}

export function renderMessagePage(request: Omit<PageRequest, 'route' | 'query'>, ports: PagePorts, status: number, title: string, message: string): RenderedPage {
  const chrome = { title, section: 'none' as const, users: ports.users, user: request.user, colorMode: request.colorMode, modules: ports.surfaces.modules, projects: [] };
  return { status, html: layout(chrome, messageBody(title, message)) };
}
