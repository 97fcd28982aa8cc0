// Makes the OpenAPI document's schemas digestible by AJV without weakening them:
// - drops keys beside `$ref` (the document has `$ref` + `description`; OpenAPI 3.0 ignores such siblings anyway);
// - drops `additionalProperties: false` on schemas that have anyOf/oneOf but no `properties` (JqlQueryClause,
//   CustomFieldContextDefaultValue, WorkflowCondition): as written they would reject every key, a document bug;
// - drops `nullable` where there is no `type` (AJV requires the pair);
// - rewrites local refs (`#/components/...`) to the id the document is registered under.
import { isJsonObject } from './openapi-document';

export const documentSchemaId = 'jira-openapi';

export function prepareSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prepareSchema);
  if (!isJsonObject(value)) return value;
  if (typeof value.$ref === 'string') return { $ref: rewriteRef(value.$ref) };
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = prepareSchema(child);
  }
  const hasBranches = Array.isArray(out.anyOf) || Array.isArray(out.oneOf);
  if (out.additionalProperties === false && hasBranches && out.properties === undefined) delete out.additionalProperties;
  if (out.nullable === true && out.type === undefined) delete out.nullable;
  return out;
}

function rewriteRef(ref: string): string {
  return ref.startsWith('#/') ? `${documentSchemaId}${ref}` : ref;
}

/**
 * Places where Jira Cloud answers `null` but the document declares a plain string: the changelog's from/to values
 * (`"from": null` for custom fields and for fields that had no value). Marked nullable so real answers validate;
 * nothing else is loosened.
 */
const knownNullable: Readonly<Record<string, readonly string[]>> = {
  ChangeDetails: ['from', 'fromString', 'to', 'toString'],
};

export function patchKnownDocumentGaps(schemas: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const patched: Record<string, unknown> = { ...schemas };
  for (const [schemaName, propertyNames] of Object.entries(knownNullable)) {
    const schema = patched[schemaName];
    if (!isJsonObject(schema) || !isJsonObject(schema.properties)) continue;
    const properties: Record<string, unknown> = { ...schema.properties };
    for (const name of propertyNames) {
      const property = properties[name];
      if (isJsonObject(property)) properties[name] = { ...property, nullable: true };
    }
    patched[schemaName] = { ...schema, properties };
  }
  return patched;
}
