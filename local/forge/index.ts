// The local Forge runtime host: runs the app's unmodified handlers with the real @forge/api, @forge/kvs,
// @forge/resolver and @forge/events against the Jira stand-in and a SQLite KVS. See README.md.
import { loadManifest } from './manifest/load-manifest';
import { openKvsDatabase } from './kvs/kvs-database';
import { createKvsService } from './kvs/kvs-service';
import { createKvsStore } from './kvs/kvs-store';
import { entityCatalogue } from './kvs/entity-schema';
import { installForgeRuntime, stableUuid } from './runtime/install-forge-runtime';
import type { StargateHandler } from './runtime/runtime-state';
import { createFunctionInvoker } from './host/invoke-function';
import type { FunctionInvoker } from './host/invoke-function';
import { invokeResolver } from './host/resolver-invoker';
import { createTriggerScheduler } from './host/trigger-scheduler';
import { createProductEventDelivery } from './host/product-event-delivery';
import { startWebTriggerServer } from './host/web-trigger-server';
import type { WebTriggerServer } from './host/web-trigger-server';
import { createQueueBroker } from './host/queue-broker';
import { createStargateHandler } from './host/stargate-handler';
import { callAutomationAction } from './host/automation-action';
import { createHostClock, serialise } from './host/host-clock';
import type { ForgeHost, ForgeHostOptions } from './host-types';

export type { ForgeHost, ForgeHostOptions, ResolverInvocation } from './host-types';
export type { KvsStore } from './kvs/kvs-store';
export type { ProductEvent } from './host/product-event-delivery';
export type { PushedEvent } from './host/queue-broker';
export type { InvocationRecord } from './host/invoke-function';
export { ForgeInvocationError } from './host/forge-invocation-error';
export { installForgeRuntime } from './runtime/install-forge-runtime';
export { PRINCIPAL_HEADER, APP_ID_HEADER } from './runtime/forge-fetch';

const DEFAULT_CLOUD_ID = 'a1b2c3d4-0000-4000-8000-00000000c109';

export async function startForgeHost(o: ForgeHostOptions): Promise<ForgeHost> {
  const manifest = loadManifest(o.manifestPath);
  const clock = createHostClock(o.now);
  const db = openKvsDatabase(o.dataDir);
  const kvs = createKvsService(db, entityCatalogue(manifest.entities), clock.millis);
  let stargate: StargateHandler = () => Promise.resolve(new Response(null, { status: 503 }));
  // Installed before loadApp(): the app's first require('@forge/api') must see the egress-guarded fetch.
  const runtime = installForgeRuntime({
    appId: manifest.appId,
    jiraUrl: o.jiraUrl,
    cloudId: o.cloudId ?? DEFAULT_CLOUD_ID,
    scopes: manifest.scopes,
    external: manifest.external,
    egressBackend: manifest.egressBackend,
    appCodeDir: manifest.appDir,
    licensed: manifest.licensed,
    kvs: (path, body) => kvs.handle(path, body),
    stargate: (path, init, invocation) => stargate(path, init, invocation),
  });
  const identity = {
    binding: runtime.binding,
    siteUrl: o.siteUrl ?? o.jiraUrl,
    locale: o.locale ?? 'en-US',
    timezone: o.timezone ?? 'UTC',
    report:
      o.report ??
      ((message: string) => {
        console.error(message);
      }),
  };
  let webTriggers: WebTriggerServer | undefined;
  let invoker: FunctionInvoker;
  try {
    const app = await o.loadApp();
    invoker = createFunctionInvoker({ manifest, app, runtime, now: clock.millis, timeoutScale: o.timeoutScale ?? 1 });
    webTriggers = await startWebTriggerServer(manifest, identity, invoker, o.webTriggerPort ?? 0);
  } catch (error) {
    runtime.dispose();
    db.close();
    throw error;
  }
  const triggers = webTriggers;
  const functions = invoker;
  const appAccountId = o.appAccountId ?? `557058:${stableUuid(`app-user:${manifest.appId}`)}`;
  const scheduler = createTriggerScheduler(manifest, identity, functions, clock.millis());
  const broker = createQueueBroker(manifest, identity, functions, clock.millis);
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    void work.then(
      () => inFlight.delete(work),
      () => inFlight.delete(work),
    );
    return work;
  };
  let closing = false;
  const runQueues = async (): Promise<void> => {
    for (let i = 0; i < 1000 && (await broker.runNextDue(clock.millis())); i += 1);
  };
  stargate = createStargateHandler(manifest, (moduleKey) => triggers.url(moduleKey), {
    ...broker,
    push: (body) => {
      broker.push(body);
      if (o.queueDelivery === 'manual') return;
      void track(new Promise<void>((resolve) => setImmediate(resolve)).then(runQueues));
    },
  });
  const advanceClock = serialise(async (ms: number) => {
    if (closing) return;
    const target = clock.millis() + Math.max(0, ms);
    for (let step = 0; step < 100_000; step += 1) {
      const next = Math.min(scheduler.nextDueAt() ?? Infinity, broker.nextDueAt() ?? Infinity);
      if (next > target) break;
      clock.moveTo(next);
      if (!(await broker.runNextDue(clock.millis()))) await scheduler.runNextDue(clock.millis());
    }
    clock.moveTo(target);
  });
  const deliverEvent = createProductEventDelivery(manifest, identity, functions, appAccountId);
  const ticker = o.tickIntervalMs === undefined ? undefined : setInterval(() => void advanceClock(0), o.tickIntervalMs);
  ticker?.unref();

  return {
    invokeResolver: (call) => invokeResolver(manifest, identity, functions, call),
    runScheduledTrigger: (moduleKey) => scheduler.run(moduleKey),
    advanceClock,
    deliverProductEvent: (event) => track(deliverEvent(event)),
    webTriggerUrl: (moduleKey) => triggers.url(moduleKey),
    callAutomationAction: (actionKey, inputs, accountId) =>
      callAutomationAction(manifest, identity, functions, { actionKey, inputs, accountId }),
    pushedEvents: () => broker.pushed(),
    runQueues,
    kvsStore: createKvsStore(kvs),
    appAccountId,
    now: () => new Date(clock.millis()),
    invocations: () => functions.records,
    close: async () => {
      if (ticker !== undefined) clearInterval(ticker);
      closing = true;
      await advanceClock(0); // waits for an advance already under way
      await Promise.allSettled([...inFlight]);
      runtime.dispose();
      await triggers.close();
      db.close();
    },
  };
}
