// Which late work an ISMS issue represents today, derived from its stored facts (never stored):
// - check_overdue:  a monitoring check not done (nor skipped) after its due date;
// - report_late:    a check's monitoring report not sent after the report deadline (skipped checks owe none);
// - action_overdue: a corrective action not done after its due date;
// - review_due:     a finding's effectiveness review has fallen due (today included) with no result yet.
// `since` is the date lateness counts from; an issue late for several reasons counts from the earliest.
import { assertNever } from './domain-error';
import { daysBetween, type LocalDate } from './local-date';

export const OVERDUE_REASONS = ['check_overdue', 'report_late', 'action_overdue', 'review_due'] as const;
export type OverdueReason = (typeof OVERDUE_REASONS)[number];

export type WorkFacts =
  | {
      readonly kind: 'check';
      /** Jira status category Done (completed or skipped). */
      readonly done: boolean;
      readonly skipped: boolean;
      readonly dueOn: LocalDate | null;
      readonly reportDueOn: LocalDate | null;
      readonly reportSentOn: LocalDate | null;
    }
  | { readonly kind: 'corrective_action'; readonly done: boolean; readonly dueOn: LocalDate | null }
  | { readonly kind: 'finding'; readonly done: boolean; readonly reviewDueOn: LocalDate | null; readonly reviewPending: boolean };

export interface Lateness {
  readonly reasons: readonly OverdueReason[];
  readonly since: LocalDate;
  /** Whole days from `since` to today (0 for a review due today). */
  readonly daysOverdue: number;
}

function lateReasons(facts: WorkFacts, today: LocalDate): [OverdueReason, LocalDate][] {
  switch (facts.kind) {
    case 'check': {
      const found: [OverdueReason, LocalDate][] = [];
      if (!facts.done && facts.dueOn !== null && facts.dueOn < today) found.push(['check_overdue', facts.dueOn]);
      if (!facts.skipped && facts.reportSentOn === null && facts.reportDueOn !== null && facts.reportDueOn < today) found.push(['report_late', facts.reportDueOn]);
      return found;
    }
    case 'corrective_action':
      return !facts.done && facts.dueOn !== null && facts.dueOn < today ? [['action_overdue', facts.dueOn]] : [];
    case 'finding':
      return !facts.done && facts.reviewPending && facts.reviewDueOn !== null && facts.reviewDueOn <= today ? [['review_due', facts.reviewDueOn]] : [];
    default:
      return assertNever(facts);
  }
}

/** Null when nothing about the issue is late today. */
export function latenessOf(facts: WorkFacts, today: LocalDate): Lateness | null {
  const found = lateReasons(facts, today);
  const first = found[0];
  if (first === undefined) return null;
  const since = found.reduce((earliest, [, date]) => (date < earliest ? date : earliest), first[1]);
  return { reasons: found.map(([reason]) => reason), since, daysOverdue: daysBetween(since, today) };
}
