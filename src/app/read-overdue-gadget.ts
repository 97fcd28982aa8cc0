// The overdue gadget's answer, from the overdue and due-soon read models only (no Jira call): late work filtered by
// reason, oldest first, with each item's age derived from today, counts per reason and per escalation level, and
// groups; then the monitoring checks due within the configured days, soonest first.
import type { DueSoonEntry } from '../adapters/storage/read-models/due-soon-model';
import type { OverdueEntry } from '../adapters/storage/read-models/overdue-model';
import { DEFAULT_DUE_SOON_DAYS, type OverdueGadgetConfiguration } from '../contracts/gadget-configuration';
import type { DueSoonItem, OverdueGadgetItem, OverdueGadgetView } from '../contracts/gadget-views';
import { addDays, daysBetween, type LocalDate } from '../domain/local-date';
import { OVERDUE_REASONS, type OverdueReason } from '../domain/overdue-work';

export interface OverdueGadgetPorts {
  readonly readOverdue: () => Promise<ReadonlyMap<string, OverdueEntry>>;
  readonly readDueSoon: () => Promise<ReadonlyMap<string, DueSoonEntry>>;
  readonly readRefreshedAt: () => Promise<string | null>;
}

export const DEFAULT_OVERDUE_LIMIT = 50;

/** The groups an item belongs to: by reason, one per reason it is late for (so group counts match `counts`). */
function groupNames(item: OverdueGadgetItem, grouping: NonNullable<OverdueGadgetConfiguration['grouping']>): readonly string[] {
  switch (grouping) {
    case 'owner':
      return [item.ownerAccountId ?? 'unassigned'];
    case 'reason':
      return item.reasons;
    case 'level':
      return [`level ${item.escalationLevel}`];
  }
}

/** Checks due from today to `days` ahead, soonest first; an entry the sweep left behind (now overdue) is skipped. */
function dueSoonItems(entries: ReadonlyMap<string, DueSoonEntry>, today: LocalDate, days: number): DueSoonItem[] {
  const until = addDays(today, days);
  return [...entries.values()]
    .filter((entry) => entry.dueOn >= today && entry.dueOn <= until)
    .map((entry) => ({ issueKey: entry.key, summary: entry.summary, ownerAccountId: entry.ownerAccountId, dueOn: entry.dueOn, daysLeft: daysBetween(today, entry.dueOn) }))
    .sort((a, b) => a.daysLeft - b.daysLeft || (a.issueKey < b.issueKey ? -1 : 1));
}

export async function readOverdueGadget(
  ports: OverdueGadgetPorts,
  request: { readonly projectKey: string; readonly today: LocalDate; readonly configuration: OverdueGadgetConfiguration },
): Promise<OverdueGadgetView> {
  const includeDueSoon = request.configuration.includeDueSoon ?? true;
  const [entries, soon, computedAt] = await Promise.all([
    ports.readOverdue(),
    includeDueSoon ? ports.readDueSoon() : Promise.resolve(new Map<string, DueSoonEntry>()),
    ports.readRefreshedAt(),
  ]);
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
  for (const item of items) for (const name of groupNames(item, grouping)) groups.set(name, (groups.get(name) ?? 0) + 1);
  const limit = request.configuration.limit ?? DEFAULT_OVERDUE_LIMIT;
  const dueSoonDays = request.configuration.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const upcoming = includeDueSoon ? dueSoonItems(soon, request.today, dueSoonDays) : null;
  return {
    projectKey: request.projectKey,
    computedAt,
    today: request.today,
    total: items.length,
    counts,
    byLevel,
    groups: [...groups].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1)),
    items: items.slice(0, limit),
    dueSoon: upcoming === null ? null : { days: dueSoonDays, total: upcoming.length, items: upcoming.slice(0, limit) },
  };
}
