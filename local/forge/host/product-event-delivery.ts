// `trigger` modules: a Jira product event (e.g. { eventType: 'avi:jira:created:issue', issue, atlassianId }) goes
// to every module subscribed to its eventType, as handler(event + { context, contextToken }, functionContext).
// filter.ignoreSelf drops events whose atlassianId is the app's own account (host.appAccountId): the Jira
// stand-in must attribute changes made with x-clause9-principal: app to that account. filter.expression (a Jira
// expression) is not evaluated locally: such events are delivered. Handler failures are recorded, not rethrown.
import { z } from 'zod';
import type { LoadedManifest } from '../manifest/load-manifest';
import { moduleFields, modulesOfType } from '../manifest/module-lookup';
import { errorMessage } from './forge-invocation-error';
import type { FunctionInvoker } from './invoke-function';
import type { HostIdentity } from './platform-context';
import { eventContext, functionContext } from './platform-context';
import { ASYNC_DEFAULT_TIMEOUT_MS } from './trigger-scheduler';

const triggerModule = z.looseObject({
  function: z.string(),
  events: z.array(z.union([z.string(), z.looseObject({ eventType: z.string() })])),
  filter: z.looseObject({ ignoreSelf: z.boolean().optional() }).optional(),
});

export interface ProductEvent {
  readonly eventType: string;
  readonly [field: string]: unknown;
}

export function createProductEventDelivery(
  manifest: LoadedManifest,
  identity: HostIdentity,
  invoker: FunctionInvoker,
  appAccountId: string,
): (event: ProductEvent) => Promise<void> {
  const triggers = modulesOfType(manifest, 'trigger').map((module) => ({ module, fields: moduleFields(module, triggerModule) }));
  return async (event) => {
    const subscribed = triggers.filter(({ fields }) =>
      fields.events.some((e) => (typeof e === 'string' ? e : e.eventType) === event.eventType),
    );
    const deliveries = subscribed
      .filter(({ fields }) => !(fields.filter?.ignoreSelf === true && event['atlassianId'] === appAccountId))
      .map(async ({ module, fields }) => {
        const copy = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
        const payload = { ...copy, ...eventContext(identity.binding, module.key) };
        try {
          await invoker.invoke({
            kind: 'trigger',
            moduleKey: module.key,
            functionKey: fields.function,
            timeoutMs: ASYNC_DEFAULT_TIMEOUT_MS,
            args: [payload, functionContext(identity.binding)],
          });
        } catch (error) {
          identity.report(`trigger '${module.key}' failed on ${event.eventType}: ${errorMessage(error)}`);
        }
      });
    await Promise.all(deliveries);
  };
}
