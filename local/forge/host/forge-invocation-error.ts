// How the host reports a failed invocation: a stable code, the platform-like message, the handler's error as cause.
export type ForgeInvocationErrorCode =
  | 'FUNCTION_ERR'
  | 'FUNCTION_TIMEOUT'
  | 'FUNCTION_NOT_FOUND'
  | 'MODULE_NOT_FOUND'
  | 'UNSUPPORTED_MODULE'
  | 'PAYLOAD_TOO_LARGE';

import { inspect } from 'node:util';

/** A readable message for anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : inspect(error);
}

export class ForgeInvocationError extends Error {
  override readonly name = 'ForgeInvocationError';
  constructor(
    readonly code: ForgeInvocationErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
