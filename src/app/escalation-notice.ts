// The Jira notification an escalation sends: who gets it (the roles newly reached) and what it says.
import type { IssueNotification } from '../adapters/jira/notify-issue';
import type { OverdueEntry } from '../adapters/storage/read-models/overdue-model';
import type { EscalationSettings } from '../contracts/admin-settings';
import type { EscalationRole, EscalationStep } from '../domain/escalation';
import type { OverdueReason } from '../domain/overdue-work';

const REASON_TEXT: Readonly<Record<OverdueReason, string>> = {
  check_overdue: 'the monitoring check is overdue',
  report_late: 'the monitoring report has not reached the ISMS Steering Committee by its deadline',
  action_overdue: 'the corrective action is overdue',
  review_due: 'the effectiveness review of the corrective actions is due',
};

const ROLE_TEXT: Readonly<Record<EscalationRole, string>> = {
  owner: 'its owner',
  ismsManager: 'the ISMS manager',
  steeringCommittee: 'the ISMS Steering Committee',
};

export interface Recipients {
  readonly accountIds: readonly string[];
  readonly groups: readonly string[];
}

export function recipientsOf(step: EscalationStep, entry: OverdueEntry, chain: EscalationSettings): Recipients {
  const accountIds = new Set<string>();
  const groups = new Set<string>();
  for (const role of step.roles) {
    if (role === 'owner' && entry.ownerAccountId !== null) accountIds.add(entry.ownerAccountId);
    if (role === 'ismsManager' && chain.ismsManager.accountId !== null) accountIds.add(chain.ismsManager.accountId);
    if (role === 'steeringCommittee') {
      if (chain.steeringCommittee.groupName !== null) groups.add(chain.steeringCommittee.groupName);
      for (const accountId of chain.steeringCommittee.accountIds) accountIds.add(accountId);
    }
  }
  return { accountIds: [...accountIds], groups: [...groups] };
}

export function escalationNotice(entry: OverdueEntry, step: EscalationStep, daysOverdue: number, recipients: Recipients): IssueNotification {
  const reached = ROLE_TEXT[step.roles.at(-1) ?? 'owner'];
  const why = entry.reasons.map((reason) => REASON_TEXT[reason]).join('; ');
  const days = daysOverdue === 1 ? '1 day' : `${daysOverdue} days`;
  return {
    subject: `[Clause9] ${entry.key} escalated to ${reached}: ${days} late`,
    textBody:
      `${entry.key} "${entry.summary}": ${why} (since ${entry.since}, ${days}).\n` +
      `Escalation level ${step.to} of 3 (owner → ISMS manager → steering committee). Please act on it or record why it is late.`,
    to: { accountIds: recipients.accountIds, groups: recipients.groups },
  };
}
