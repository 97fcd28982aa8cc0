// Lookup over the ISO/IEC 27001:2022 catalogue: clauses 4–10 and the 93 Annex A controls, by their ids
// ("9.2.1", "A.5.1"). Unknown ids are a DomainError, never undefined, so a typo cannot pass as "no coverage".
import { z } from 'zod';
import { DomainError } from '../domain-error';
import { ORGANIZATIONAL_CONTROLS } from './annex-a-organizational';
import { PEOPLE_CONTROLS, PHYSICAL_CONTROLS } from './annex-a-people-physical';
import { TECHNOLOGICAL_CONTROLS } from './annex-a-technological';
import type { AnnexAControl as GenericControl, Clause as GenericClause } from './catalogue-entry';
import { CLAUSES as CLAUSE_LIST, type ClauseId } from './clauses';

export type { ControlTheme } from './catalogue-entry';
export { CONTROL_THEMES } from './catalogue-entry';
export type { ClauseId } from './clauses';

export const ANNEX_A_CONTROLS = [...ORGANIZATIONAL_CONTROLS, ...PEOPLE_CONTROLS, ...PHYSICAL_CONTROLS, ...TECHNOLOGICAL_CONTROLS];

export type AnnexAControlId = (typeof ANNEX_A_CONTROLS)[number]['id'];
export type CatalogueId = ClauseId | AnnexAControlId;
export type Clause = GenericClause<ClauseId>;
export type AnnexAControl = GenericControl<AnnexAControlId>;
export type CatalogueEntry = Clause | AnnexAControl;

export const CLAUSES: readonly Clause[] = CLAUSE_LIST;
/** Clauses first, then Annex A, each in the standard's order: the order reports and exports list them in. */
export const CATALOGUE_ENTRIES: readonly CatalogueEntry[] = [...CLAUSES, ...ANNEX_A_CONTROLS];

const ENTRIES_BY_ID = new Map<string, CatalogueEntry>(CATALOGUE_ENTRIES.map((entry) => [entry.id, entry]));
const ORDER_BY_ID = new Map<string, number>(CATALOGUE_ENTRIES.map((entry, index) => [entry.id, index]));

export function isCatalogueId(value: string): value is CatalogueId {
  return ENTRIES_BY_ID.has(value);
}

export function isClauseId(value: string): value is ClauseId {
  return ENTRIES_BY_ID.get(value)?.kind === 'clause';
}

export function isAnnexAControlId(value: string): value is AnnexAControlId {
  return ENTRIES_BY_ID.get(value)?.kind === 'control';
}

function unknownId(id: string, expected: string): DomainError {
  return new DomainError('UNKNOWN_CATALOGUE_ID', `"${id}" is not ${expected} of ISO/IEC 27001:2022`, { id });
}

export function getCatalogueEntry(id: string): CatalogueEntry {
  const entry = ENTRIES_BY_ID.get(id);
  if (!entry) throw unknownId(id, 'a clause or Annex A control');
  return entry;
}

export function getClause(id: string): Clause {
  const entry = ENTRIES_BY_ID.get(id);
  if (entry?.kind !== 'clause') throw unknownId(id, 'a clause (4–10)');
  return entry;
}

export function getControl(id: string): AnnexAControl {
  const entry = ENTRIES_BY_ID.get(id);
  if (entry?.kind !== 'control') throw unknownId(id, 'an Annex A control (A.5.1–A.8.34)');
  return entry;
}

/** Sorts ids in the standard's order ("A.5.2" before "A.5.10"); unknown ids throw. */
export function compareCatalogueIds(a: string, b: string): number {
  const orderOf = (id: string): number => {
    const order = ORDER_BY_ID.get(id);
    if (order === undefined) throw unknownId(id, 'a clause or Annex A control');
    return order;
  };
  return orderOf(a) - orderOf(b);
}

export const CATALOGUE_ID_RULE = 'must be an ISO/IEC 27001:2022 clause id (4–10, e.g. "9.2.1") or Annex A control id (A.5.1–A.8.34)';

export const catalogueIdSchema = z
  .string({ error: `catalogue id ${CATALOGUE_ID_RULE}` })
  .refine(isCatalogueId, { error: (issue) => `catalogue id ${JSON.stringify(issue.input)} ${CATALOGUE_ID_RULE}` }); // narrows to CatalogueId
