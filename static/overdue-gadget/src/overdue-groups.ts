// Grouping of late work for the overdue gadget: by owner, age, kind of late work or escalation level. Grouped by
// kind, an issue late for two reasons (a check still open after its report deadline) is listed under both, so each
// group's count equals that kind's count in the summary.
import type { OverdueGadgetItem } from '../../../src/contracts/gadget-views';
import { OVERDUE_REASONS, type OverdueReason } from '../../../src/domain/overdue-work';

export const GROUPINGS = ['owner', 'age', 'reason', 'level'] as const;
export type GroupBy = (typeof GROUPINGS)[number];

export const REASON_LABEL: Record<OverdueReason, string> = {
  check_overdue: 'Overdue check',
  report_late: 'Late report',
  action_overdue: 'Overdue corrective action',
  review_due: 'Effectiveness review due',
};
export const LEVEL_LABEL = ['Not escalated', 'L1 · owner reminded', 'L2 · ISMS manager', 'L3 · steering committee'];

export function ageBucket(days: number): { readonly order: number; readonly name: string } {
  if (days > 30) return { order: 0, name: 'More than 30 days late' };
  if (days > 7) return { order: 1, name: '8–30 days late' };
  if (days > 0) return { order: 2, name: '1–7 days late' };
  return { order: 3, name: 'Due today' };
}

function placesOf(item: OverdueGadgetItem, groupBy: GroupBy, ownerName: (id: string | null) => string): { readonly order: number; readonly name: string }[] {
  switch (groupBy) {
    case 'age':
      return [ageBucket(item.ageDays)];
    case 'level':
      return [{ order: 3 - item.escalationLevel, name: LEVEL_LABEL[item.escalationLevel] ?? `Level ${item.escalationLevel}` }];
    case 'reason':
      return item.reasons.map((reason) => ({ order: OVERDUE_REASONS.indexOf(reason), name: REASON_LABEL[reason] }));
    case 'owner':
      return [{ order: 0, name: ownerName(item.ownerAccountId) }];
  }
}

export function groupItems(items: readonly OverdueGadgetItem[], groupBy: GroupBy, ownerName: (id: string | null) => string): { name: string; items: OverdueGadgetItem[] }[] {
  const groups = new Map<string, { order: number; items: OverdueGadgetItem[] }>();
  for (const item of items) {
    for (const { order, name } of placesOf(item, groupBy, ownerName)) {
      const group = groups.get(name) ?? { order, items: [] };
      group.items.push(item);
      groups.set(name, group);
    }
  }
  return [...groups]
    .sort(([nameA, a], [nameB, b]) => a.order - b.order || b.items.length - a.items.length || nameA.localeCompare(nameB))
    .map(([name, group]) => ({ name, items: group.items }));
}
