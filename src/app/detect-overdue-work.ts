// Sweep phase 3: find today's late work with ONE JQL query over the app's fields (overdue checks, late reports,
// overdue corrective actions, effectiveness reviews due, and the checks due within DUE_SOON_HORIZON_DAYS) — its
// result grows with the work found, not with the site — and rebuild the overdue and due-soon read models from it.
// Overdue entries carry the escalation level Jira holds for each issue.
import { lateOrDueSoonJql } from '../adapters/jira/app-issue-jql';
import type { SnapshotPage } from '../adapters/jira/app-issue-snapshot';
import { DUE_SOON_HORIZON_DAYS, type DueSoonEntry } from '../adapters/storage/read-models/due-soon-model';
import type { OverdueEntry } from '../adapters/storage/read-models/overdue-model';
import type { SetupState } from '../adapters/storage/setup-state';
import { addDays, type LocalDate } from '../domain/local-date';
import { dueSoonEntryOf, overdueEntryOf } from './issue-read-model-entries';

export interface DetectOverduePorts {
  readonly searchSnapshots: (jql: string, nextPageToken: string | undefined) => Promise<SnapshotPage>;
  readonly replaceOverdue: (entries: ReadonlyMap<string, OverdueEntry>) => Promise<void>;
  readonly replaceDueSoon: (entries: ReadonlyMap<string, DueSoonEntry>) => Promise<void>;
  readonly hasTimeFor: () => boolean;
}

export type DetectResult = { readonly complete: true; readonly overdue: number } | { readonly complete: false };

export async function detectOverdueWork(ports: DetectOverduePorts, request: { readonly state: SetupState; readonly today: LocalDate }): Promise<DetectResult> {
  const jql = lateOrDueSoonJql(request.state, request.today, addDays(request.today, DUE_SOON_HORIZON_DAYS));
  const entries = new Map<string, OverdueEntry>();
  const dueSoon = new Map<string, DueSoonEntry>();
  let token: string | undefined;
  do {
    // Restarting detection is cheap (it reads only late work), so a cut-short run keeps no cursor here.
    if (!ports.hasTimeFor()) return { complete: false };
    const page = await ports.searchSnapshots(jql, token);
    for (const issue of page.snapshots) {
      const entry = overdueEntryOf(issue, request.today);
      if (entry !== null) entries.set(issue.id, entry);
      const soon = dueSoonEntryOf(issue, request.today);
      if (soon !== null) dueSoon.set(issue.id, soon);
    }
    token = page.nextPageToken;
  } while (token !== undefined);
  await Promise.all([ports.replaceOverdue(entries), ports.replaceDueSoon(dueSoon)]);
  return { complete: true, overdue: entries.size };
}
