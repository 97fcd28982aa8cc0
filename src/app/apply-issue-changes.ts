// Brings the read models up to date with changed or deleted app issues: the product-event trigger calls it for one
// issue, the sweep's reconcile for each page of issues changed since the last run. Only the entries of those issues
// change (their overdue entry, their item's done-check digests, their open-nonconformity entry).
import type { AppIssueSnapshot } from '../adapters/jira/app-issue-snapshot';
import { withDigest, type CheckDigest } from '../adapters/storage/read-models/check-digest-model';
import type { OpenNonconformity } from '../adapters/storage/read-models/nonconformity-model';
import type { OverdueEntry } from '../adapters/storage/read-models/overdue-model';
import { setTo, type EntryChange, type ShardedMap } from '../adapters/storage/read-models/sharded-map';
import type { LocalDate } from '../domain/local-date';
import { checkDigestOf, openNonconformityOf, overdueEntryOf } from './issue-read-model-entries';

export interface IssueReadModels {
  readonly overdue: ShardedMap<OverdueEntry>;
  readonly checkDigests: ShardedMap<CheckDigest[]>;
  readonly nonconformities: ShardedMap<OpenNonconformity>;
}

export interface IssueChanges {
  readonly snapshots: readonly AppIssueSnapshot[];
  readonly deletedIssueIds: readonly string[];
  readonly today: LocalDate;
  readonly at: string;
  /** The sweep rebuilds the overdue list itself right after reconciling; events update it here. */
  readonly includeOverdue: boolean;
}

export interface AppliedChanges {
  /** True when a done-check digest or an open nonconformity changed: the coverage rows need recomputing. */
  readonly coverageInputsChanged: boolean;
}

export async function applyIssueChanges(models: IssueReadModels, changes: IssueChanges): Promise<AppliedChanges> {
  const { snapshots, deletedIssueIds, at } = changes;
  const digestChanges = new Map<string, EntryChange<CheckDigest[]>>();
  const nonconformityChanges = new Map<string, EntryChange<OpenNonconformity>>();
  const overdueChanges = new Map<string, EntryChange<OverdueEntry>>();
  const touched = { coverage: false };

  for (const issue of snapshots) {
    if (changes.includeOverdue) overdueChanges.set(issue.id, setTo(overdueEntryOf(issue, changes.today)));
    const digest = checkDigestOf(issue);
    if (digest !== null) {
      const previous = digestChanges.get(digest.itemId);
      digestChanges.set(digest.itemId, (current) => {
        const before = previous === undefined ? (current ?? []) : (previous(current) ?? []);
        const after = withDigest(before, issue.id, digest.digest);
        if (JSON.stringify(after) !== JSON.stringify(current ?? [])) touched.coverage = true;
        return after.length === 0 ? null : after;
      });
    }
    if (issue.kind === 'finding') {
      const entry = openNonconformityOf(issue);
      nonconformityChanges.set(issue.id, (current) => {
        if (JSON.stringify(current ?? null) !== JSON.stringify(entry)) touched.coverage = true;
        return entry;
      });
    }
  }
  for (const issueId of deletedIssueIds) {
    if (changes.includeOverdue) overdueChanges.set(issueId, setTo<OverdueEntry>(null));
    nonconformityChanges.set(issueId, (current) => {
      if (current !== undefined) touched.coverage = true;
      return null;
    });
  }

  await Promise.all([
    digestChanges.size > 0 ? models.checkDigests.update(digestChanges, at) : undefined,
    nonconformityChanges.size > 0 ? models.nonconformities.update(nonconformityChanges, at) : undefined,
    overdueChanges.size > 0 ? models.overdue.update(overdueChanges, at) : undefined,
  ]);
  if (deletedIssueIds.length > 0) {
    // A deleted check's item is not in the event, so its digest is looked for in every document.
    const deleted = new Set(deletedIssueIds);
    await models.checkDigests.mapAll((digests) => {
      const kept = digests.filter((digest) => !deleted.has(digest.issueId));
      if (kept.length !== digests.length) touched.coverage = true;
      return kept.length === 0 ? null : kept;
    }, at);
  }
  return { coverageInputsChanged: touched.coverage };
}
