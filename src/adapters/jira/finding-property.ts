// The `clause9` property of a Finding issue (D7): the indexed { id, kind: 'finding', status, v } plus the full
// domain finding, its history, a revision counter for optimistic concurrency, and which Jira issue carries each
// of its corrective actions. Jira caps one property at 32 KB; `encodeFindingProperty` refuses a larger record
// before anything is written.
import { z } from 'zod';

import type { Finding } from '../../domain/finding';
import { FINDING_STATUSES } from '../../domain/finding';
import type { FindingHistoryEntry } from '../../domain/finding-intents';
import { findingHistoryEntrySchema, findingSchema } from '../../domain/finding-schema';
import { MAX_PROPERTY_BYTES } from './issue-property';

export const FINDING_PROPERTY_KIND = 'finding';
/** Schema version of the property layout. */
export const FINDING_PROPERTY_VERSION = 1;

export const actionIssueSchema = z.object({ id: z.string().min(1), issueId: z.string().min(1), issueKey: z.string().min(1) });
export type ActionIssue = z.infer<typeof actionIssueSchema>;

export interface FindingProperty {
  readonly id: string;
  readonly kind: typeof FINDING_PROPERTY_KIND;
  readonly status: Finding['status'];
  readonly v: typeof FINDING_PROPERTY_VERSION;
  /** +1 on every write; a writer that read another revision lost a race and must not write. */
  readonly rev: number;
  readonly state: Finding;
  readonly history: readonly FindingHistoryEntry[];
  /** The Jira issues of the finding's corrective actions (every cycle), by the action's app id. */
  readonly actions: readonly ActionIssue[];
}

export const findingPropertySchema: z.ZodType<FindingProperty> = z
  .object({
    id: z.string().min(1),
    kind: z.literal(FINDING_PROPERTY_KIND),
    status: z.enum(FINDING_STATUSES),
    v: z.literal(FINDING_PROPERTY_VERSION),
    rev: z.number().int().min(1),
    state: findingSchema,
    history: z.array(findingHistoryEntrySchema),
    actions: z.array(actionIssueSchema),
  })
  .refine((property) => property.status === property.state.status && property.id === property.state.id, {
    error: 'the indexed id and status must match the stored finding',
  });

export function findingProperty(state: Finding, history: readonly FindingHistoryEntry[], actions: readonly ActionIssue[], rev: number): FindingProperty {
  return { id: state.id, kind: FINDING_PROPERTY_KIND, status: state.status, v: FINDING_PROPERTY_VERSION, rev, state, history, actions };
}

/** The property's size in bytes as Jira measures it (UTF-8 JSON). */
export function propertyBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

export function fitsInProperty(value: unknown): boolean {
  return propertyBytes(value) <= MAX_PROPERTY_BYTES;
}
