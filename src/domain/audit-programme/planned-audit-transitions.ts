// The guarded intents of an internal audit. Each takes the audit, the facts the intent records and who acts when,
// and returns the new audit with its history entry; an intent from the wrong status is an ILLEGAL_TRANSITION.
import { DomainError } from '../domain-error';
import { historyEntry, type AccountId, type TransitionContext } from '../history-entry';
import { compareLocalDates, type LocalDate } from '../local-date';
import { requireText } from '../required-text';
import type {
  AuditIntent,
  AuditStatus,
  AuditTransition,
  CancelledAudit,
  InProgressAudit,
  PlannedAudit,
  PlannedAuditDraft,
  ReportedAudit,
} from './planned-audit';
import type { YearMonth } from './year-month';

const FROM = {
  assignAuditors: ['planned'],
  reschedule: ['planned'],
  start: ['planned'],
  report: ['in_progress'],
  cancel: ['planned', 'in_progress'],
} as const satisfies Record<Exclude<AuditIntent, 'plan'>, readonly AuditStatus[]>;

type GuardedIntent = keyof typeof FROM;
type AuditIn<I extends GuardedIntent> = Extract<PlannedAudit, { readonly status: (typeof FROM)[I][number] }>;

export function canApplyToAudit<I extends GuardedIntent>(audit: PlannedAudit, intent: I): audit is AuditIn<I> {
  const allowed: readonly AuditStatus[] = FROM[intent];
  return allowed.includes(audit.status);
}

function requireIntent<I extends GuardedIntent>(audit: PlannedAudit, intent: I): AuditIn<I> {
  if (canApplyToAudit(audit, intent)) return audit;
  const allowed: readonly AuditStatus[] = FROM[intent];
  throw new DomainError('ILLEGAL_TRANSITION', `cannot "${intent}" an audit in status "${audit.status}": allowed from ${allowed.map((s) => `"${s}"`).join(' or ')}`, {
    auditId: audit.id,
    intent,
    from: audit.status,
    allowedFrom: allowed,
  });
}

/** The team is non-empty, has no repeats, and the lead is one of them. */
export function requireAuditTeam(auditors: readonly AccountId[], leadAuditor: AccountId | null): readonly AccountId[] {
  const team = auditors.map((auditor) => requireText(auditor, 'auditors'));
  if (new Set(team).size !== team.length) throw new DomainError('INVALID_INPUT', 'auditors must not repeat an account', { field: 'auditors' });
  if (leadAuditor !== null && !team.includes(leadAuditor)) {
    throw new DomainError('INVALID_INPUT', 'leadAuditor must be one of the auditors', { field: 'leadAuditor', leadAuditor });
  }
  return team;
}

export function assignAuditors(
  audit: PlannedAudit,
  team: { readonly auditors: readonly AccountId[]; readonly leadAuditor: AccountId },
  ctx: TransitionContext,
): AuditTransition<PlannedAuditDraft> {
  const from = requireIntent(audit, 'assignAuditors');
  const auditors = requireAuditTeam(team.auditors, team.leadAuditor);
  const next: PlannedAuditDraft = { ...from, auditors, leadAuditor: team.leadAuditor };
  return { audit: next, history: historyEntry(ctx, from.status, next.status, 'assignAuditors') };
}

export function rescheduleAudit(audit: PlannedAudit, month: YearMonth, ctx: TransitionContext): AuditTransition<PlannedAuditDraft> {
  const from = requireIntent(audit, 'reschedule');
  const next: PlannedAuditDraft = { ...from, month };
  return { audit: next, history: historyEntry({ ...ctx, note: ctx.note ?? `moved from ${from.month} to ${month}` }, from.status, next.status, 'reschedule') };
}

/** Fieldwork starts: only with a lead auditor, who answers for the report. */
export function startAudit(audit: PlannedAudit, startedOn: LocalDate, ctx: TransitionContext): AuditTransition<InProgressAudit> {
  const from = requireIntent(audit, 'start');
  if (from.leadAuditor === null || from.auditors.length === 0) {
    throw new DomainError('ILLEGAL_TRANSITION', 'cannot "start" an audit without auditors and a lead auditor', { auditId: from.id, intent: 'start', field: 'leadAuditor' });
  }
  const next: InProgressAudit = { ...from, status: 'in_progress', leadAuditor: from.leadAuditor, startedOn };
  return { audit: next, history: historyEntry(ctx, from.status, next.status, 'start') };
}

export function reportAudit(
  audit: PlannedAudit,
  report: { readonly reportedOn: LocalDate; readonly reportRef: string; readonly conclusion?: string | undefined },
  ctx: TransitionContext,
): AuditTransition<ReportedAudit> {
  const from = requireIntent(audit, 'report');
  if (compareLocalDates(report.reportedOn, from.startedOn) < 0) {
    throw new DomainError('INVALID_INPUT', `reportedOn ${report.reportedOn} must not be before startedOn ${from.startedOn}`, { field: 'reportedOn' });
  }
  const conclusion = report.conclusion?.trim() ?? '';
  const next: ReportedAudit = {
    ...from,
    status: 'reported',
    reportedOn: report.reportedOn,
    reportRef: requireText(report.reportRef, 'reportRef'),
    ...(conclusion === '' ? {} : { conclusion }),
  };
  return { audit: next, history: historyEntry(ctx, from.status, next.status, 'report') };
}

export function cancelAudit(
  audit: PlannedAudit,
  cancellation: { readonly cancelledOn: LocalDate; readonly reason: string },
  ctx: TransitionContext,
): AuditTransition<CancelledAudit> {
  const from = requireIntent(audit, 'cancel');
  const reason = requireText(cancellation.reason, 'reason');
  const next: CancelledAudit = { ...from, status: 'cancelled', cancelledOn: cancellation.cancelledOn, reason };
  return { audit: next, history: historyEntry({ ...ctx, note: ctx.note ?? reason }, from.status, next.status, 'cancel') };
}
