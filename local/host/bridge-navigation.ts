// router.navigate / router.open / router.getUrl: turns the bridge's NavigationLocation into a host URL.
import { z } from 'zod';

import { BridgeMethodError } from './bridge-method-error';
import type { AppSurfaces } from './manifest-surfaces';
import { findModule } from './manifest-surfaces';
import { appPageUrl, dashboardUrl, isProjectModule, issueUrl } from './page-urls';

export const navigatePayloadSchema = z
  .object({
    url: z.string().optional(),
    target: z.string().optional(),
    type: z.enum(['same-tab', 'new-tab']).optional(),
    issueKey: z.string().optional(),
    dashboardId: z.string().optional(),
    moduleKey: z.string().optional(),
    projectKey: z.string().optional(),
    path: z.string().optional(),
    accountId: z.string().optional(),
  })
  .loose();

function required(value: string | undefined, target: string, field: string): string {
  if (value === undefined || value === '') throw new BridgeMethodError(400, `Navigation target "${target}" needs ${field}.`);
  return value;
}

/** The host-relative (or absolute external) URL a location points at. */
export function urlOfLocation(surfaces: AppSurfaces, raw: unknown): string {
  const location = navigatePayloadSchema.parse(raw);
  if (location.url !== undefined) return location.url;
  const target = location.target ?? '';
  switch (target) {
    case 'issue':
      return issueUrl(required(location.issueKey, target, 'issueKey'));
    case 'dashboard':
      return dashboardUrl(required(location.dashboardId, target, 'dashboardId'));
    case 'userProfile':
      return `/jira/people/${encodeURIComponent(required(location.accountId, target, 'accountId'))}`;
    case 'projectSettingsDetails':
      return `/jira/projects/${encodeURIComponent(required(location.projectKey, target, 'projectKey'))}/settings/details`;
    case 'module': {
      const moduleKey = required(location.moduleKey, target, 'moduleKey');
      const module = findModule(surfaces, moduleKey);
      if (module === undefined) throw new BridgeMethodError(400, `No module "${moduleKey}" in manifest.yml.`);
      const url = appPageUrl(module, location.projectKey, location.path);
      if (url === undefined) throw new BridgeMethodError(400, `Module "${module.key}" (${module.type}) is not a page you can navigate to${isProjectModule(module) ? ' without a projectKey' : ''}.`);
      return url;
    }
    default:
      throw new BridgeMethodError(400, `Navigation target "${target}" does not exist in Jira (Confluence targets have no stand-in).`);
  }
}
