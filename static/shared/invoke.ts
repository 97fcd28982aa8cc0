// Typed invoke wrappers: every gadget key answers an envelope; data is checked with the caller's schema.
import { invoke } from '@forge/bridge';
import { z } from 'zod';

import { envelopeSchema } from '../../src/contracts/envelope';
import type { ResolverError } from '../../src/contracts/envelope';

export type GadgetKey = 'gadget/coverage' | 'gadget/overdue' | 'gadget/kpi-trends';

export type Loaded<T> = { readonly state: 'loading' } | { readonly state: 'error'; readonly error: ResolverError } | { readonly state: 'ready'; readonly data: T };

/** Calls the gadget resolver; `configuration` undefined means "use the saved one" (the resolver reads the context). */
export async function invokeGadget<S extends z.ZodType>(key: GadgetKey, schema: S, configuration?: Readonly<Record<string, unknown>>): Promise<Loaded<z.infer<S>>> {
  try {
    const answer = await invoke(key, configuration === undefined ? {} : { configuration });
    const envelope = envelopeSchema(z.unknown()).safeParse(answer);
    if (envelope.success && !envelope.data.ok) return { state: 'error', error: envelope.data.error };
    const data = envelope.success && envelope.data.ok ? schema.safeParse(envelope.data.data) : undefined;
    if (data?.success !== true) return { state: 'error', error: { code: 'INTERNAL', message: 'Clause9 answered in a shape this gadget does not understand.' } };
    return { state: 'ready', data: data.data };
  } catch {
    return { state: 'error', error: { code: 'JIRA_UNAVAILABLE', message: 'Could not reach Clause9.' } };
  }
}
