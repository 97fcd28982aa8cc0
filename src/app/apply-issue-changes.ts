// Brings the read models up to date with changed or deleted app issues: the product-event trigger calls it for one
// issue, the sweep's reconcile for each page of issues changed since the last run. Only the entries of those issues
// change (their overdue and due-soon entries, their item's done-check digests and completed-check history, their
// open- and raised-nonconformity entries).
import type { AppIssueSnapshot } from '../adapters/jira/app-issue-snapshot';
import { withDigest, type CheckDigest } from '../adapters/storage/read-models/check-digest-model';
import { historyKeptFrom, withCompletedCheck, type CompletedCheck, type ItemCheckHistory } from '../adapters/storage/read-models/check-history-model';
import type { DueSoonEntry } from '../adapters/storage/read-models/due-soon-model';
import type { OpenNonconformity } from '../adapters/storage/read-models/nonconformity-model';
import type { OverdueEntry } from '../adapters/storage/read-models/overdue-model';
import type { RaisedNonconformity } from '../adapters/storage/read-models/raised-nonconformity-model';
import { setTo, type EntryChange, type ShardedMap } from '../adapters/storage/read-models/sharded-map';
import type { LocalDate } from '../domain/local-date';
import { checkDigestOf, dueSoonEntryOf, openNonconformityOf, overdueEntryOf, raisedNonconformityOf } from './issue-read-model-entries';

export interface IssueReadModels {
  readonly overdue: ShardedMap<OverdueEntry>;
  readonly checkDigests: ShardedMap<CheckDigest[]>;
  readonly nonconformities: ShardedMap<OpenNonconformity>;
  readonly dueSoon: ShardedMap<DueSoonEntry>;
  readonly checkHistory: ShardedMap<ItemCheckHistory>;
  readonly raisedNonconformities: ShardedMap<RaisedNonconformity>;
}

export interface IssueChanges {
  readonly snapshots: readonly AppIssueSnapshot[];
  readonly deletedIssueIds: readonly string[];
  readonly today: LocalDate;
  readonly at: string;
  /** The sweep rebuilds the overdue and due-soon lists itself right after reconciling; events update them here. */
  readonly includeOverdue: boolean;
}

export interface AppliedChanges {
  /** True when a done check or a nonconformity changed: the coverage rows and grid need recomputing. */
  readonly coverageInputsChanged: boolean;
}

export async function applyIssueChanges(models: IssueReadModels, changes: IssueChanges): Promise<AppliedChanges> {
  const { snapshots, deletedIssueIds, at } = changes;
  const digestChanges = new Map<string, EntryChange<CheckDigest[]>>();
  const nonconformityChanges = new Map<string, EntryChange<OpenNonconformity>>();
  const overdueChanges = new Map<string, EntryChange<OverdueEntry>>();
  const dueSoonChanges = new Map<string, EntryChange<DueSoonEntry>>();
  const historyChanges = new Map<string, EntryChange<ItemCheckHistory>>();
  const raisedChanges = new Map<string, EntryChange<RaisedNonconformity>>();
  const keptFrom = historyKeptFrom(changes.today);
  const touched = { coverage: false };
  const noting = <E>(entry: E | null): EntryChange<E> => (current) => {
    if (JSON.stringify(current ?? null) !== JSON.stringify(entry)) touched.coverage = true;
    return entry;
  };

  for (const issue of snapshots) {
    if (changes.includeOverdue) {
      overdueChanges.set(issue.id, setTo(overdueEntryOf(issue, changes.today)));
      dueSoonChanges.set(issue.id, setTo(dueSoonEntryOf(issue, changes.today)));
    }
    const digest = checkDigestOf(issue);
    if (digest !== null) {
      const completed: CompletedCheck | null = digest.digest === null ? null : { key: digest.digest.key, completedOn: digest.digest.completedOn, outcome: digest.digest.outcome };
      const previousHistory = historyChanges.get(digest.itemId);
      historyChanges.set(digest.itemId, (current) => {
        const before = previousHistory === undefined ? (current ?? {}) : (previousHistory(current) ?? {});
        const after = withCompletedCheck(before, issue.id, completed, keptFrom);
        if (JSON.stringify(after) !== JSON.stringify(current ?? {})) touched.coverage = true;
        return Object.keys(after).length === 0 ? null : after;
      });
      const previous = digestChanges.get(digest.itemId);
      digestChanges.set(digest.itemId, (current) => {
        const before = previous === undefined ? (current ?? []) : (previous(current) ?? []);
        const after = withDigest(before, issue.id, digest.digest);
        if (JSON.stringify(after) !== JSON.stringify(current ?? [])) touched.coverage = true;
        return after.length === 0 ? null : after;
      });
    }
    if (issue.kind === 'finding') {
      raisedChanges.set(issue.id, noting(raisedNonconformityOf(issue)));
      const entry = openNonconformityOf(issue);
      nonconformityChanges.set(issue.id, (current) => {
        if (JSON.stringify(current ?? null) !== JSON.stringify(entry)) touched.coverage = true;
        return entry;
      });
    }
  }
  for (const issueId of deletedIssueIds) {
    if (changes.includeOverdue) {
      overdueChanges.set(issueId, setTo<OverdueEntry>(null));
      dueSoonChanges.set(issueId, setTo<DueSoonEntry>(null));
    }
    raisedChanges.set(issueId, noting<RaisedNonconformity>(null));
    nonconformityChanges.set(issueId, (current) => {
      if (current !== undefined) touched.coverage = true;
      return null;
    });
  }

  await Promise.all([
    digestChanges.size > 0 ? models.checkDigests.update(digestChanges, at) : undefined,
    nonconformityChanges.size > 0 ? models.nonconformities.update(nonconformityChanges, at) : undefined,
    overdueChanges.size > 0 ? models.overdue.update(overdueChanges, at) : undefined,
    dueSoonChanges.size > 0 ? models.dueSoon.update(dueSoonChanges, at) : undefined,
    historyChanges.size > 0 ? models.checkHistory.update(historyChanges, at) : undefined,
    raisedChanges.size > 0 ? models.raisedNonconformities.update(raisedChanges, at) : undefined,
  ]);
  if (deletedIssueIds.length > 0) {
    // A deleted check's item is not in the event, so its digest is looked for in every document.
    const deleted = new Set(deletedIssueIds);
    await models.checkDigests.mapAll((digests) => {
      const kept = digests.filter((digest) => !deleted.has(digest.issueId));
      if (kept.length !== digests.length) touched.coverage = true;
      return kept.length === 0 ? null : kept;
    }, at);
    await models.checkHistory.mapAll((history) => {
      const kept = Object.fromEntries(Object.entries(history).filter(([issueId]) => !deleted.has(issueId)));
      if (Object.keys(kept).length !== Object.keys(history).length) touched.coverage = true;
      return Object.keys(kept).length === 0 ? null : kept;
    }, at);
  }
  return { coverageInputsChanged: touched.coverage };
}
