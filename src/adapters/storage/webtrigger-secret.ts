// The per-site HMAC secret of the KPI web trigger, kept with KVS secrets (encrypted at rest, out of reach of
// ordinary reads and queries). Rotating replaces it at once: requests signed with the old secret are refused.
import { randomBytes } from 'node:crypto';

import { kvs } from '@forge/kvs';
import { z } from 'zod';

import { STORAGE_KEYS } from './storage-keys';

const storedSecretSchema = z.object({ secret: z.string().min(32), rotatedAt: z.string(), rotatedBy: z.string() });
export type WebTriggerSecret = z.infer<typeof storedSecretSchema>;

export async function readWebTriggerSecret(): Promise<WebTriggerSecret | undefined> {
  const stored = await kvs.getSecret<unknown>(STORAGE_KEYS.kpiWebTriggerSecret);
  return stored === undefined ? undefined : storedSecretSchema.parse(stored);
}

/** A new random 256-bit secret (hex), stored in place of the old one; returned so the admin can copy it once. */
export async function rotateWebTriggerSecret(meta: { readonly by: string; readonly at: string }): Promise<WebTriggerSecret> {
  const next: WebTriggerSecret = { secret: randomBytes(32).toString('hex'), rotatedAt: meta.at, rotatedBy: meta.by };
  await kvs.setSecret(STORAGE_KEYS.kpiWebTriggerSecret, next);
  return next;
}
