// A monitoring check: one occurrence of a monitoring item, worked as a Jira issue.
//
// Status (where the work is) and outcome (what the check found) are kept apart: a check is `done`, its outcome is
// `nonconforming`. Lifecycle: scheduled → in_progress → done; scheduled | in_progress → skipped (with a reason).
// Once done, the monitoring report is sent to the steering committee (`markReportSent`). Timing — due soon, overdue,
// report late — is derived in check-timing.ts, never stored.
import { DomainError } from './domain-error';
import type { LocalDate } from './local-date';
import { historyEntry, type HistoryEntry, type TransitionContext } from './history-entry';
import { requireText } from './required-text';

export type CheckStatus = 'scheduled' | 'in_progress' | 'done' | 'skipped';
export const CHECK_OUTCOMES = ['conforming', 'nonconforming', 'partially_conforming', 'not_applicable'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

/** The monitoring report's content: the result in words, and what to improve. */
export interface CheckReport {
  readonly findingsSummary: string;
  readonly recommendations: string;
}

interface CheckBase {
  readonly id: string;
  readonly itemId: string;
  /** `${itemId}@${dueOn}`: one check per occurrence, whoever creates it and however often the sweep runs. */
  readonly occurrenceKey: string;
  readonly dueOn: LocalDate;
  /** Copied from the item when scheduled, so later matrix edits do not rewrite past checks. */
  readonly leadTimeDays: number;
  readonly responsibleAccountId: string;
}

export interface ScheduledCheck extends CheckBase {
  readonly status: 'scheduled';
}

export interface InProgressCheck extends CheckBase {
  readonly status: 'in_progress';
  readonly startedAt: string;
}

export interface DoneCheck extends CheckBase {
  readonly status: 'done';
  readonly startedAt: string;
  /** The measurement date: the report deadline counts from here. */
  readonly completedOn: LocalDate;
  readonly completedBy: string;
  readonly outcome: CheckOutcome;
  readonly report: CheckReport;
  readonly reportSentOn: LocalDate | null;
}

export interface SkippedCheck extends CheckBase {
  readonly status: 'skipped';
  readonly startedAt: string | null;
  readonly skippedAt: string;
  readonly skippedBy: string;
  readonly skipReason: string;
}

export type MonitoringCheck = ScheduledCheck | InProgressCheck | DoneCheck | SkippedCheck;

/** Which intent may move a check from where to where; the guards and the UI's offered actions both read it. */
const CHECK_INTENT_RULES = {
  start: { from: ['scheduled'], to: 'in_progress' },
  complete: { from: ['in_progress'], to: 'done' },
  skip: { from: ['scheduled', 'in_progress'], to: 'skipped' },
  markReportSent: { from: ['done'], to: 'done' },
} as const satisfies Record<string, { readonly from: readonly CheckStatus[]; readonly to: CheckStatus }>;

export type CheckIntent = keyof typeof CHECK_INTENT_RULES;
export type CheckHistoryEntry = HistoryEntry<CheckStatus, CheckIntent | 'schedule'>;
type CheckIn<I extends CheckIntent> = Extract<MonitoringCheck, { readonly status: (typeof CHECK_INTENT_RULES)[I]['from'][number] }>;

export interface CheckTransition<Check extends MonitoringCheck> {
  readonly check: Check;
  readonly history: CheckHistoryEntry;
}

export interface CheckCompletion {
  readonly outcome: CheckOutcome;
  readonly completedOn: LocalDate;
  readonly findingsSummary: string;
  readonly recommendations: string;
}

export function occurrenceKey(itemId: string, dueOn: LocalDate): string {
  return `${itemId}@${dueOn}`;
}

function canApply<I extends CheckIntent>(check: MonitoringCheck, intent: I): check is CheckIn<I> {
  const allowed: readonly CheckStatus[] = CHECK_INTENT_RULES[intent].from;
  return allowed.includes(check.status);
}

function requireIntent<I extends CheckIntent>(check: MonitoringCheck, intent: I): CheckIn<I> {
  if (canApply(check, intent)) return check;
  const rule = CHECK_INTENT_RULES[intent];
  throw new DomainError(
    'ILLEGAL_TRANSITION',
    `cannot "${intent}" a monitoring check in status "${check.status}": it moves a check from ${rule.from.map((status) => `"${status}"`).join(' or ')} to "${rule.to}"`,
    { checkId: check.id, intent, from: check.status, to: rule.to, allowedFrom: rule.from },
  );
}

/** What the UI may offer for this check. */
export function nextAllowedCheckIntents(check: MonitoringCheck): CheckIntent[] {
  return (Object.keys(CHECK_INTENT_RULES) as CheckIntent[]).filter(
    (intent) => canApply(check, intent) && !(intent === 'markReportSent' && check.status === 'done' && check.reportSentOn !== null),
  );
}

export function startCheck(check: MonitoringCheck, ctx: TransitionContext): CheckTransition<InProgressCheck> {
  const source = requireIntent(check, 'start');
  return { check: { ...source, status: 'in_progress', startedAt: ctx.at }, history: historyEntry(ctx, source.status, 'in_progress', 'start') };
}

/** A check that found a problem must say what: the summary is what a finding will be raised from. */
export function completeCheck(check: MonitoringCheck, completion: CheckCompletion, ctx: TransitionContext): CheckTransition<DoneCheck> {
  const source = requireIntent(check, 'complete');
  const findingsSummary = completion.findingsSummary.trim();
  if (findingsSummary === '' && (completion.outcome === 'nonconforming' || completion.outcome === 'partially_conforming')) {
    throw new DomainError('INVALID_INPUT', `findingsSummary must describe what was found when the outcome is ${completion.outcome}`, {
      field: 'findingsSummary',
      checkId: check.id,
      outcome: completion.outcome,
    });
  }
  return {
    check: {
      ...source,
      status: 'done',
      completedOn: completion.completedOn,
      completedBy: ctx.by,
      outcome: completion.outcome,
      report: { findingsSummary, recommendations: completion.recommendations.trim() },
      reportSentOn: null,
    },
    history: historyEntry({ ...ctx, note: ctx.note ?? completion.outcome }, source.status, 'done', 'complete'),
  };
}

export function skipCheck(check: MonitoringCheck, reason: string, ctx: TransitionContext): CheckTransition<SkippedCheck> {
  const source = requireIntent(check, 'skip');
  const skipReason = requireText(reason, 'reason');
  return {
    check: {
      ...source,
      status: 'skipped',
      startedAt: source.status === 'in_progress' ? source.startedAt : null,
      skippedAt: ctx.at,
      skippedBy: ctx.by,
      skipReason,
    },
    history: historyEntry({ ...ctx, note: skipReason }, source.status, 'skipped', 'skip'),
  };
}

/** Records that the monitoring report reached the steering committee: once, and not before the measurement. */
export function markReportSent(check: MonitoringCheck, sentOn: LocalDate, ctx: TransitionContext): CheckTransition<DoneCheck> {
  const source = requireIntent(check, 'markReportSent');
  if (source.reportSentOn !== null) {
    throw new DomainError('ILLEGAL_TRANSITION', `cannot "markReportSent" a monitoring check whose report was already sent on ${source.reportSentOn}`, {
      checkId: check.id,
      intent: 'markReportSent',
      reportSentOn: source.reportSentOn,
    });
  }
  if (sentOn < source.completedOn) {
    throw new DomainError('INVALID_INPUT', `reportSentOn ${sentOn} must not be before completedOn ${source.completedOn}`, { field: 'reportSentOn', checkId: check.id });
  }
  return { check: { ...source, reportSentOn: sentOn }, history: historyEntry({ ...ctx, note: ctx.note ?? `report sent on ${sentOn}` }, 'done', 'done', 'markReportSent') };
}
