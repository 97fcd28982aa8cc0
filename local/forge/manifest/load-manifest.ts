// Reads the parts of manifest.yml the runtime host needs. Module entries keep their raw fields; each consumer
// parses the fields it uses (module-lookup.ts). The full schema is validated elsewhere (@forge/manifest).
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ManifestEntity } from '../kvs/entity-schema';

const attributeType = z.enum(['string', 'boolean', 'float', 'integer', 'any']);
const entitySchema = z.object({
  name: z.string(),
  attributes: z.record(z.string(), z.object({ type: attributeType })),
  indexes: z
    .array(
      z.union([
        z.string(),
        z.object({ name: z.string(), range: z.array(z.string()).min(1), partition: z.array(z.string()).optional() }),
      ]),
    )
    .optional(),
});
const egressEntry = z.union([z.string(), z.object({ address: z.string() }), z.object({ remote: z.string() })]);
const moduleEntry = z.looseObject({ key: z.string() });
const functionEntry = z.looseObject({ key: z.string(), handler: z.string(), timeoutSeconds: z.number().optional() });

const manifestSchema = z.object({
  app: z.object({
    id: z.string().startsWith('ari:cloud:ecosystem::app/'),
    licensing: z.object({ enabled: z.boolean() }).optional(),
    storage: z.object({ entities: z.array(entitySchema).optional() }).optional(),
  }),
  permissions: z
    .object({
      scopes: z.array(z.string()).optional(),
      external: z.looseObject({ fetch: z.object({ backend: z.array(egressEntry).optional() }).optional() }).optional(),
    })
    .optional(),
  remotes: z.array(z.looseObject({ key: z.string(), baseUrl: z.string().optional() })).optional(),
  modules: z.record(z.string(), z.array(z.unknown())).optional(),
});

export interface ManifestModule {
  readonly type: string;
  readonly key: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

export interface ManifestFunction {
  readonly key: string;
  readonly handler: string;
  readonly timeoutSeconds?: number;
}

export interface LoadedManifest {
  readonly appId: string;
  readonly appDir: string;
  readonly licensed: boolean;
  readonly scopes: readonly string[];
  readonly external: Readonly<Record<string, unknown>>;
  /** permissions.external.fetch.backend, with `{ remote }` entries resolved to the remote's baseUrl. */
  readonly egressBackend: readonly string[];
  readonly entities: readonly ManifestEntity[];
  readonly modules: readonly ManifestModule[];
  readonly functions: ReadonlyMap<string, ManifestFunction>;
}

export function loadManifest(manifestPath: string): LoadedManifest {
  const parsed = manifestSchema.parse(parse(readFileSync(manifestPath, 'utf8')));
  const remotes = new Map((parsed.remotes ?? []).map((r) => [r.key, r.baseUrl] as const));
  const egressBackend = (parsed.permissions?.external?.fetch?.backend ?? []).flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    if ('address' in entry) return [entry.address];
    const baseUrl = remotes.get(entry.remote);
    return baseUrl === undefined ? [] : [baseUrl];
  });
  const modules: ManifestModule[] = [];
  const functions = new Map<string, ManifestFunction>();
  for (const [type, entries] of Object.entries(parsed.modules ?? {})) {
    for (const entry of entries) {
      if (type === 'function') {
        const fn = functionEntry.parse(entry);
        functions.set(fn.key, fn);
      } else {
        const module = moduleEntry.parse(entry);
        modules.push({ type, key: module.key, fields: module });
      }
    }
  }
  return {
    appId: parsed.app.id,
    appDir: dirname(manifestPath),
    licensed: parsed.app.licensing?.enabled ?? false,
    scopes: parsed.permissions?.scopes ?? [],
    external: parsed.permissions?.external ?? {},
    egressBackend,
    entities: parsed.app.storage?.entities ?? [],
    modules,
    functions,
  };
}
