// Sweep phase 3: find today's late work with ONE JQL query over the app's fields (overdue checks, late reports,
// overdue corrective actions, effectiveness reviews due) — its result grows with the late work, not with the site —
// and rebuild the overdue read model from it. Entries carry the escalation level Jira holds for each issue.
import { OVERDUE_KINDS, overdueJql } from '../adapters/jira/app-issue-jql';
import type { SnapshotPage } from '../adapters/jira/app-issue-snapshot';
import type { OverdueEntry } from '../adapters/storage/read-models/overdue-model';
import type { SetupState } from '../adapters/storage/setup-state';
import type { LocalDate } from '../domain/local-date';
import { overdueEntryOf } from './issue-read-model-entries';

export interface DetectOverduePorts {
  readonly searchSnapshots: (jql: string, nextPageToken: string | undefined) => Promise<SnapshotPage>;
  readonly replaceOverdue: (entries: ReadonlyMap<string, OverdueEntry>) => Promise<void>;
  readonly hasTimeFor: () => boolean;
}

export type DetectResult = { readonly complete: true; readonly overdue: number } | { readonly complete: false };

export async function detectOverdueWork(ports: DetectOverduePorts, request: { readonly state: SetupState; readonly today: LocalDate }): Promise<DetectResult> {
  const jql = overdueJql(request.state, OVERDUE_KINDS, { date: request.today });
  const entries = new Map<string, OverdueEntry>();
  let token: string | undefined;
  do {
    // Restarting detection is cheap (it reads only late work), so a cut-short run keeps no cursor here.
    if (!ports.hasTimeFor()) return { complete: false };
    const page = await ports.searchSnapshots(jql, token);
    for (const issue of page.snapshots) {
      const entry = overdueEntryOf(issue, request.today);
      if (entry !== null) entries.set(issue.id, entry);
    }
    token = page.nextPageToken;
  } while (token !== undefined);
  await ports.replaceOverdue(entries);
  return { complete: true, overdue: entries.size };
}
