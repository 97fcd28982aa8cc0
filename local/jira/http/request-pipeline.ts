// One request, start to finish: route match → principal (401) → scopes (401) → implemented? (404) → points (429)
// → injected faults → handler → points charged → exchange listeners.
import type { IncomingHttpHeaders } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

import type { PrincipalResult } from '../auth/principal';
import type { JiraExchange } from '../contract/jira-exchange';
import { httpMethods, routeKey, scopesSatisfied, type HttpMethod, type RouteTable } from '../contract/route-table';
import type { FaultInjector } from '../rate/fault-injector';
import { countObjects, pointsFor, type PointsBudget } from '../rate/points-budget';
import type { RequestStats } from '../rate/request-stats';
import { JiraHttpError } from './jira-http-error';
import type { RouteHandler, StandInResponse } from './stand-in-request';

export interface PipelineDependencies {
  readonly routes: RouteTable;
  readonly handlers: ReadonlyMap<string, RouteHandler>;
  readonly grantedScopes: ReadonlySet<string>;
  readonly authenticate: (headers: IncomingHttpHeaders) => PrincipalResult;
  readonly budget: PointsBudget;
  readonly faults: FaultInjector;
  readonly stats: RequestStats;
  readonly exchangeListeners: ReadonlySet<(exchange: JiraExchange) => void>;
}

export interface RawRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface PipelineResult {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly text: string | undefined;
}

const notAuthenticated = 'Client must be authenticated to access this resource.';

export class RequestPipeline {
  constructor(private readonly deps: PipelineDependencies) {}

  async handle(raw: RawRequest): Promise<PipelineResult> {
    const started = performance.now();
    const url = new URL(raw.url, 'http://127.0.0.1');
    const method = raw.method.toUpperCase();
    const match = isMethod(method) ? this.deps.routes.match(method, url.pathname) : undefined;
    let requestBody: unknown = undefined;
    let response: StandInResponse;
    let points = 0;
    try {
      if (!isMethod(method)) throw new JiraHttpError(405, [`Method ${method} is not allowed.`]);
      if (match === undefined) throw this.unknownRoute(method, url.pathname);
      const auth = this.deps.authenticate(raw.headers);
      if (!auth.ok) throw new JiraHttpError(401, [notAuthenticated]);
      if (!scopesSatisfied(match.entry, this.deps.grantedScopes)) {
        response = { status: 401, body: { code: 401, message: 'Unauthorized; scope does not match' } };
      } else {
        const handler = this.deps.handlers.get(routeKey(method, match.entry.template));
        if (handler === undefined) throw notImplemented(method, match.entry.template, match.entry.operationId);
        const budget = this.deps.budget.check();
        if (!budget.ok) throw new JiraHttpError(429, ['Rate limit exceeded.'], {}, budget.headers);
        const fault = this.deps.faults.take(method, url.pathname, match.entry.template, match.entry.operationId);
        if (fault !== undefined && fault.latencyMs > 0) await sleep(fault.latencyMs);
        if (fault?.status !== undefined) throw new JiraHttpError(fault.status, [`Injected fault: the stand-in answered ${fault.status} on purpose.`]);
        requestBody = parseBody(raw.body);
        try {
          response = await handler({ method, path: url.pathname, params: match.params, query: url.searchParams, body: requestBody, principal: auth.principal });
        } catch (error) {
          response = toErrorResponse(error);
        }
        points = pointsFor(method, response.status < 300 ? (response.objectCount ?? countObjects(response.body)) : 0, match.entry.template);
        response = { ...response, headers: { ...response.headers, ...this.deps.budget.charge(points) } };
      }
    } catch (error) {
      response = toErrorResponse(error);
    }
    this.deps.stats.record(match === undefined ? `${method} ${url.pathname}` : routeKey(method, match.entry.template), points);
    const text = response.body === undefined ? undefined : JSON.stringify(response.body);
    const headers: Record<string, string> = { ...response.headers };
    if (text !== undefined) headers['Content-Type'] = 'application/json;charset=UTF-8';
    if (this.deps.exchangeListeners.size > 0) {
      const exchange: JiraExchange = {
        method,
        path: url.pathname,
        query: queryRecord(url.searchParams),
        requestHeaders: flattenHeaders(raw.headers),
        requestBody: requestBody ?? (raw.body === '' ? undefined : safeParse(raw.body)),
        status: response.status,
        responseHeaders: headers,
        responseBody: text === undefined ? undefined : (JSON.parse(text) as unknown),
        ...(match ? { operationId: match.entry.operationId, template: match.entry.template } : {}),
        durationMs: performance.now() - started,
      };
      for (const listener of this.deps.exchangeListeners) listener(exchange);
    }
    return { status: response.status, headers, text };
  }

  private unknownRoute(method: HttpMethod, pathname: string): JiraHttpError {
    const other = httpMethods.filter((candidate) => candidate !== method && this.deps.routes.match(candidate, pathname) !== undefined);
    if (other.length > 0) return new JiraHttpError(405, [`Method ${method} is not allowed for ${pathname} (allowed: ${other.join(', ')}).`]);
    return new JiraHttpError(404, [`No Jira Cloud REST operation matches ${method} ${pathname}.`]);
  }
}

function isMethod(method: string): method is HttpMethod {
  return (httpMethods as readonly string[]).includes(method);
}

function notImplemented(method: string, template: string, operationId: string): JiraHttpError {
  return new JiraHttpError(
    404,
    [`The Jira stand-in does not implement ${method} ${template} (operationId ${operationId}). Jira Cloud has this operation; add a handler under local/jira/routes/ if the app needs it.`],
    {},
    { 'x-clause9-stand-in': 'not-implemented' },
  );
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new JiraHttpError(400, [`Invalid JSON in the request body: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function toErrorResponse(error: unknown): StandInResponse {
  if (error instanceof JiraHttpError) return { status: error.status, body: error.body(), headers: error.headers };
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`[jira stand-in] internal error: ${message}`);
  return { status: 500, body: { errorMessages: ['Internal server error in the Jira stand-in (see its log).'], errors: {} } };
}

function queryRecord(params: URLSearchParams): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  for (const [name, value] of params) (record[name] ??= []).push(value);
  return record;
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
