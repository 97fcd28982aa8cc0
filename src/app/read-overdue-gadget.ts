// The overdue gadget's answer, from the overdue read model only (no Jira call): late work filtered by reason,
// oldest first, with each item's age derived from today, counts per reason and per escalation level, and groups.
import type { OverdueEntry } from '../adapters/storage/read-models/overdue-model';
import type { OverdueGadgetConfiguration } from '../contracts/gadget-configuration';
import type { OverdueGadgetItem, OverdueGadgetView } from '../contracts/gadget-views';
import { daysBetween, type LocalDate } from '../domain/local-date';
import { OVERDUE_REASONS, type OverdueReason } from '../domain/overdue-work';

export interface OverdueGadgetPorts {
  readonly readOverdue: () => Promise<ReadonlyMap<string, OverdueEntry>>;
  readonly readRefreshedAt: () => Promise<string | null>;
}

export const DEFAULT_OVERDUE_LIMIT = 50;

function groupName(item: OverdueGadgetItem, grouping: NonNullable<OverdueGadgetConfiguration['grouping']>): string {
  switch (grouping) {
    case 'owner':
      return item.ownerAccountId ?? 'unassigned';
    case 'reason':
      return item.reasons[0] ?? 'unknown';
    case 'level':
      return `level ${item.escalationLevel}`;
  }
}

export async function readOverdueGadget(
  ports: OverdueGadgetPorts,
  request: { readonly projectKey: string; readonly today: LocalDate; readonly configuration: OverdueGadgetConfiguration },
): Promise<OverdueGadgetView> {
  const [entries, computedAt] = await Promise.all([ports.readOverdue(), ports.readRefreshedAt()]);
  const wanted = new Set<OverdueReason>(request.configuration.reasons ?? OVERDUE_REASONS);
  const items = [...entries.values()]
    .filter((entry) => entry.reasons.some((reason) => wanted.has(reason)))
    .map(
      (entry): OverdueGadgetItem => ({
        issueKey: entry.key,
        summary: entry.summary,
        kind: entry.kind,
        reasons: entry.reasons.filter((reason) => wanted.has(reason)),
        ownerAccountId: entry.ownerAccountId,
        since: entry.since,
        ageDays: Math.max(0, daysBetween(entry.since, request.today)),
        escalationLevel: entry.escalationLevel,
      }),
    )
    .sort((a, b) => b.ageDays - a.ageDays || (a.issueKey < b.issueKey ? -1 : 1));
  const counts: Record<OverdueReason, number> = { check_overdue: 0, report_late: 0, action_overdue: 0, review_due: 0 };
  for (const item of items) for (const reason of item.reasons) counts[reason] += 1;
  const byLevel: [number, number, number, number] = [0, 0, 0, 0];
  for (const item of items) byLevel[item.escalationLevel] = (byLevel[item.escalationLevel] ?? 0) + 1;
  const grouping = request.configuration.grouping ?? 'reason';
  const groups = new Map<string, number>();
  for (const item of items) groups.set(groupName(item, grouping), (groups.get(groupName(item, grouping)) ?? 0) + 1);
  return {
    projectKey: request.projectKey,
    computedAt,
    today: request.today,
    total: items.length,
    counts,
    byLevel,
    groups: [...groups].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1)),
    items: items.slice(0, request.configuration.limit ?? DEFAULT_OVERDUE_LIMIT),
  };
}
