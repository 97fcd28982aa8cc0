// Non-blank free text is an invariant of most records (a reason, a correction, evidence); a TypeScript `string`
// admits "", so the domain checks it once here and stores the trimmed text.
import { DomainError } from './domain-error';

/** The trimmed text; throws DomainError('INVALID_INPUT') naming `field` when it is blank. */
export function requireText(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new DomainError('INVALID_INPUT', `${field} is required`, { field });
  return trimmed;
}
