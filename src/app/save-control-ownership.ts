// The control ownership register behind the independence check (9.2.2 c): who owns which clauses, controls and
// processes. Versioned like every setting (who changed what, when); a stale page answers CONFLICT.
import type { VersionedRecord, VersionedValue } from '../adapters/storage/versioned-value';
import type { SaveOwnershipPayload } from '../contracts/audit-programme-payloads';
import type { DeclaredOwnership } from '../domain/audit-programme/ownership-from-monitoring-items';
import { compareCatalogueIds } from '../domain/iso-catalogue/catalogue';
import type { Actor } from './audit-programme-ports';

export interface OwnershipView {
  readonly owners: DeclaredOwnership;
  /** 0 until the register is first saved. */
  readonly version: number;
  readonly changedAt: string | null;
  readonly changedBy: string | null;
}

export function toOwnershipView(record: VersionedRecord<DeclaredOwnership> | undefined): OwnershipView {
  return { owners: record?.value ?? {}, version: record?.version ?? 0, changedAt: record?.changedAt ?? null, changedBy: record?.changedBy ?? null };
}

export async function saveControlOwnership(store: VersionedValue<DeclaredOwnership>, request: SaveOwnershipPayload, actor: Actor): Promise<OwnershipView> {
  // Sorted, so saving the same register in another order is recognised as no change.
  const owners = Object.fromEntries(
    Object.entries(request.owners)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([accountId, owned]) => [accountId, { catalogueIds: [...owned.catalogueIds].sort(compareCatalogueIds), processes: [...owned.processes] }]),
  );
  const meta = request.expectedVersion === undefined ? actor : { ...actor, expectedVersion: request.expectedVersion };
  return toOwnershipView(await store.write(owners, meta));
}
