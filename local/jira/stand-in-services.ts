// Builds the services the routes run on (one per stand-in); separate from the server so tests can list routes.
import { createHash } from 'node:crypto';

import { PermissionService } from './auth/permission-service';
import { AppFieldWriter } from './issues/app-field-writer';
import { EntityJson } from './issues/entity-json';
import { FieldCatalog } from './issues/field-catalog';
import { IssueEventBus } from './issues/issue-events';
import { IssueService } from './issues/issue-service';
import { NotificationOutbox } from './issues/notification-outbox';
import { IssueRenderer } from './issues/render-issue';
import { appUuidOf } from './manifest/read-app-manifest';
import type { StandInServices } from './routes/route-kit';
import { SearchService } from './search/search-service';
import type { JiraStore } from './store/jira-store';

/**
 * The Forge environment id used in custom field ARIs when none is given: derived from the app like the Forge host's
 * invocation context (sha256 of `environment:<appUuid>`, UUID-shaped), so both sides agree without configuration.
 */
export function defaultEnvironmentId(appId: string): string {
  const hex = createHash('sha256').update(`environment:${appUuidOf(appId)}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface ServiceOptions {
  readonly store: JiraStore;
  readonly baseUrl: string;
  readonly appId: string;
  readonly appAccountId: string;
  readonly now: () => Date;
  readonly environmentId?: string;
}

export function createStandInServices(options: ServiceOptions): { services: StandInServices; events: IssueEventBus } {
  const { store, now } = options;
  const json = new EntityJson(options.baseUrl);
  const permissions = new PermissionService(store);
  const catalog = new FieldCatalog(store.fields, options.environmentId ?? defaultEnvironmentId(options.appId));
  const renderer = new IssueRenderer(store, json, catalog);
  const events = new IssueEventBus(renderer);
  const services: StandInServices = {
    store,
    permissions,
    json,
    catalog,
    renderer,
    issues: new IssueService(store, permissions, events, now),
    appFields: new AppFieldWriter(store, events, now),
    search: new SearchService(store, permissions, now),
    outbox: new NotificationOutbox(store, permissions, now),
    appId: options.appId,
    appAccountId: options.appAccountId,
    now,
  };
  return { services, events };
}
