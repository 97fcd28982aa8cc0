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
export type SurfaceHandler = (invocation: InvokePayload, backendRuntimePayload?: Record<string, unknown>) => Promise<unknown>;

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
    return async (invocation, backendRuntimePayload) => {
      const functionKey = invocation.call.functionKey;
      if (!this.keys.has(functionKey)) {
        const error = { code: 'UNKNOWN_RESOLVER_KEY', message: `The ${this.surfaceName} surface has no action "${functionKey}".` };
        return { ok: false, error };
      }
      return definitions(invocation, backendRuntimePayload);
    };
  }
}
