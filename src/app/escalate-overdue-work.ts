// Sweep phase 4: escalate late work along the configured chain. The `Escalation level` field is the memory: an
// issue whose level is below the one due gets ONE notification to every newly reached role, then its field is set
// (one app-field call per batch), so each level happens once across days. A journal in the run state remembers
// notifications already sent when a run dies before writing the field, so a resumed run does not send them again.
import { JiraRequestError } from '../adapters/jira/jira-error';
import type { IssueNotification } from '../adapters/jira/notify-issue';
import type { OverdueEntry } from '../adapters/storage/read-models/overdue-model';
import type { EscalationSettings } from '../contracts/admin-settings';
import { escalationLevelDue, escalationStep, type EscalationStep } from '../domain/escalation';
import { daysBetween, type LocalDate } from '../domain/local-date';
import { escalationNotice, recipientsOf } from './escalation-notice';

export const ESCALATIONS_PER_BATCH = 50;

export interface EscalatePorts {
  readonly readOverdue: () => Promise<ReadonlyMap<string, OverdueEntry>>;
  readonly notify: (issueId: string, notification: IssueNotification) => Promise<void>;
  /** Writes `Escalation level` for each issue (one app-field call for the batch). */
  readonly setEscalationLevels: (levels: ReadonlyMap<string, number>) => Promise<void>;
  readonly updateOverdueLevels: (levels: ReadonlyMap<string, 1 | 2 | 3>) => Promise<void>;
  /** issue id → level already notified but not yet written to the field. */
  readonly readJournal: () => Promise<Readonly<Record<string, number>>>;
  readonly saveJournal: (journal: Readonly<Record<string, number>>) => Promise<void>;
  readonly hasTimeFor: () => boolean;
}

export interface EscalateResult {
  readonly complete: boolean;
  readonly escalated: number;
  readonly notified: number;
  readonly notificationFailures: number;
  readonly problems: readonly string[];
}

interface Due {
  readonly entry: OverdueEntry;
  readonly step: EscalationStep;
  readonly daysOverdue: number;
}

export function escalationsDue(entries: Iterable<OverdueEntry>, today: LocalDate, chain: EscalationSettings): Due[] {
  const thresholds = { owner: chain.owner.afterDaysOverdue, ismsManager: chain.ismsManager.afterDaysOverdue, steeringCommittee: chain.steeringCommittee.afterDaysOverdue };
  return [...entries].flatMap((entry) => {
    const daysOverdue = daysBetween(entry.since, today);
    const step = escalationStep(entry.escalationLevel, escalationLevelDue(daysOverdue, thresholds));
    return step === null ? [] : [{ entry, step, daysOverdue }];
  }).sort((a, b) => (a.entry.since < b.entry.since ? -1 : a.entry.since > b.entry.since ? 1 : a.entry.issueId < b.entry.issueId ? -1 : 1));
}

/** A notification Jira refused for good (no such recipients, mail off): the level is still recorded. */
function isPermanentRefusal(error: unknown): boolean {
  return error instanceof JiraRequestError && error.status >= 400 && error.status < 500 && error.status !== 429;
}

export async function escalateOverdueWork(ports: EscalatePorts, request: { readonly today: LocalDate; readonly chain: EscalationSettings }): Promise<EscalateResult> {
  const due = escalationsDue((await ports.readOverdue()).values(), request.today, request.chain);
  const journal = new Map(Object.entries(await ports.readJournal()));
  const problems: string[] = [];
  let escalated = 0;
  let notified = 0;
  let notificationFailures = 0;
  for (let start = 0; start < due.length; start += ESCALATIONS_PER_BATCH) {
    if (!ports.hasTimeFor()) return { complete: false, escalated, notified, notificationFailures, problems };
    const batch = due.slice(start, start + ESCALATIONS_PER_BATCH);
    for (const { entry, step, daysOverdue } of batch) {
      if ((journal.get(entry.issueId) ?? 0) >= step.to) continue;
      const recipients = recipientsOf(step, entry, request.chain);
      if (recipients.accountIds.length + recipients.groups.length === 0) {
        problems.push(`${entry.key} reached escalation level ${step.to}, but nobody is configured to be told (${step.roles.join(', ')}).`);
      } else {
        try {
          await ports.notify(entry.issueId, escalationNotice(entry, step, daysOverdue, recipients));
          notified += 1;
        } catch (error) {
          if (!isPermanentRefusal(error)) throw error;
          notificationFailures += 1;
          problems.push(`Jira did not send the escalation notice for ${entry.key}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      journal.set(entry.issueId, step.to);
      await ports.saveJournal(Object.fromEntries(journal));
    }
    const levels = new Map(batch.map(({ entry, step }) => [entry.issueId, step.to] as const));
    await ports.setEscalationLevels(levels);
    await ports.updateOverdueLevels(levels);
    for (const issueId of levels.keys()) journal.delete(issueId);
    await ports.saveJournal(Object.fromEntries(journal));
    escalated += batch.length;
  }
  return { complete: true, escalated, notified, notificationFailures, problems };
}
