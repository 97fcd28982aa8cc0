// The shared shell of the app's Automation actions (`action` modules): Automation invokes the function with the
// rule's configured inputs as the payload, as the rule's actor. Inputs and outputs are parsed with zod; every
// failure goes back as `{ errors: [{ message }] }` naming the input, which stops the rule and shows the message
// in its audit log (a thrown error would only show a generic one).
import { z } from 'zod';

import { asAppError } from '../app/domain-failure';
import { toResolverError } from '../resolvers/to-resolver-error';

export interface ActionErrors {
  readonly errors: readonly { readonly message: string }[];
}

const principalSchema = z.object({ principal: z.object({ accountId: z.string().min(1) }) });

/** Automation sends unset optional inputs as empty text; treat those as absent. */
export function optionalInput<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
}

function failure(message: string): ActionErrors {
  return { errors: [{ message }] };
}

export function automationAction<I, O>(
  name: string,
  input: z.ZodType<I>,
  output: z.ZodType<O>,
  run: (input: I, accountId: string) => Promise<O>,
): (payload: unknown, context: unknown) => Promise<O | ActionErrors> {
  return async (payload, context) => {
    const actor = principalSchema.safeParse(context);
    if (!actor.success) return failure(`${name} needs a rule actor: run the rule as a user with access to the ISMS project.`);
    const parsed = input.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join('.') ?? '';
      return failure(`${name}: ${field === '' ? 'inputs' : field}: ${issue?.message ?? 'invalid'}`);
    }
    try {
      return output.parse(await run(parsed.data, actor.data.principal.accountId));
    } catch (error) {
      const translated = toResolverError(asAppError(error), `automation:${name}`);
      const field = translated.field === undefined ? '' : ` (${translated.field})`;
      return failure(`${name}: ${translated.code}${field}: ${translated.message}`);
    }
  };
}
