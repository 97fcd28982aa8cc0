// Errors the use cases raise; resolvers translate them once into envelope codes.
import type { ResolverErrorCode } from '../contracts/envelope';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ResolverErrorCode,
    message: string,
    readonly field?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
