// How a scope of catalogue ids relates to the requirements it reaches. Clauses nest ("9" ⊃ "9.2" ⊃ "9.2.1"), so an
// audit of clause 9 audits 9.2.1 too, and clause 9 counts as covered once each of its sub-clauses is.
// The unit every coverage question is answered in is the *requirement*: a clause without sub-clauses, or a control.
import {
  CLAUSES,
  compareCatalogueIds,
  getCatalogueEntry,
  type CatalogueId,
  type ClauseId,
} from '../iso-catalogue/catalogue';

const CHILDREN = new Map<ClauseId, ClauseId[]>();
for (const clause of CLAUSES) {
  if (clause.parent === null) continue;
  const siblings = CHILDREN.get(clause.parent) ?? [];
  siblings.push(clause.id);
  CHILDREN.set(clause.parent, siblings);
}

/** Clauses 4–10 at their finest grain ("4.1", "6.1.2", "10.2"), in the standard's order. */
export const REQUIREMENT_CLAUSES: readonly ClauseId[] = CLAUSES.filter((clause) => !CHILDREN.has(clause.id)).map((clause) => clause.id);

/** The requirements `id` stands for: itself for a control or a sub-clause-less clause, else its finest sub-clauses. */
export function requirementsOf(id: CatalogueId): CatalogueId[] {
  const entry = getCatalogueEntry(id);
  if (entry.kind === 'control') return [entry.id];
  const children = CHILDREN.get(entry.id);
  return children === undefined ? [entry.id] : children.flatMap(requirementsOf);
}

/** The requirements a scope reaches, deduplicated, in the standard's order. */
export function requirementsInScope(scope: Iterable<CatalogueId>): CatalogueId[] {
  const reached = new Set<CatalogueId>();
  for (const id of scope) for (const requirement of requirementsOf(id)) reached.add(requirement);
  return [...reached].sort(compareCatalogueIds);
}

/** True when `scopeId` is `id` or one of its enclosing clauses. */
export function scopeReaches(scopeId: CatalogueId, id: CatalogueId): boolean {
  let current: CatalogueId | null = id;
  while (current !== null) {
    if (current === scopeId) return true;
    const entry = getCatalogueEntry(current);
    current = entry.kind === 'clause' ? entry.parent : null;
  }
  return false;
}

/** True when any id of the scope reaches `id`, or (for a clause with sub-clauses) reaches every requirement of it. */
export function scopeCovers(scope: readonly CatalogueId[], id: CatalogueId): boolean {
  if (scope.some((scopeId) => scopeReaches(scopeId, id))) return true;
  const requirements = requirementsOf(id);
  if (requirements.length === 1 && requirements[0] === id) return false;
  return requirements.every((requirement) => scope.some((scopeId) => scopeReaches(scopeId, requirement)));
}

/** True when two scopes share a requirement ("9" and "9.2.1" do; "9.1" and "9.2" do not). */
export function scopesOverlap(a: readonly CatalogueId[], b: readonly CatalogueId[]): boolean {
  const reached = new Set(requirementsInScope(a));
  return requirementsInScope(b).some((requirement) => reached.has(requirement));
}
