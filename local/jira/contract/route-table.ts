// Method + path template → operationId and OAuth scopes, built from the OpenAPI document, with a matcher that
// prefers literal segments over parameters (/issue/bulkfetch wins over /issue/{issueIdOrKey}).
import { isJsonObject, type OpenApiDocument } from './openapi-document';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export const httpMethods: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE'];

export interface RouteEntry {
  readonly method: HttpMethod;
  readonly template: string;
  readonly operationId: string;
  /** `x-atlassian-oauth2-scopes` groups (Current = classic scopes, Beta = granular); any one group satisfies. */
  readonly scopeGroups: readonly (readonly string[])[];
  readonly deprecated: boolean;
}

export interface RouteMatch {
  readonly entry: RouteEntry;
  readonly params: Readonly<Record<string, string>>;
}

interface CompiledRoute {
  readonly entry: RouteEntry;
  readonly segments: readonly { readonly literal?: string; readonly param?: string }[];
  readonly literalCount: number;
}

export function routeKey(method: string, template: string): string {
  return `${method} ${template}`;
}

function scopeGroupsOf(operation: Record<string, unknown>): string[][] {
  const raw = operation['x-atlassian-oauth2-scopes'];
  if (!Array.isArray(raw)) return [[]];
  const groups: string[][] = [];
  for (const group of raw) {
    if (!isJsonObject(group) || !Array.isArray(group.scopes)) continue;
    groups.push(group.scopes.filter((scope): scope is string => typeof scope === 'string'));
  }
  return groups.length > 0 ? groups : [[]];
}

export function routeEntriesFromDocument(document: OpenApiDocument): RouteEntry[] {
  const entries: RouteEntry[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const method of httpMethods) {
      const operation = item[method.toLowerCase()];
      if (!isJsonObject(operation) || typeof operation.operationId !== 'string') continue;
      entries.push({
        method,
        template,
        operationId: operation.operationId,
        scopeGroups: scopeGroupsOf(operation),
        deprecated: operation.deprecated === true,
      });
    }
  }
  return entries;
}

export class RouteTable {
  private readonly buckets = new Map<string, CompiledRoute[]>();
  private readonly byKey = new Map<string, RouteEntry>();

  constructor(entries: readonly RouteEntry[]) {
    for (const entry of entries) {
      const segments = entry.template.split('/').slice(1).map((segment) => {
        const param = /^\{([^}]+)\}$/.exec(segment)?.[1];
        return param === undefined ? { literal: segment } : { param };
      });
      const compiled: CompiledRoute = { entry, segments, literalCount: segments.filter((s) => s.literal !== undefined).length };
      const bucketKey = `${entry.method} ${segments.length}`;
      const bucket = this.buckets.get(bucketKey) ?? [];
      bucket.push(compiled);
      this.buckets.set(bucketKey, bucket);
      this.byKey.set(routeKey(entry.method, entry.template), entry);
    }
    for (const bucket of this.buckets.values()) bucket.sort((a, b) => b.literalCount - a.literalCount);
  }

  get size(): number {
    return this.byKey.size;
  }

  entry(method: string, template: string): RouteEntry | undefined {
    return this.byKey.get(routeKey(method, template));
  }

  entries(): IterableIterator<RouteEntry> {
    return this.byKey.values();
  }

  /** Matches a request path (no query string, still percent-encoded). */
  match(method: string, pathname: string): RouteMatch | undefined {
    const parts = pathname.replace(/\/+$/, '').split('/').slice(1);
    const bucket = this.buckets.get(`${method} ${parts.length}`);
    if (bucket === undefined) return undefined;
    for (const candidate of bucket) {
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < parts.length && ok; i += 1) {
        const segment = candidate.segments[i];
        const part = parts[i] ?? '';
        if (segment === undefined) ok = false;
        else if (segment.literal !== undefined) ok = segment.literal === part;
        else if (segment.param !== undefined && part !== '') params[segment.param] = safeDecode(part);
        else ok = false;
      }
      if (ok) return { entry: candidate.entry, params };
    }
    return undefined;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Whether the app's manifest scopes satisfy at least one of the operation's scope groups. */
export function scopesSatisfied(entry: RouteEntry, grantedScopes: ReadonlySet<string>): boolean {
  return entry.scopeGroups.some((group) => group.every((scope) => grantedScopes.has(scope)));
}
