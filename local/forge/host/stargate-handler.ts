// The `{ type: 'fpp', remote: 'stargate' }` calls of the pinned packages: @forge/api webTrigger.getUrl/queryUrls/
// deleteUrl (POST /graphql mutations forge_app_createWebTriggerUrl etc.) and @forge/events queues
// (POST /webhook/queue/{publish,stats,cancel}/…). Anything else answers 404.
import { z } from 'zod';
import type { LoadedManifest } from '../manifest/load-manifest';
import { modulesOfType } from '../manifest/module-lookup';
import type { StargateHandler } from '../runtime/runtime-state';
import type { QueueBroker } from './queue-broker';

const graphqlBody = z.object({ query: z.string(), variables: z.looseObject({}).optional() });
const triggerKeyOf = z.object({ input: z.object({ triggerKey: z.string() }) });
const jobRequest = z.object({ jobId: z.string() });

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

function bodyOf(init: RequestInit | undefined): unknown {
  return typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
}

export function createStargateHandler(
  manifest: LoadedManifest,
  webTriggerUrl: (moduleKey: string) => string,
  broker: QueueBroker,
): StargateHandler {
  const graphql = (body: unknown): Response => {
    const request = graphqlBody.parse(body);
    const url = webTriggerUrl;
    if (request.query.includes('createWebTriggerUrl')) {
      const { input } = triggerKeyOf.parse(request.variables);
      return json({ data: { createWebTriggerUrl: { url: url(input.triggerKey) } } });
    }
    if (request.query.includes('webTriggerUrlsByAppContext')) {
      const urls = modulesOfType(manifest, 'webtrigger').map((m) => ({ triggerKey: m.key, url: url(m.key) }));
      return json({ data: { webTriggerUrlsByAppContext: urls } });
    }
    if (request.query.includes('deleteWebTriggerUrl')) return json({ data: { deleteWebTriggerUrl: { success: true, message: null } } });
    return json({ errors: [{ message: 'GraphQL operation not supported by the local Forge host' }] }, 400);
  };

  return (path, init) => {
    try {
      const body = bodyOf(init);
      if (path === '/graphql') return Promise.resolve(graphql(body));
      if (path.startsWith('/webhook/queue/publish/')) {
        broker.push(body);
        return Promise.resolve(new Response(null, { status: 201 }));
      }
      if (path.startsWith('/webhook/queue/stats/')) return Promise.resolve(json(broker.stats(jobRequest.parse(body).jobId)));
      if (path.startsWith('/webhook/queue/cancel/')) {
        broker.cancel(jobRequest.parse(body).jobId);
        return Promise.resolve(new Response(null, { status: 204 }));
      }
      return Promise.resolve(new Response(null, { status: 404 }));
    } catch (error) {
      return Promise.resolve(json({ message: error instanceof Error ? error.message : String(error) }, 400));
    }
  };
}
