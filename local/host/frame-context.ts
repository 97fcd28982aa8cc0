// view.getContext() for a frame: the FullContext shape @forge/bridge declares, with the extension object Jira gives
// each module type. Issue and project facts are read from the stand-in as the signed-in user.
import { z } from 'zod';

import type { FrameIdentity } from './frame-identity';
import type { HostState } from './host-state';
import { jiraJson } from './jira-client';
import type { JiraCaller } from './jira-client';
import type { UiModule } from './manifest-surfaces';

export type ColorMode = 'light' | 'dark';

export interface SiteFacts {
  readonly appId: string;
  readonly cloudId: string;
  readonly siteUrl: string;
  readonly environmentId: string;
  readonly locale: string;
  readonly timezone: string;
}

export interface ContextPorts {
  readonly site: SiteFacts;
  readonly jira: JiraCaller;
  readonly state: HostState;
}

const projectSchema = z.object({ id: z.string(), key: z.string(), projectTypeKey: z.string().optional() });
const issueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    issuetype: z.object({ id: z.string(), name: z.string() }).optional(),
    project: projectSchema.optional(),
  }),
});

export class FrameContextError extends Error {
  override readonly name = 'FrameContextError';
}

/** The theme state Jira reports in `context.theme` (and applies when the app calls view.theme.enable()). */
export function themeState(colorMode: ColorMode): Record<string, string> {
  return { colorMode, dark: 'dark', light: 'light', spacing: 'spacing', typography: 'typography-adg3', shape: 'shape' };
}

/** `ari:cloud:ecosystem::app/<uuid>` + environment + module → the extension ARI Jira uses as localId. */
export function localIdOf(site: SiteFacts, moduleKey: string): string {
  const appUuid = site.appId.split('/').pop() ?? site.appId;
  return `ari:cloud:ecosystem::extension/${appUuid}/${site.environmentId}/static/${moduleKey}`;
}

export async function buildExtension(module: UiModule, frame: FrameIdentity, ports: ContextPorts): Promise<Record<string, unknown>> {
  const principal = `user:${frame.accountId}` as const;
  switch (module.type) {
    case 'jira:adminPage':
    case 'jira:globalPage':
      return { type: module.type };
    case 'jira:projectPage':
    case 'jira:projectSettingsPage': {
      if (frame.projectKey === undefined) throw new FrameContextError('A project page frame needs a project key.');
      const path = `/rest/api/3/project/${encodeURIComponent(frame.projectKey)}`;
      const project = await jiraJson(ports.jira, principal, { path }, projectSchema);
      if (!project.ok) throw new FrameContextError(`Project ${frame.projectKey}: ${project.messages.join(' ')}`);
      return { type: module.type, project: { id: project.value.id, key: project.value.key, type: project.value.projectTypeKey ?? 'software' } };
    }
    case 'jira:issuePanel': {
      if (frame.issueKey === undefined) throw new FrameContextError('An issue panel frame needs an issue key.');
      const path = `/rest/api/3/issue/${encodeURIComponent(frame.issueKey)}?fields=issuetype,project`;
      const issue = await jiraJson(ports.jira, principal, { path }, issueSchema);
      if (!issue.ok) throw new FrameContextError(`Issue ${frame.issueKey}: ${issue.messages.join(' ')}`);
      const { issuetype, project } = issue.value.fields;
      return {
        type: module.type,
        issue: { id: issue.value.id, key: issue.value.key, type: issuetype?.name ?? '', typeId: issuetype?.id ?? '' },
        project: { id: project?.id ?? '', key: project?.key ?? '', type: project?.projectTypeKey ?? 'software' },
      };
    }
    case 'jira:dashboardGadget': {
      const gadget = frame.gadgetId === undefined ? undefined : ports.state.gadget(frame.gadgetId);
      if (gadget === undefined) throw new FrameContextError('This gadget is not on the dashboard any more.');
      return {
        type: module.type,
        gadgetConfiguration: gadget.configuration ?? {},
        ...(frame.entryPoint === undefined ? {} : { entryPoint: frame.entryPoint }),
        gadget: { id: gadget.id },
        dashboard: { id: frame.dashboardId ?? '' },
      };
    }
  }
}

export async function buildFullContext(
  module: UiModule,
  frame: FrameIdentity,
  colorMode: ColorMode,
  ports: ContextPorts,
): Promise<Record<string, unknown>> {
  const { site } = ports;
  return {
    accountId: frame.accountId,
    cloudId: site.cloudId,
    extension: await buildExtension(module, frame, ports),
    environmentId: site.environmentId,
    environmentType: 'DEVELOPMENT',
    localId: localIdOf(site, module.key),
    locale: site.locale,
    moduleKey: module.key,
    siteUrl: site.siteUrl,
    timezone: site.timezone,
    theme: themeState(colorMode),
    surfaceColor: null,
  };
}
