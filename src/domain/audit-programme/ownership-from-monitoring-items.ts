// Builds the monitoring part of auditor independence from the monitoring matrix: whoever performs an item's checks
// or evaluates their results is part of that area's control. Retired items no longer make anyone responsible.
import type { AccountId } from '../history-entry';
import type { CatalogueId } from '../iso-catalogue/catalogue';
import type { MonitoringItem } from '../monitoring-item';
import type { AreaOwnership, OwnershipByAccount, ResponsibleMonitoringItem } from './independence';

/** Declared ownership (controls, processes) per account, to merge the matrix into. */
export type DeclaredOwnership = Readonly<Record<AccountId, { readonly catalogueIds: readonly CatalogueId[]; readonly processes: readonly string[] }>>;

export function ownershipWithMonitoringItems(declared: DeclaredOwnership, items: readonly MonitoringItem[]): OwnershipByAccount {
  const byAccount = new Map<AccountId, AreaOwnership>(
    Object.entries(declared).map(([accountId, owned]) => [accountId, { catalogueIds: owned.catalogueIds, processes: owned.processes, monitoringItems: [] }]),
  );
  const add = (accountId: AccountId, item: ResponsibleMonitoringItem): void => {
    const current = byAccount.get(accountId) ?? { catalogueIds: [], processes: [], monitoringItems: [] };
    byAccount.set(accountId, { ...current, monitoringItems: [...current.monitoringItems, item] });
  };
  for (const item of items) {
    if (item.status === 'retired') continue;
    const facts = { id: item.id, title: item.title, entity: item.entity.name, covers: item.covers };
    add(item.responsibleAccountId, { ...facts, responsibility: 'performs' });
    if (item.analysis.analystAccountId !== item.responsibleAccountId) add(item.analysis.analystAccountId, { ...facts, responsibility: 'evaluates' });
  }
  return Object.fromEntries(byAccount);
}
