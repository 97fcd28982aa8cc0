// Idempotency for creates the client may retry (raise a finding): one `request-claim` entity row per client request
// id. The first caller claims it (create-if-absent, in a conditional KVS transaction), creates the Jira issue, then
// completes the claim with the result. A retry finds the claim: completed → the same result; still pending → the
// caller looks for the issue by its stable id, or takes over a stale claim (compare-and-set on `claimedAt`), so two
// callers can never both create.
import { Filter, FilterConditions, ForgeKvsAPIError, kvs } from '@forge/kvs';
import { z } from 'zod';

import { STORAGE_ENTITIES } from './storage-keys';

export interface RequestClaim<R> {
  /** Hash of what was asked; a different request under the same id is refused. */
  readonly fingerprint: string;
  readonly state: 'pending' | 'done';
  /** ISO instant of the claim (or of the take-over). */
  readonly claimedAt: string;
  /** Set once done. */
  readonly result: R | null;
}

interface StoredClaim {
  fingerprint: string;
  state: string;
  claimedAt: string;
  result: unknown;
}

export type ClaimOutcome<R> = { readonly claimed: true } | { readonly claimed: false; readonly existing: RequestClaim<R> };

export interface RequestClaims<R> {
  claim(key: string, fingerprint: string, at: string): Promise<ClaimOutcome<R>>;
  /** Replaces a pending claim last taken at `previousAt`; false when someone else took it over first. */
  takeOver(key: string, previousAt: string, fingerprint: string, at: string): Promise<boolean>;
  complete(key: string, fingerprint: string, at: string, result: R): Promise<void>;
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && (error.responseDetails.status === 409 || error.code.includes('CONDITION'));
}

export function requestClaims<R>(resultSchema: z.ZodType<R>): RequestClaims<R> {
  const entityName = STORAGE_ENTITIES.requestClaim;
  const claimSchema = z.object({
    fingerprint: z.string(),
    state: z.enum(['pending', 'done']),
    claimedAt: z.string(),
    result: resultSchema.nullable(),
  });

  const setIf = async (key: string, value: StoredClaim, conditions: ReturnType<Filter<StoredClaim>['and']>): Promise<boolean> => {
    try {
      await kvs.transact().set(key, value, { entityName, conditions }).execute();
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  };

  return {
    claim: async (key, fingerprint, at) => {
      const absent = new Filter<StoredClaim>().and('state', FilterConditions.notExists());
      if (await setIf(key, { fingerprint, state: 'pending', claimedAt: at, result: null }, absent)) return { claimed: true };
      const stored = await kvs.entity<StoredClaim>(entityName).get(key);
      if (stored === undefined) throw new Error(`request claim ${key} vanished while being read`);
      return { claimed: false, existing: claimSchema.parse(stored) };
    },
    takeOver: (key, previousAt, fingerprint, at) =>
      setIf(key, { fingerprint, state: 'pending', claimedAt: at, result: null }, new Filter<StoredClaim>().and('claimedAt', FilterConditions.equalTo(previousAt))),
    complete: async (key, fingerprint, at, result) => {
      await kvs.entity<StoredClaim>(entityName).set(key, { fingerprint, state: 'done', claimedAt: at, result: resultSchema.parse(result) });
    },
  };
}
