// Serves `webtrigger` modules on 127.0.0.1: `<base>/x1/<moduleKey>`. The handler gets the platform's request
// shape { method, headers (lower-cased names, arrays of values), body (string), path, queryParameters (arrays),
// context, contextToken } and must return { statusCode, headers?, body?, statusText? } (headers as arrays or
// strings); anything else, a throw or the 55 s timeout answers 500. No platform authentication, no user.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { LoadedManifest } from '../manifest/load-manifest';
import { findModule, functionModule, moduleFields } from '../manifest/module-lookup';
import { errorMessage } from './forge-invocation-error';
import type { FunctionInvoker } from './invoke-function';
import type { HostIdentity } from './platform-context';
import { eventContext, functionContext } from './platform-context';

export const WEB_TRIGGER_TIMEOUT_MS = 55_000;
const responseSchema = z.object({
  statusCode: z.number().int().min(100).max(599),
  statusText: z.string().optional(),
  headers: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
  body: z.string().optional(),
});

export interface WebTriggerServer {
  url(moduleKey: string): string;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

function queryParameters(url: URL): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (result[name] ??= []).push(value);
  return result;
}

export async function startWebTriggerServer(
  manifest: LoadedManifest,
  identity: HostIdentity,
  invoker: FunctionInvoker,
  port: number,
): Promise<WebTriggerServer> {
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const moduleKey = /^\/x1\/([a-zA-Z0-9_-]+)/.exec(url.pathname)?.[1];
    const module = manifest.modules.find((m) => m.type === 'webtrigger' && m.key === moduleKey);
    if (module === undefined) {
      response.writeHead(404).end('Web trigger not found');
      return;
    }
    const payload = {
      method: request.method ?? 'GET',
      headers: Object.fromEntries(Object.entries(request.headersDistinct).map(([k, v]) => [k.toLowerCase(), v ?? []])),
      body: await readBody(request),
      path: url.pathname,
      queryParameters: queryParameters(url),
      ...eventContext(identity.binding, module.key),
    };
    try {
      const result = await invoker.invoke({
        kind: 'webtrigger',
        moduleKey: module.key,
        functionKey: moduleFields(module, functionModule).function,
        timeoutMs: WEB_TRIGGER_TIMEOUT_MS,
        args: [payload, functionContext(identity.binding)],
      });
      const parsed = responseSchema.safeParse(result);
      if (!parsed.success) {
        response.writeHead(500).end('The web trigger function returned an invalid response.');
        return;
      }
      for (const [name, value] of Object.entries(parsed.data.headers ?? {})) response.setHeader(name, value);
      response.statusCode = parsed.data.statusCode;
      if (parsed.data.statusText !== undefined) response.statusMessage = parsed.data.statusText;
      response.end(parsed.data.body ?? '');
    } catch (error) {
      identity.report(`webtrigger '${module.key}' failed: ${errorMessage(error)}`);
      response.writeHead(500).end('Internal error in web trigger');
    }
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: (moduleKey) => {
      findModule(manifest, moduleKey, 'webtrigger');
      return `http://127.0.0.1:${address.port}/x1/${moduleKey}`;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
