// Raising a finding: the one way a Finding comes into being, validated once.
// Rules beyond shape: a nonconformity names at least one requirement it breaks (a clause or control — that is what
// makes it a nonconformity); the source reference is required except for source "other".
import { z } from 'zod';

import { accountIdSchema, localDateFieldSchema, requiredTextSchema } from './field-schemas';
import type { FindingKind, FindingSource, OpenImprovement, OpenNonconformity } from './finding';
import { FINDING_KINDS, FINDING_SOURCES, isNonconformity } from './finding';
import type { FindingTransition } from './finding-intents';
import type { AccountId } from './history-entry';
import { historyEntry } from './history-entry';
import { CATALOGUE_ID_RULE, isCatalogueId } from './iso-catalogue/catalogue';
import type { LocalDate } from './local-date';
import { parseInput } from './parse-input';

export interface RaiseFindingInput {
  readonly id: string;
  readonly kind: FindingKind;
  readonly source: FindingSource;
  readonly sourceRef: string | null;
  readonly references: readonly string[];
  readonly raisedBy: AccountId;
  readonly raisedOn: LocalDate;
  readonly title: string;
  readonly description: string;
}

/** Jira's summary limit: the title becomes the issue summary. */
const TITLE_MAX = 255;
/** Jira's limit for a text field. */
const DESCRIPTION_MAX = 32_000;

export const raiseFindingInputSchema = z
  .object({
    id: requiredTextSchema('id', TITLE_MAX),
    kind: z.enum(FINDING_KINDS, { error: `kind must be one of ${FINDING_KINDS.join(', ')}` }),
    source: z.enum(FINDING_SOURCES, { error: `source must be one of ${FINDING_SOURCES.join(', ')}` }),
    sourceRef: z.string({ error: 'sourceRef must be text or null' }).trim().min(1, { error: 'sourceRef must not be blank (use null)' }).nullable(),
    references: z.array(
      z
        .string({ error: `references[] ${CATALOGUE_ID_RULE}` })
        .trim()
        .refine(isCatalogueId, { error: (issue) => `references[] ${JSON.stringify(issue.input)} ${CATALOGUE_ID_RULE}` }),
      { error: 'references must be a list' },
    ),
    raisedBy: accountIdSchema('raisedBy'),
    raisedOn: localDateFieldSchema('raisedOn'),
    title: requiredTextSchema('title', TITLE_MAX),
    description: requiredTextSchema('description', DESCRIPTION_MAX),
  })
  .superRefine((input, ctx) => {
    if (input.sourceRef === null && input.source !== 'other') {
      ctx.addIssue({ code: 'custom', path: ['sourceRef'], message: `sourceRef is required for source "${input.source}"` });
    }
    if (isNonconformity(input.kind) && input.references.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['references'], message: 'references must name at least one clause or control for a nonconformity' });
    }
    if (new Set(input.references).size !== input.references.length) {
      ctx.addIssue({ code: 'custom', path: ['references'], message: 'references must not repeat an id' });
    }
  });

/** A new finding in status "open" (cycle 1 for a nonconformity) and its first history entry, intent "raise". */
export function raiseFinding(input: RaiseFindingInput, at: string): FindingTransition<OpenNonconformity | OpenImprovement> {
  const facts = parseInput(raiseFindingInputSchema, input);
  const ctx = { at, by: facts.raisedBy };
  const { kind } = facts;
  if (isNonconformity(kind)) {
    const finding: OpenNonconformity = { ...facts, kind, status: 'open', cycle: 1, priorCycles: [] };
    return { finding, history: historyEntry(ctx, null, finding.status, 'raise') };
  }
  const finding: OpenImprovement = { ...facts, kind, status: 'open' };
  return { finding, history: historyEntry(ctx, null, finding.status, 'raise') };
}
