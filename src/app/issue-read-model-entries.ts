// What one app issue contributes to the read models, derived from its snapshot and today: its overdue entry, the
// done-check digest of its monitoring item, and its open-nonconformity entry. The domain state in the `clause9`
// property wins; the app's Jira fields are the fallback for issues the app did not write.
import type { AppIssueSnapshot } from '../adapters/jira/app-issue-snapshot';
import type { CheckDigest } from '../adapters/storage/read-models/check-digest-model';
import type { OpenNonconformity } from '../adapters/storage/read-models/nonconformity-model';
import type { RaisedNonconformity } from '../adapters/storage/read-models/raised-nonconformity-model';
import { DUE_SOON_HORIZON_DAYS, type DueSoonEntry } from '../adapters/storage/read-models/due-soon-model';
import type { OverdueEntry } from '../adapters/storage/read-models/overdue-model';
import { toEscalationLevel } from '../domain/escalation';
import { isNonconformity } from '../domain/finding';
import { addDays, type LocalDate } from '../domain/local-date';
import { CHECK_OUTCOMES, type CheckOutcome } from '../domain/monitoring-check';
import { latenessOf, type WorkFacts } from '../domain/overdue-work';

/** The `Check outcome` field's labels (manifest description), in CHECK_OUTCOMES order. */
const OUTCOME_LABELS = ['Conforming', 'Nonconforming', 'Partially conforming', 'Not applicable'] as const;

function outcomeOf(label: string | null | undefined): CheckOutcome | null {
  const index = OUTCOME_LABELS.findIndex((candidate) => candidate.toLowerCase() === label?.toLowerCase());
  return CHECK_OUTCOMES[index] ?? null;
}

export function workFactsOf(issue: AppIssueSnapshot): WorkFacts {
  const done = issue.statusCategory === 'done';
  switch (issue.kind) {
    case 'check':
      return {
        kind: 'check',
        done,
        skipped: issue.check?.status === 'skipped' || issue.clause9Status === 'skipped',
        dueOn: issue.dueOn,
        reportDueOn: issue.app['report-due-date'] ?? null,
        reportSentOn: issue.app['report-sent-date'] ?? null,
      };
    case 'corrective_action':
      return { kind: 'corrective_action', done, dueOn: issue.dueOn };
    case 'finding': {
      const result = issue.app['effectiveness-result'] ?? null;
      return { kind: 'finding', done, reviewDueOn: issue.app['effectiveness-review-due'] ?? null, reviewPending: result === null || result === 'Pending' };
    }
  }
}

export function overdueEntryOf(issue: AppIssueSnapshot, today: LocalDate): OverdueEntry | null {
  const lateness = latenessOf(workFactsOf(issue), today);
  if (lateness === null) return null;
  return {
    issueId: issue.id,
    key: issue.key,
    summary: issue.summary,
    kind: issue.kind,
    reasons: [...lateness.reasons],
    ownerAccountId: issue.assigneeAccountId,
    since: lateness.since,
    dueOn: issue.dueOn,
    escalationLevel: toEscalationLevel(issue.app['escalation-level'] ?? null),
    itemId: issue.app['monitoring-item'] ?? issue.check?.itemId ?? null,
  };
}

/** A monitoring check not done (nor skipped) and due from today to DUE_SOON_HORIZON_DAYS ahead; else null. */
export function dueSoonEntryOf(issue: AppIssueSnapshot, today: LocalDate): DueSoonEntry | null {
  if (issue.kind !== 'check') return null;
  const facts = workFactsOf(issue);
  const dueOn = issue.dueOn;
  if (facts.kind !== 'check' || facts.done || facts.skipped || dueOn === null) return null;
  if (dueOn < today || dueOn > addDays(today, DUE_SOON_HORIZON_DAYS)) return null;
  return { issueId: issue.id, key: issue.key, summary: issue.summary, ownerAccountId: issue.assigneeAccountId, dueOn, itemId: issue.app['monitoring-item'] ?? issue.check?.itemId ?? null };
}

/** The check's monitoring item and, when it is done with a known outcome, its digest. */
export function checkDigestOf(issue: AppIssueSnapshot): { readonly itemId: string; readonly digest: CheckDigest | null } | null {
  if (issue.kind !== 'check') return null;
  const itemId = issue.check?.itemId ?? issue.app['monitoring-item'] ?? null;
  if (itemId === null) return null;
  const state = issue.check;
  if (state !== null) {
    if (state.status !== 'done') return { itemId, digest: null };
    return { itemId, digest: { issueId: issue.id, key: issue.key, itemId, dueOn: state.dueOn, completedOn: state.completedOn, outcome: state.outcome } };
  }
  const outcome = outcomeOf(issue.app['check-outcome']);
  const dueOn = issue.dueOn;
  const completedOn = issue.resolvedOn;
  if (issue.statusCategory !== 'done' || outcome === null || dueOn === null || completedOn === null) return { itemId, digest: null };
  return { itemId, digest: { issueId: issue.id, key: issue.key, itemId, dueOn, completedOn, outcome } };
}

/** The finding as a raised nonconformity, open or closed, or null (not a nonconformity, or not a finding). */
export function raisedNonconformityOf(issue: AppIssueSnapshot): RaisedNonconformity | null {
  if (issue.kind !== 'finding') return null;
  const state = issue.finding;
  if (state !== null) {
    if (!isNonconformity(state.kind)) return null;
    return { key: issue.key, kind: state.kind, references: [...state.references], raisedOn: state.raisedOn };
  }
  const label = issue.app['finding-kind'];
  const kind = label === 'Major nonconformity' ? 'major_nonconformity' : label === 'Minor nonconformity' ? 'minor_nonconformity' : null;
  if (kind === null || issue.createdOn === null) return null;
  return { key: issue.key, kind, references: [...(issue.app['iso-clause'] ?? []), ...(issue.app['annex-a-control'] ?? [])], raisedOn: issue.createdOn };
}

/** The finding as an open nonconformity, or null (closed, not a nonconformity, or not a finding). */
export function openNonconformityOf(issue: AppIssueSnapshot): OpenNonconformity | null {
  if (issue.kind !== 'finding') return null;
  const state = issue.finding;
  if (state !== null) {
    if (!isNonconformity(state.kind) || state.status === 'closed') return null;
    return { issueId: issue.id, key: issue.key, kind: state.kind, references: [...state.references], raisedOn: state.raisedOn };
  }
  const label = issue.app['finding-kind'];
  const kind = label === 'Major nonconformity' ? 'major_nonconformity' : label === 'Minor nonconformity' ? 'minor_nonconformity' : null;
  if (kind === null || issue.statusCategory === 'done' || issue.createdOn === null) return null;
  const references = [...(issue.app['iso-clause'] ?? []), ...(issue.app['annex-a-control'] ?? [])];
  return { issueId: issue.id, key: issue.key, kind, references, raisedOn: issue.createdOn };
}
