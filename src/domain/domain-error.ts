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

/** For exhaustive switches: reaching it is a compile error. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
