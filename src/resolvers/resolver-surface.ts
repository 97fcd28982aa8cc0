// One Resolver per UI surface: every key parses its payload, authorises the calling user, runs its use case,
// and answers with the typed envelope. Dispatch goes through the real @forge/resolver.
import Resolver from '@forge/resolver';
import type { Request } from '@forge/resolver';
import type { z } from 'zod';

import type { Envelope } from '../contracts/envelope';
import { toResolverError } from './to-resolver-error';

export interface ResolverCall<I> {
  readonly payload: I;
  readonly accountId: string;
  readonly context: Request['context'];
}

export interface ResolverDefinition<I, O> {
  readonly input: z.ZodType<I>;
  /** Throws AppError('FORBIDDEN') unless the calling user may do this; runs before any app-level read or write. */
  readonly authorise: (call: ResolverCall<I>) => Promise<void>;
  readonly run: (call: ResolverCall<I>) => Promise<O>;
}

interface InvokePayload {
  readonly call: { readonly functionKey: string; readonly payload?: unknown; readonly jobId?: string };
  readonly context: Request['context'];
}
export type SurfaceHandler = ((invocation: InvokePayload, backendRuntimePayload?: Record<string, unknown>) => Promise<unknown>) & {
  /** The resolver keys this handler answers; lets one Forge function serve several surfaces (combineSurfaces). */
  readonly keys: ReadonlySet<string>;
};

export class ResolverSurface {
  private readonly resolver = new Resolver();
  private readonly keys = new Set<string>();

  constructor(private readonly surfaceName: string) {}

  define<I, O>(key: string, definition: ResolverDefinition<I, O>): this {
    this.keys.add(key);
    this.resolver.define(key, async (request: Request<unknown>): Promise<Envelope<O>> => {
      try {
        const accountId: unknown = request.context.accountId;
        if (typeof accountId !== 'string' || accountId === '') {
          return { ok: false, error: { code: 'FORBIDDEN', message: 'This action needs a signed-in Jira user.' } };
        }
        const payload = definition.input.parse(request.payload);
        const call: ResolverCall<I> = { payload, accountId, context: request.context };
        await definition.authorise(call);
        return { ok: true, data: await definition.run(call) };
      } catch (error) {
        return { ok: false, error: toResolverError(error, `${this.surfaceName}:${key}`) };
      }
    });
    return this;
  }

  handler(): SurfaceHandler {
    const definitions = this.resolver.getDefinitions();
    const keys: ReadonlySet<string> = new Set(this.keys);
    const handle = async (invocation: InvokePayload, backendRuntimePayload?: Record<string, unknown>): Promise<unknown> => {
      const functionKey = invocation.call.functionKey;
      if (!keys.has(functionKey)) return unknownKey(this.surfaceName, functionKey);
      return definitions(invocation, backendRuntimePayload);
    };
    return Object.assign(handle, { keys });
  }
}

function unknownKey(surfaceName: string, functionKey: string): Envelope<never> {
  return { ok: false, error: { code: 'UNKNOWN_RESOLVER_KEY', message: `The ${surfaceName} surface has no action "${functionKey}".` } };
}

/**
 * One Forge function for a page made of several surfaces (the ISMS project page's sub-pages): each key goes to the
 * surface that defines it. Two surfaces defining the same key is a programming error, caught when the module loads.
 */
export function combineSurfaces(surfaceName: string, handlers: readonly SurfaceHandler[]): SurfaceHandler {
  const byKey = new Map<string, SurfaceHandler>();
  for (const handler of handlers) {
    for (const key of handler.keys) {
      if (byKey.has(key)) throw new Error(`Resolver key "${key}" is defined by two surfaces combined into ${surfaceName}.`);
      byKey.set(key, handler);
    }
  }
  const handle = async (invocation: InvokePayload, backendRuntimePayload?: Record<string, unknown>): Promise<unknown> => {
    const handler = byKey.get(invocation.call.functionKey);
    return handler === undefined ? unknownKey(surfaceName, invocation.call.functionKey) : handler(invocation, backendRuntimePayload);
  };
  return Object.assign(handle, { keys: new Set(byKey.keys()) });
}
