// Checks a request's query string against an operation's declared query parameters: required ones present,
// integers are integers, booleans are booleans, enums hold. Undeclared parameters are ignored (Jira ignores them).
import { isJsonObject, type JsonObject } from './openapi-document';

export function validateQueryParameters(operation: JsonObject, query: Readonly<Record<string, readonly string[]>>): string[] {
  const problems: string[] = [];
  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  for (const parameter of parameters) {
    if (!isJsonObject(parameter) || parameter.in !== 'query' || typeof parameter.name !== 'string') continue;
    const values = query[parameter.name];
    if (values === undefined || values.length === 0) {
      if (parameter.required === true) problems.push(`query parameter '${parameter.name}' is required`);
      continue;
    }
    const schema = isJsonObject(parameter.schema) ? parameter.schema : {};
    const isArray = schema.type === 'array';
    const itemSchema = isArray && isJsonObject(schema.items) ? schema.items : schema;
    const items = isArray ? values.flatMap((value) => value.split(',')) : values.slice(-1);
    for (const item of items) {
      const problem = checkScalar(item, itemSchema);
      if (problem !== undefined) problems.push(`query parameter '${parameter.name}' ${problem}`);
    }
  }
  return problems;
}

function checkScalar(raw: string, schema: JsonObject): string | undefined {
  if (schema.type === 'integer' && !/^-?\d+$/.test(raw)) return `must be an integer, got '${raw}'`;
  if (schema.type === 'number' && Number.isNaN(Number(raw))) return `must be a number, got '${raw}'`;
  if (schema.type === 'boolean' && raw !== 'true' && raw !== 'false') return `must be true or false, got '${raw}'`;
  if (Array.isArray(schema.enum) && !schema.enum.includes(raw)) return `must be one of ${schema.enum.map(String).join(', ')}, got '${raw}'`;
  return undefined;
}
