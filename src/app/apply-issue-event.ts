// A Jira product event (issue created, updated, deleted) → only the affected read-model entries. Costs nothing for
// issues that are not the app's (decided from the event payload), one Jira call (fetching the issue as it is now)
// for the app's issues, and none for events the sweep itself caused (the checks it creates and their app fields, its
// escalation-level writes) — the sweep updates the read models for those. The daily reconcile repairs what events miss.
import type { AppIssueSnapshot } from '../adapters/jira/app-issue-snapshot';
import type { SetupState } from '../adapters/storage/setup-state';
import type { LocalDate } from '../domain/local-date';
import type { AppliedChanges, IssueChanges } from './apply-issue-changes';

export interface IssueEvent {
  readonly eventType: 'avi:jira:created:issue' | 'avi:jira:updated:issue' | 'avi:jira:deleted:issue';
  readonly issueId: string;
  readonly projectId: string | null;
  readonly issueTypeId: string | null;
  /** Field ids the update changed (empty when the event carries no changelog). */
  readonly changedFieldIds: readonly string[];
}

export interface ApplyIssueEventPorts {
  readonly readSetupState: () => Promise<SetupState | undefined>;
  /** The issue as Jira has it now; undefined when it is gone (deleted, or no longer visible to the app). */
  readonly fetchSnapshot: (state: SetupState, issueId: string) => Promise<AppIssueSnapshot | 'not-app-issue' | undefined>;
  readonly applyChanges: (changes: IssueChanges) => Promise<AppliedChanges>;
  readonly refreshCoverage: () => Promise<void>;
}

export type EventOutcome = 'ignored' | 'applied' | 'removed';

const SWEEP_CHECK_FIELDS = ['monitoring-item', 'report-due-date', 'escalation-level', 'iso-clause', 'annex-a-control'] as const;

function appIssueType(state: SetupState, issueTypeId: string | null): boolean | null {
  if (issueTypeId === null) return null;
  const { monitoringCheck, finding, correctiveAction } = state.issueTypeIds;
  return [monitoringCheck, finding, correctiveAction].includes(issueTypeId);
}

export async function applyIssueEvent(ports: ApplyIssueEventPorts, event: IssueEvent, when: { readonly today: LocalDate; readonly at: string }): Promise<EventOutcome> {
  const state = await ports.readSetupState();
  if (state === undefined) return 'ignored';
  if (event.projectId !== null && event.projectId !== state.projectId) return 'ignored';
  const ours = appIssueType(state, event.issueTypeId);
  if (ours === false) return 'ignored';
  if (event.eventType === 'avi:jira:created:issue' && event.issueTypeId === state.issueTypeIds.monitoringCheck) return 'ignored';
  // Field writes only the sweep makes: the new check's app fields, and escalation levels (it updates the models itself).
  const sweepFields = event.issueTypeId === state.issueTypeIds.monitoringCheck ? SWEEP_CHECK_FIELDS : (['escalation-level'] as const);
  const sweepOwned = new Set(sweepFields.map((key) => state.fieldIds[key]));
  if (event.eventType === 'avi:jira:updated:issue' && event.changedFieldIds.length > 0 && event.changedFieldIds.every((id) => sweepOwned.has(id))) return 'ignored';

  const snapshot = event.eventType === 'avi:jira:deleted:issue' ? undefined : await ports.fetchSnapshot(state, event.issueId);
  if (snapshot === 'not-app-issue') return 'ignored';
  const changes: IssueChanges =
    snapshot === undefined
      ? { snapshots: [], deletedIssueIds: [event.issueId], today: when.today, at: when.at, includeOverdue: true }
      : { snapshots: [snapshot], deletedIssueIds: [], today: when.today, at: when.at, includeOverdue: true };
  const applied = await ports.applyChanges(changes);
  if (applied.coverageInputsChanged) await ports.refreshCoverage();
  return snapshot === undefined ? 'removed' : 'applied';
}
