// The shape route handlers see and return.
import type { Principal } from '../auth/principal';
import type { HttpMethod } from '../contract/route-table';

export interface StandInRequest {
  readonly method: HttpMethod;
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** Parsed JSON body; undefined when the request had none. */
  readonly body: unknown;
  readonly principal: Principal;
}

export interface StandInResponse {
  readonly status: number;
  /** Serialised as JSON; omit for an empty body. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Objects returned, for the points budget (GET costs 1 + this). Defaults to a count derived from the body. */
  readonly objectCount?: number;
}

export type RouteHandler = (request: StandInRequest) => StandInResponse | Promise<StandInResponse>;

export interface RouteDefinition {
  readonly method: HttpMethod;
  /** The OpenAPI path template, e.g. `/rest/api/3/issue/{issueIdOrKey}`. */
  readonly template: string;
  /** The OpenAPI operationId (checked against the document by tests). */
  readonly operationId: string;
  /** The operation's classic scopes as documented (used only when the OpenAPI document is unavailable). */
  readonly scopes: readonly string[];
  readonly handler: RouteHandler;
}

export function json(status: number, body: unknown, objectCount?: number): StandInResponse {
  return objectCount === undefined ? { status, body } : { status, body, objectCount };
}

export function noContent(): StandInResponse {
  return { status: 204 };
}
