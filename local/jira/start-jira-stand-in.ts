// Starts the Jira Cloud REST v3 stand-in: opens SQLite, rebuilds the in-memory issue documents, registers the
// manifest's custom fields, builds the scope table from the OpenAPI document and listens on 127.0.0.1.
import path from 'node:path';

import { JiraDirectory } from './admin/jira-directory';
import { resolvePrincipal } from './auth/principal';
import type { JiraExchange } from './contract/jira-exchange';
import { defaultOpenApiSpecPath } from './contract/openapi-document';
import { startHttpServer } from './http/http-server';
import { RequestPipeline } from './http/request-pipeline';
import { buildRouteRegistry } from './http/route-registry';
import { appUuidOf, readAppManifest } from './manifest/read-app-manifest';
import { FaultInjector } from './rate/fault-injector';
import { PointsBudget } from './rate/points-budget';
import { RequestStats } from './rate/request-stats';
import { allRoutes } from './routes/all-routes';
import { createStandInServices } from './stand-in-services';
import type { JiraStandIn, JiraStandInOptions } from './stand-in-types';
import { JiraStore } from './store/jira-store';
import { accountIdFrom } from './store/user-directory';

export async function startJiraStandIn(options: JiraStandInOptions): Promise<JiraStandIn> {
  const started = performance.now();
  const manifest = readAppManifest(options.manifestPath);
  const appId = options.appId ?? manifest.appId;
  const now = options.now ?? ((): Date => new Date());
  const store = new JiraStore(options.dataDir);
  const appAccountId = accountIdFrom(`app:${appId}`);
  store.transaction(() => {
    store.users.putUser({ accountId: appAccountId, displayName: `Forge app ${appUuidOf(appId).slice(0, 8)}`, emailAddress: null, active: true, timeZone: 'UTC', locale: 'en_US', accountType: 'app' });
    store.fields.registerManifestFields(appId, manifest.customFields);
  });
  const startupMs = performance.now() - started;

  const exchangeListeners = new Set<(exchange: JiraExchange) => void>();
  if (options.onExchange !== undefined) exchangeListeners.add(options.onExchange);
  const budget = new PointsBudget(now, options.pointsPerHour);
  const faults = new FaultInjector();
  const stats = new RequestStats();
  const ready: { pipeline?: RequestPipeline } = {};
  const server = await startHttpServer(options.port ?? 0, (raw) => {
    if (ready.pipeline === undefined) throw new Error('the Jira stand-in is still starting');
    return ready.pipeline.handle(raw);
  });

  const { services, events } = createStandInServices({ store, baseUrl: server.url, appId, appAccountId, now, ...(options.environmentId === undefined ? {} : { environmentId: options.environmentId }) });
  const specPath = options.openApiSpecPath ?? defaultOpenApiSpecPath(path.dirname(path.resolve(options.manifestPath)));
  const registry = buildRouteRegistry(allRoutes(services), specPath);
  ready.pipeline = new RequestPipeline({
    routes: registry.table,
    handlers: registry.handlers,
    grantedScopes: manifest.scopes,
    authenticate: (headers) => resolvePrincipal(headers, appId, appAccountId, store.users),
    budget,
    faults,
    stats,
    exchangeListeners,
  });

  let closing: Promise<void> | undefined;
  return {
    url: server.url,
    admin: new JiraDirectory(store, appId, appAccountId, now, events, services.outbox),
    startupMs,
    onIssueEvent: (listener) => events.subscribe(listener),
    onExchange: (listener) => {
      exchangeListeners.add(listener);
      return () => exchangeListeners.delete(listener);
    },
    setFaults: (plan) => {
      faults.set(plan);
    },
    setPointsPerHour: (points) => {
      budget.setLimit(points);
    },
    stats: () => stats.snapshot(),
    resetStats: () => {
      stats.reset();
    },
    close: () => {
      closing ??= server.close().finally(() => {
        store.close();
      });
      return closing;
    },
  };
}
