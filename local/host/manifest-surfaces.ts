// Which Custom UI surfaces the manifest declares: every UI module the bridge host can render, with its resource
// folder(s) on disk. Read once at start; the manifest is the only source of truth for module keys and resources.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { parse } from 'yaml';
import { z } from 'zod';

export const UI_MODULE_TYPES = ['jira:adminPage', 'jira:projectPage', 'jira:projectSettingsPage', 'jira:globalPage', 'jira:dashboardGadget', 'jira:issuePanel'] as const;
export type UiModuleType = (typeof UI_MODULE_TYPES)[number];

export interface UiModule {
  readonly type: UiModuleType;
  readonly key: string;
  readonly title: string;
  /** Resource key of the main (view) surface. */
  readonly resource: string;
  /** Resource key of a dashboard gadget's edit surface, when it has one. */
  readonly editResource?: string;
  /** Dashboard gadgets: false means the app handles JIRA_DASHBOARD_GADGET_REFRESH itself. */
  readonly refreshable: boolean;
  readonly description?: string;
  /** App pages: the sub-pages (`pages`) Jira lists in its navigation; the app routes them (view.createHistory). */
  readonly subPages: readonly SubPage[];
}

export interface SubPage {
  readonly title: string;
  readonly route: string;
}

export interface ResourceFolder {
  readonly key: string;
  /** Absolute path of the built folder (e.g. /repo/static/admin/dist). */
  readonly dir: string;
}

export interface AppSurfaces {
  readonly appId: string;
  readonly modules: readonly UiModule[];
  readonly resources: ReadonlyMap<string, ResourceFolder>;
  /** The CSP the manifest allows: `permissions.content.styles` / `.scripts` may hold 'unsafe-inline'. */
  readonly allowInlineStyles: boolean;
  readonly allowInlineScripts: boolean;
}

const titleSchema = z.union([z.string(), z.object({ i18n: z.string() }).transform((title) => title.i18n)]);

const moduleSchema = z.object({
  key: z.string(),
  title: titleSchema.optional(),
  description: titleSchema.optional(),
  resource: z.string().optional(),
  edit: z.object({ resource: z.string().optional() }).optional(),
  refreshable: z.boolean().optional(),
  pages: z.array(z.object({ title: titleSchema, route: z.string() })).optional(),
});

const manifestSchema = z.object({
  app: z.object({ id: z.string() }),
  modules: z.record(z.string(), z.array(z.unknown())).optional(),
  resources: z.array(z.object({ key: z.string(), path: z.string() })).optional(),
  permissions: z
    .object({
      content: z.object({ styles: z.array(z.string()).optional(), scripts: z.array(z.string()).optional() }).optional(),
    })
    .optional(),
});

function isUiModuleType(type: string): type is UiModuleType {
  return (UI_MODULE_TYPES as readonly string[]).includes(type);
}

export function readAppSurfaces(manifestPath: string): AppSurfaces {
  const manifest = manifestSchema.parse(parse(readFileSync(manifestPath, 'utf8')));
  const appRoot = dirname(resolve(manifestPath));
  const modules: UiModule[] = [];
  for (const [type, entries] of Object.entries(manifest.modules ?? {})) {
    if (!isUiModuleType(type)) continue;
    for (const entry of entries) {
      const parsed = moduleSchema.parse(entry);
      if (parsed.resource === undefined) continue; // UI Kit or native render: nothing the bridge host serves
      modules.push({
        type,
        key: parsed.key,
        title: parsed.title ?? parsed.key,
        resource: parsed.resource,
        ...(parsed.edit?.resource === undefined ? {} : { editResource: parsed.edit.resource }),
        refreshable: parsed.refreshable ?? true,
        ...(parsed.description === undefined ? {} : { description: parsed.description }),
        subPages: parsed.pages ?? [],
      });
    }
  }
  const resources = new Map<string, ResourceFolder>();
  for (const resource of manifest.resources ?? []) {
    resources.set(resource.key, { key: resource.key, dir: resolve(appRoot, resource.path) });
  }
  const content = manifest.permissions?.content;
  return {
    appId: manifest.app.id,
    modules,
    resources,
    allowInlineStyles: content?.styles?.includes('unsafe-inline') ?? false,
    allowInlineScripts: content?.scripts?.includes('unsafe-inline') ?? false,
  };
}

export function modulesOfType(surfaces: AppSurfaces, type: UiModuleType): readonly UiModule[] {
  return surfaces.modules.filter((module) => module.type === type);
}

export function findModule(surfaces: AppSurfaces, key: string): UiModule | undefined {
  return surfaces.modules.find((module) => module.key === key);
}
