// The daily sweep's progress in KVS: the run (its date, phase, cursors and tallies), the lease that keeps a
// duplicate trigger or a late continuation from working at the same time, and the reconcile watermark.
import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import { z } from 'zod';

import { localDateSchema } from '../../domain/local-date';
import { SWEEP_KEYS } from './storage-keys';

export const SWEEP_PHASES = ['schedule', 'reconcile', 'detect', 'escalate', 'publish', 'done'] as const;
export type SweepPhase = (typeof SWEEP_PHASES)[number];

const tallySchema = z.object({
  created: z.number().int(),
  adopted: z.number().int(),
  createFailures: z.number().int(),
  reconciled: z.number().int(),
  overdue: z.number().int(),
  escalated: z.number().int(),
  notified: z.number().int(),
  notificationFailures: z.number().int(),
  invocations: z.number().int(),
});
export type SweepTally = z.infer<typeof tallySchema>;
export const EMPTY_TALLY: SweepTally = { created: 0, adopted: 0, createFailures: 0, reconciled: 0, overdue: 0, escalated: 0, notified: 0, notificationFailures: 0, invocations: 0 };

export const sweepRunSchema = z.object({
  today: localDateSchema,
  startedAt: z.string(),
  phase: z.enum(SWEEP_PHASES),
  finishedAt: z.string().nullable(),
  /** Reconcile cursor: which query, when it started (the next watermark) and the next page. */
  reconcile: z.object({ mode: z.enum(['bootstrap', 'changes']), startedAt: z.string(), jql: z.string(), nextPageToken: z.string().optional() }).nullable(),
  /** Escalation journal: issues notified at a level whose field is not written yet (no second notification). */
  notified: z.record(z.string(), z.number().int()),
  tally: tallySchema,
  /** The last problems worth an admin's attention (at most 20). */
  problems: z.array(z.string()),
});
export type SweepRun = z.infer<typeof sweepRunSchema>;

export async function readSweepRun(): Promise<SweepRun | undefined> {
  const stored = await kvs.get<unknown>(SWEEP_KEYS.run);
  return stored === undefined ? undefined : sweepRunSchema.parse(stored);
}

export async function writeSweepRun(run: SweepRun): Promise<void> {
  await kvs.set(SWEEP_KEYS.run, sweepRunSchema.parse(run));
}

export async function readReconciledAt(): Promise<string | undefined> {
  const stored = await kvs.get<unknown>(SWEEP_KEYS.reconciledAt);
  return stored === undefined ? undefined : z.string().parse(stored);
}

export async function writeReconciledAt(at: string): Promise<void> {
  await kvs.set(SWEEP_KEYS.reconciledAt, at);
}

const leaseSchema = z.object({ holder: z.string() });

/**
 * Takes the sweep lease unless someone holds it. The TTL outlives the longest invocation (900 s), so a holder that
 * died frees it by itself.
 */
export async function acquireSweepLease(holder: string, ttlSeconds: number): Promise<boolean> {
  try {
    await kvs.set(SWEEP_KEYS.lease, { holder }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: ttlSeconds, unit: 'SECONDS' } });
    return true;
  } catch (error) {
    if (isKeyConflict(error)) return false;
    throw error;
  }
}

export async function releaseSweepLease(holder: string): Promise<void> {
  const stored = leaseSchema.safeParse(await kvs.get<unknown>(SWEEP_KEYS.lease));
  if (stored.success && stored.data.holder === holder) await kvs.delete(SWEEP_KEYS.lease);
}

function isKeyConflict(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && (error.code === 'KEY_CONFLICT' || error.responseDetails.status === 409);
}
