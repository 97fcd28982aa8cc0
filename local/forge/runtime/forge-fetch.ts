// `global.__forge_fetch__(descriptor, path, init)`: the one door through which @forge/api, @forge/kvs and
// @forge/events reach the platform (see README.md for the descriptor shapes of the pinned versions).
//   {type:'fpp', remote:'jira'}      → HTTP to the Jira stand-in, with the principal in x-clause9-principal
//   {type:'kvs'}                     → the in-process KVS service
//   {type:'fpp', remote:'stargate'}  → web-trigger URLs (GraphQL) and @forge/events queues
import { FetchError } from '@forge/api/out/api/errors';
import { z } from 'zod';
import type { InvocationStore, RuntimeBinding, RuntimeState } from './runtime-state';
import { activeBinding } from './runtime-state';

const descriptorSchema = z.looseObject({
  type: z.string(),
  provider: z.string().optional(),
  remote: z.string().optional(),
  accountId: z.string().optional(),
});

export const PRINCIPAL_HEADER = 'x-clause9-principal';
export const APP_ID_HEADER = 'x-clause9-app-id';

function proxyError(status: number, reason: string): Response {
  return new Response(null, { status, headers: { 'forge-proxy-error': reason } });
}

/**
 * provider 'app' → `app`; 'user' → `user:<accountId>` (the descriptor's, else the invoking user's); 'none' (the
 * top-level `requestJira` export) → `anonymous`: Forge documents it as the unauthenticated call.
 */
function principalFor(
  provider: string | undefined,
  accountId: string | undefined,
  invocation: InvocationStore | undefined,
): string | undefined {
  if (provider === 'app') return 'app';
  if (provider === 'user') {
    const user = accountId ?? invocation?.accountId;
    return user === undefined ? undefined : `user:${user}`;
  }
  return 'anonymous';
}

async function requestJira(
  state: RuntimeState,
  binding: RuntimeBinding,
  principal: string,
  path: string,
  init: RequestInit | undefined,
): Promise<Response> {
  const headers = new Headers(init?.headers);
  headers.set(PRINCIPAL_HEADER, principal);
  headers.set(APP_ID_HEADER, binding.appId);
  try {
    return await state.originalFetch(`${binding.jiraUrl.replace(/\/+$/, '')}${path}`, { ...init, headers });
  } catch (error) {
    throw new FetchError(error instanceof Error ? error.message : String(error));
  }
}

function kvsResponse(binding: RuntimeBinding, path: string, init: RequestInit | undefined): Response {
  const text = typeof init?.body === 'string' ? init.body : '';
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    return Response.json({ code: 'BAD_REQUEST', message: 'Provided request body is invalid' }, { status: 400 });
  }
  const reply = binding.kvs(path, body);
  if (reply.body === undefined) return new Response(null, { status: reply.status });
  return Response.json(reply.body, { status: reply.status });
}

export function createForgeFetch(state: RuntimeState) {
  return async function forgeFetch(descriptor: unknown, path: unknown, init?: RequestInit): Promise<Response> {
    const binding = activeBinding(state);
    if (binding === undefined) throw new Error('No Forge runtime host is running (startForgeHost was not called).');
    const parsed = descriptorSchema.safeParse(descriptor);
    if (!parsed.success || typeof path !== 'string') throw new Error('Invalid __forge_fetch__ call');
    const { type, provider, remote, accountId } = parsed.data;
    const invocation = state.als.getStore();
    if (type === 'kvs') return kvsResponse(binding, path, init);
    if (type !== 'fpp') return proxyError(400, 'INVALID_REMOTE_ERR');
    if (remote === 'stargate') return binding.stargate(path, init, invocation);
    if (remote !== 'jira') return proxyError(403, 'REQUEST_PRODUCT_NOT_ALLOWED');
    const principal = principalFor(provider, accountId, invocation);
    if (principal === undefined) return proxyError(401, 'NEEDS_AUTHENTICATION_ERR');
    return requestJira(state, binding, principal, path, init);
  };
}
