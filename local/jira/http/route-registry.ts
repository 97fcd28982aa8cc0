// Joins the stand-in's route definitions with the OpenAPI route table: the document decides matching, operationIds
// and scopes; without the document the stand-in falls back (loudly) to the scopes its routes declare.
import { loadOpenApiDocumentCached } from '../contract/openapi-document';
import { RouteTable, routeEntriesFromDocument, routeKey, type RouteEntry } from '../contract/route-table';
import type { RouteDefinition, RouteHandler } from './stand-in-request';

export interface RouteRegistry {
  readonly table: RouteTable;
  readonly handlers: ReadonlyMap<string, RouteHandler>;
  readonly fromDocument: boolean;
}

export function buildRouteRegistry(definitions: readonly RouteDefinition[], specPath: string): RouteRegistry {
  const handlers = new Map<string, RouteHandler>();
  for (const definition of definitions) handlers.set(routeKey(definition.method, definition.template), definition.handler);
  const document = loadOpenApiDocumentCached(specPath);
  if (document === undefined) {
    console.warn(
      `[jira stand-in] WARNING: Jira's OpenAPI document is missing at ${specPath} (set JIRA_OPENAPI_SPEC). ` +
        'Scopes fall back to the ones declared by local/jira/routes, and routes Jira has but the stand-in lacks answer a plain 404.',
    );
    const entries: RouteEntry[] = definitions.map((definition) => ({
      method: definition.method,
      template: definition.template,
      operationId: definition.operationId,
      scopeGroups: [definition.scopes],
      deprecated: false,
    }));
    return { table: new RouteTable(entries), handlers, fromDocument: false };
  }
  const table = new RouteTable(routeEntriesFromDocument(document));
  for (const definition of definitions) {
    const entry = table.entry(definition.method, definition.template);
    if (entry === undefined) console.warn(`[jira stand-in] ${definition.method} ${definition.template} is not an operation of Jira's OpenAPI document`);
    else if (entry.operationId !== definition.operationId) console.warn(`[jira stand-in] ${definition.method} ${definition.template} is ${entry.operationId} in the document, not ${definition.operationId}`);
  }
  return { table, handlers, fromDocument: true };
}
