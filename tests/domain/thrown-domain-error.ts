// Runs `run` and returns the DomainError it throws with `code`; fails the test on anything else.
import type { DomainErrorCode } from '../../src/domain/domain-error';
import { DomainError } from '../../src/domain/domain-error';

export function thrownDomainError(code: DomainErrorCode, run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError && error.code === code) return error;
    throw error;
  }
  throw new Error(`expected a DomainError ${code}, but nothing was thrown`);
}
