// Validates requests and responses against Jira's OpenAPI document with AJV (+ ajv-formats). Closed schemas
// (`additionalProperties: false`) stay closed, so an invented key in a response is a violation.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

import type { JiraExchange } from './jira-exchange';
import { isJsonObject, loadOpenApiDocumentCached, type JsonObject, type OpenApiDocument } from './openapi-document';
import { documentSchemaId, patchKnownDocumentGaps, prepareSchema } from './prepare-schemas';
import { validateQueryParameters } from './query-parameter-check';
import { RouteTable, routeEntriesFromDocument, type HttpMethod } from './route-table';

export type ViolationKind = 'request-body' | 'request-query' | 'response-body' | 'response-status';

export interface ContractViolation {
  readonly kind: ViolationKind;
  /** 'warning' for a status the document does not list (Jira answers 429/5xx everywhere). */
  readonly severity: 'error' | 'warning';
  readonly method: string;
  readonly path: string;
  readonly operationId: string | undefined;
  readonly status: number;
  readonly message: string;
}

/** Jira writes instants as `2024-01-02T03:04:05.000+0000`: accept that as well as RFC 3339. */
const jiraDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const standardFormats = ['date', 'time', 'uri', 'uri-reference', 'url', 'uuid', 'email', 'byte', 'int32', 'int64', 'float', 'double', 'binary', 'password', 'regex'] as const;

export class ContractValidator {
  private readonly ajv: Ajv;
  private readonly routes: RouteTable;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
    addFormats(this.ajv, { formats: [...standardFormats] });
    this.ajv.addFormat('date-time', { type: 'string', validate: (value: string) => jiraDateTime.test(value) && !Number.isNaN(Date.parse(normaliseOffset(value))) });
    this.ajv.addSchema({ $id: documentSchemaId, components: { schemas: prepareSchema(patchKnownDocumentGaps(document.components.schemas)) } });
    this.routes = new RouteTable(routeEntriesFromDocument(document));
  }

  static fromSpecPath(specPath: string): ContractValidator | undefined {
    const document = loadOpenApiDocumentCached(specPath);
    return document === undefined ? undefined : new ContractValidator(document);
  }

  /** Validates a value against a named component schema (e.g. 'IssueBean'); returns readable error lines. */
  validateComponent(schemaName: string, value: unknown): string[] {
    return this.run(`component:${schemaName}`, { $ref: `${documentSchemaId}#/components/schemas/${schemaName}` }, value);
  }

  /** Validates a response body for an operation and status; returns readable error lines. */
  validateResponse(method: HttpMethod, template: string, status: number, body: unknown): string[] {
    const operation = this.operation(method, template);
    if (operation === undefined) return [`no operation ${method} ${template} in the document`];
    const schema = responseSchema(operation, status);
    if (schema === undefined) return [];
    return this.run(`response:${method} ${template} ${status}`, schema, body);
  }

  validateExchange(exchange: JiraExchange): ContractViolation[] {
    const match = this.routes.match(exchange.method, exchange.path);
    if (match === undefined) return [];
    const { entry } = match;
    const operation = this.operation(entry.method, entry.template);
    if (operation === undefined) return [];
    const violations: ContractViolation[] = [];
    const add = (kind: ViolationKind, message: string, severity: 'error' | 'warning' = 'error'): void => {
      violations.push({ kind, severity, method: exchange.method, path: exchange.path, operationId: entry.operationId, status: exchange.status, message });
    };
    for (const problem of validateQueryParameters(operation, exchange.query)) add('request-query', problem);
    const bodySchema = requestBodySchema(operation);
    if (bodySchema !== undefined && exchange.requestBody !== undefined) {
      for (const problem of this.run(`request:${entry.method} ${entry.template}`, bodySchema, exchange.requestBody)) add('request-body', problem);
    }
    const responses = isJsonObject(operation.responses) ? operation.responses : {};
    const documented = responses[String(exchange.status)] ?? responses.default;
    if (documented === undefined) {
      add('response-status', `status ${exchange.status} is not documented for ${entry.operationId}`, 'warning');
      return violations;
    }
    if (exchange.status === 204 && exchange.responseBody !== undefined) add('response-body', '204 must not carry a body');
    // The platform's scope check answers before Jira does, in its own shape: not the operation's 401 schema.
    if (isGatewayScopeAnswer(exchange)) return violations;
    const schema = responseSchema(operation, exchange.status);
    if (schema !== undefined && exchange.responseBody !== undefined) {
      const key = `response:${entry.method} ${entry.template} ${exchange.status}`;
      for (const problem of this.run(key, schema, exchange.responseBody)) add('response-body', problem);
    } else if (schema === undefined && exchange.status >= 400 && isJsonObject(exchange.responseBody) && 'errorMessages' in exchange.responseBody) {
      for (const problem of this.validateComponent('ErrorCollection', exchange.responseBody)) add('response-body', problem);
    }
    return violations;
  }

  private operation(method: string, template: string): JsonObject | undefined {
    const item = this.document.paths[template];
    const operation = item?.[method.toLowerCase()];
    return isJsonObject(operation) ? operation : undefined;
  }

  private run(key: string, schema: unknown, value: unknown): string[] {
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      const prepared = prepareSchema(schema);
      validate = this.ajv.compile(isJsonObject(prepared) ? prepared : {});
      this.compiled.set(key, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map(describeError);
  }
}

function isGatewayScopeAnswer(exchange: JiraExchange): boolean {
  const body = exchange.responseBody;
  return exchange.status === 401 && isJsonObject(body) && body.code === 401 && typeof body.message === 'string' && Object.keys(body).length === 2;
}

function normaliseOffset(value: string): string {
  return value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
}

function jsonSchemaOf(content: unknown): unknown {
  if (!isJsonObject(content)) return undefined;
  const json = content['application/json'];
  return isJsonObject(json) ? json.schema : undefined;
}

function requestBodySchema(operation: JsonObject): unknown {
  const body = operation.requestBody;
  return isJsonObject(body) ? jsonSchemaOf(body.content) : undefined;
}

function responseSchema(operation: JsonObject, status: number): unknown {
  const responses = operation.responses;
  if (!isJsonObject(responses)) return undefined;
  const response = responses[String(status)] ?? responses.default;
  return isJsonObject(response) ? jsonSchemaOf(response.content) : undefined;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  if (error.keyword === 'additionalProperties' && isJsonObject(error.params)) {
    return `${where} has unexpected property '${String(error.params.additionalProperty)}'`;
  }
  return `${where} ${error.message ?? error.keyword}`;
}
