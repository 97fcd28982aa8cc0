// Typed invoke wrappers: every resolver key answers an envelope; data is checked with the caller's schema.
import { invoke } from '@forge/bridge';
import { z } from 'zod';

import { envelopeSchema } from '../../src/contracts/envelope';
import type { ResolverError } from '../../src/contracts/envelope';

export type GadgetKey = 'gadget/coverage' | 'gadget/overdue' | 'gadget/kpi-trends';

export type Loaded<T> = { readonly state: 'loading' } | { readonly state: 'error'; readonly error: ResolverError } | { readonly state: 'ready'; readonly data: T };

/** Settled result of one call: the data, or the resolver's error (a transport failure becomes JIRA_UNAVAILABLE). */
export type Answer<T> = Exclude<Loaded<T>, { readonly state: 'loading' }>;

/** Calls any resolver key with `payload` and checks the envelope's data with `schema`. */
export async function invokeKey<S extends z.ZodType>(key: string, schema: S, payload: Readonly<Record<string, unknown>>, surface = 'this page'): Promise<Answer<z.infer<S>>> {
  try {
    const answer = await invoke(key, payload);
    const envelope = envelopeSchema(z.unknown()).safeParse(answer);
    if (envelope.success && !envelope.data.ok) return { state: 'error', error: envelope.data.error };
    const data = envelope.success && envelope.data.ok ? schema.safeParse(envelope.data.data) : undefined;
    if (data?.success !== true) return { state: 'error', error: { code: 'INTERNAL', message: `Clause9 answered in a shape ${surface} does not understand.` } };
    return { state: 'ready', data: data.data };
  } catch {
    return { state: 'error', error: { code: 'JIRA_UNAVAILABLE', message: 'Could not reach Clause9.' } };
  }
}

/** Calls the gadget resolver; `configuration` undefined means "use the saved one" (the resolver reads the context). */
export function invokeGadget<S extends z.ZodType>(key: GadgetKey, schema: S, configuration?: Readonly<Record<string, unknown>>): Promise<Loaded<z.infer<S>>> {
  return invokeKey(key, schema, configuration === undefined ? {} : { configuration }, 'this gadget');
}
