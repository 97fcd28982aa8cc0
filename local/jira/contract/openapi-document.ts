// Jira's OpenAPI document, read from ../shared (never copied into the repo): where to find it and typed access to it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type JsonObject = Record<string, unknown>;

export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, JsonObject>>;
  readonly components: { readonly schemas: Readonly<Record<string, unknown>> };
  readonly info: JsonObject;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The nearest folder at or above `start` that holds a package.json (the repository root); `start` if none. */
export function findRepoRoot(start: string): string {
  let current = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(current, 'package.json'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return path.resolve(start);
    current = parent;
  }
}

/**
 * Where the document lives: `JIRA_OPENAPI_SPEC` when set, else `../shared/jira-openapi/swagger-v3.v3.json`
 * relative to the repository root found at or above `from`.
 */
export function defaultOpenApiSpecPath(from: string): string {
  const fromEnv = process.env.JIRA_OPENAPI_SPEC;
  if (fromEnv !== undefined && fromEnv !== '') return path.resolve(fromEnv);
  return path.resolve(findRepoRoot(from), '../shared/jira-openapi/swagger-v3.v3.json');
}

/** Reads and parses the document; undefined when the file is absent (callers decide how loudly to say so). */
export function loadOpenApiDocument(specPath: string): OpenApiDocument | undefined {
  if (!existsSync(specPath)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(specPath, 'utf8'));
  if (!isJsonObject(parsed) || !isJsonObject(parsed.paths) || !isJsonObject(parsed.components)) {
    throw new Error(`${specPath} is not an OpenAPI document (no paths/components)`);
  }
  const schemas = parsed.components.schemas;
  if (!isJsonObject(schemas)) throw new Error(`${specPath} has no components.schemas`);
  const paths: Record<string, JsonObject> = {};
  for (const [template, item] of Object.entries(parsed.paths)) {
    if (isJsonObject(item)) paths[template] = item;
  }
  return { paths, components: { schemas }, info: isJsonObject(parsed.info) ? parsed.info : {} };
}

const cache = new Map<string, OpenApiDocument | undefined>();

/** Same as loadOpenApiDocument, parsed once per process (the file is 2.4 MB). */
export function loadOpenApiDocumentCached(specPath: string): OpenApiDocument | undefined {
  if (!cache.has(specPath)) cache.set(specPath, loadOpenApiDocument(specPath));
  return cache.get(specPath);
}
