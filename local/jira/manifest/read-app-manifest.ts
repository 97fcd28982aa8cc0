// What the stand-in needs from manifest.yml: the app id, its scopes and its `jira:customField` modules.
import { readFileSync } from 'node:fs';

import { parse } from 'yaml';
import { z } from 'zod';

import type { SearchAlias } from '../jql/types';

export type ForgeFieldType = 'string' | 'number' | 'user' | 'group' | 'date' | 'datetime' | 'object';

export interface ManifestCustomField {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly type: ForgeFieldType;
  readonly isList: boolean;
  readonly readOnly: boolean;
  /** JSON schema of an object field, without the Forge-only keywords. */
  readonly objectSchema: Record<string, unknown> | undefined;
  readonly searchAliases: readonly SearchAlias[];
}

export interface AppManifest {
  readonly appId: string;
  readonly scopes: ReadonlySet<string>;
  readonly customFields: readonly ManifestCustomField[];
}

const text = z.union([z.string(), z.object({ i18n: z.string() }).transform((value) => value.i18n)]);

const customFieldModule = z.object({
  key: z.string(),
  name: text,
  description: text.optional(),
  type: z.enum(['string', 'number', 'user', 'group', 'date', 'datetime', 'object']),
  collection: z.enum(['list', 'none']).optional(),
  readOnly: z.boolean().optional(),
  schema: z.record(z.string(), z.unknown()).optional(),
});

const manifestSchema = z.object({
  app: z.object({ id: z.string() }),
  permissions: z.object({ scopes: z.array(z.string()).optional() }).optional(),
  modules: z.object({ 'jira:customField': z.array(customFieldModule).optional() }).loose().optional(),
});

const aliasTypes = new Set<SearchAlias['type']>(['string', 'number', 'date', 'datetime', 'user', 'group', 'text']);

function searchAliasesOf(schema: Record<string, unknown> | undefined): SearchAlias[] {
  const properties = schema?.properties;
  if (typeof properties !== 'object' || properties === null) return [];
  const aliases: SearchAlias[] = [];
  for (const [propertyName, raw] of Object.entries(properties)) {
    const property = z.object({ type: z.string().optional(), searchAlias: z.string().optional(), searchType: z.string().optional(), items: z.object({ type: z.string().optional() }).optional() }).safeParse(raw);
    if (!property.success || property.data.searchAlias === undefined) continue;
    const isArray = property.data.type === 'array';
    const base = property.data.searchType ?? (isArray ? property.data.items?.type : property.data.type) ?? 'string';
    const normalised = base === 'integer' ? 'number' : base;
    const type = aliasTypes.has(normalised as SearchAlias['type']) ? (normalised as SearchAlias['type']) : 'string';
    aliases.push({ alias: property.data.searchAlias, path: propertyName, type, isArray });
  }
  return aliases;
}

/** Removes `searchAlias`/`searchType` so AJV can validate stored object values against the rest of the schema. */
function plainSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainSchema);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key !== 'searchAlias' && key !== 'searchType') out[key] = plainSchema(child);
  }
  return out;
}

export function readAppManifest(manifestPath: string): AppManifest {
  const parsed = manifestSchema.parse(parse(readFileSync(manifestPath, 'utf8')));
  const fields = parsed.modules?.['jira:customField'] ?? [];
  return {
    appId: parsed.app.id,
    scopes: new Set(parsed.permissions?.scopes ?? []),
    customFields: fields.map((module) => ({
      key: module.key,
      name: module.name,
      description: module.description ?? '',
      type: module.type,
      isList: module.collection === 'list',
      readOnly: module.readOnly === true,
      objectSchema: module.type === 'object' && module.schema !== undefined ? (plainSchema(module.schema) as Record<string, unknown>) : undefined,
      searchAliases: module.type === 'object' ? searchAliasesOf(module.schema) : [],
    })),
  };
}

/** The UUID inside `ari:cloud:ecosystem::app/<uuid>` (used in custom field schema ARIs). */
export function appUuidOf(appId: string): string {
  return appId.split('/').pop() ?? appId;
}
