// One way for the domain to run a zod schema over its own inputs: a failed parse becomes the typed
// DomainError('INVALID_INPUT') carrying the first message (which names the field) and every issue's path.
import type { z } from 'zod';

import { DomainError } from './domain-error';

export function parseInput<Output>(schema: z.ZodType<Output>, value: unknown): Output {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  throw new DomainError('INVALID_INPUT', issues[0]?.message ?? 'invalid input', { issues }, { cause: result.error });
}
