// What every route group needs: the services bundle, a route constructor and body parsing with zod that answers
// Jira's 400 `{ errorMessages: [], errors: { "<field path>": "<message>" } }`.
import type { z } from 'zod';

import type { PermissionService } from '../auth/permission-service';
import type { Principal } from '../auth/principal';
import type { HttpMethod } from '../contract/route-table';
import { badRequest, fieldErrors } from '../http/jira-http-error';
import type { RouteDefinition, RouteHandler } from '../http/stand-in-request';
import type { AppFieldWriter } from '../issues/app-field-writer';
import type { EntityJson } from '../issues/entity-json';
import type { FieldCatalog } from '../issues/field-catalog';
import type { IssueService } from '../issues/issue-service';
import type { NotificationOutbox } from '../issues/notification-outbox';
import type { IssueRenderer } from '../issues/render-issue';
import type { SearchService } from '../search/search-service';
import type { JiraStore } from '../store/jira-store';

export interface StandInServices {
  readonly store: JiraStore;
  readonly permissions: PermissionService;
  readonly json: EntityJson;
  readonly catalog: FieldCatalog;
  readonly renderer: IssueRenderer;
  readonly issues: IssueService;
  readonly appFields: AppFieldWriter;
  readonly search: SearchService;
  readonly outbox: NotificationOutbox;
  readonly appId: string;
  readonly appAccountId: string;
  readonly now: () => Date;
}

export function route(method: HttpMethod, template: string, operationId: string, scopes: readonly string[], handler: RouteHandler): RouteDefinition {
  return { method, template, operationId, scopes, handler };
}

/** Validates a JSON body; the first problem per field path becomes an `errors` entry. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  if (body === undefined) throw badRequest('The request body is missing.');
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || 'body';
    errors[path] ??= issue.message;
  }
  throw fieldErrors(errors);
}

export function isApp(principal: Principal): boolean {
  return principal.kind === 'app';
}

/** `expand=a,b` (or repeated) as a set. */
export function expandSet(query: URLSearchParams): Set<string> {
  return new Set(query.getAll('expand').flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== ''));
}

/** Offset pagination in Jira's PageBean shape. */
export function pageBean(self: string, all: readonly unknown[], startAt: number, maxResults: number): Record<string, unknown> {
  const values = all.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= all.length;
  return {
    self,
    ...(isLast ? {} : { nextPage: withParam(withParam(self, 'startAt', String(startAt + maxResults)), 'maxResults', String(maxResults)) }),
    maxResults,
    startAt,
    total: all.length,
    isLast,
    values,
  };
}

function withParam(url: string, name: string, value: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set(name, value);
  return parsed.toString();
}
