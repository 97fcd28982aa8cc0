// The change history of one matrix item, newest first: who changed it, when, what it was before and after, which
// lifecycle intent that was (derived from the statuses) and which fields differ.
import type { MonitoringItemChangeView } from '../contracts/matrix-payloads';
import type { MonitoringItem } from '../domain/monitoring-item';
import { definitionOf, requireItem, sameValue, type MatrixPorts } from './matrix-ports';

function changedFields(before: MonitoringItem, after: MonitoringItem): string[] {
  const old = definitionOf(before);
  const now = definitionOf(after);
  return (Object.keys(now) as (keyof typeof now)[]).filter((field) => !sameValue(old[field], now[field]));
}

export function changeIntent(before: MonitoringItem | null, after: MonitoringItem): MonitoringItemChangeView['intent'] {
  if (before === null) return 'create';
  if (before.status !== after.status) return after.status === 'retired' ? 'retire' : 'activate';
  return 'revise';
}

export async function listItemHistory(
  ports: Pick<MatrixPorts, 'readItem' | 'itemHistory'>,
  request: { readonly id: string; readonly limit?: number; readonly cursor?: string },
): Promise<{ readonly changes: readonly MonitoringItemChangeView[]; readonly nextCursor?: string }> {
  await requireItem(ports, request.id);
  const page = await ports.itemHistory(request.id, {
    ...(request.limit === undefined ? {} : { limit: request.limit }),
    ...(request.cursor === undefined ? {} : { cursor: request.cursor }),
  });
  const changes = page.changes.map((change): MonitoringItemChangeView => ({
    version: change.seq,
    at: change.at,
    by: change.by,
    intent: changeIntent(change.before, change.after),
    fromStatus: change.before?.status ?? null,
    toStatus: change.after.status,
    changedFields: change.before === null ? [] : changedFields(change.before, change.after),
    before: change.before,
    after: change.after,
  }));
  return page.nextCursor === undefined ? { changes } : { changes, nextCursor: page.nextCursor };
}
