// Typed domain errors: a stable code the outer layers translate, never a message to match on.
export type DomainErrorCode =
  | 'UNKNOWN_CATALOGUE_ID'
  | 'ILLEGAL_TRANSITION'
  | 'INVALID_INPUT'
  | 'INVALID_RECURRENCE'
  | 'INVALID_CALENDAR';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The input field an error is about: `details.field`, or the path of its first zod issue; undefined when neither. */
export function domainErrorField(error: DomainError): string | undefined {
  const { field, issues } = error.details;
  if (typeof field === 'string' && field !== '') return field;
  if (Array.isArray(issues)) {
    const first: unknown = issues[0];
    if (typeof first === 'object' && first !== null && 'path' in first && typeof first.path === 'string' && first.path !== '') return first.path;
  }
  return undefined;
}

/** For exhaustive switches: reaching it is a compile error. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
