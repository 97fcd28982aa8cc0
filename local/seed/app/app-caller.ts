// How the demo seed talks to the app: a resolver invoked through the Forge host as a demo person, exactly what
// `invoke(functionKey, payload)` from that person's browser does (payload limits, authorisation as the user, the
// resolver's own validation). Every answer is the app's envelope; an error stops the seed with the app's message.
import { z } from 'zod';

import type { ForgeHost } from '../../forge';
import { envelopeSchema } from '../../../src/contracts/envelope';
import { DEMO_PEOPLE } from '../demo-people';
import { PartPendingError } from '../load-demo-organisation';
import type { DemoRole } from '../demo-people';

export interface AppCaller {
  /** The resolver's `data` as `schema` reads it; throws with the app's error code and message otherwise. */
  call<T extends z.ZodType>(as: DemoRole, moduleKey: string, functionKey: string, payload: unknown, schema: T, extension?: Record<string, unknown>): Promise<z.infer<T>>;
}

export class SeedStepError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Any data: for calls whose answer the seed does not read. */
export const ANY_DATA = z.unknown();

export function appCaller(forge: ForgeHost): AppCaller {
  return {
    async call(as, moduleKey, functionKey, payload, schema, extension) {
      const person = DEMO_PEOPLE[as];
      const reply = await forge.invokeResolver({ moduleKey, functionKey, payload, accountId: person.accountId, ...(extension === undefined ? {} : { extension }) });
      const where = `${moduleKey} ${functionKey} as ${person.displayName}`;
      const envelope = envelopeSchema(z.unknown()).safeParse(reply);
      if (!envelope.success) throw new SeedStepError(`${where}: not an envelope: ${JSON.stringify(reply).slice(0, 500)}`, 'INTERNAL');
      if (!envelope.data.ok) {
        const { code, message, field } = envelope.data.error;
        if (code === 'UNKNOWN_RESOLVER_KEY') throw new PartPendingError(`${where}: ${message}`);
        throw new SeedStepError(`${where}: ${code} ${message}${field === undefined ? '' : ` (${field})`}`, code);
      }
      const data = schema.safeParse(envelope.data.data);
      if (!data.success) throw new SeedStepError(`${where}: unexpected data: ${data.error.message}`, 'INTERNAL');
      return data.data;
    },
  };
}
