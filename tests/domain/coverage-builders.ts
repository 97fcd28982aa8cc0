// Builders for coverage tests: monitoring items, checks and findings with fixed literal dates, reached through the
// real transitions so they are states the domain would produce. Reuses the monitoring and finding builders.
import { scheduleCheck } from '../../src/domain/check-scheduling';
import { addDays, type LocalDate } from '../../src/domain/local-date';
import { completeCheck, skipCheck, startCheck, type CheckOutcome, type DoneCheck, type SkippedCheck } from '../../src/domain/monitoring-check';
import { ctx, d, plannedCheck } from './monitoring-builders';

export { activeItem, d, draftItem, recurrence } from './monitoring-builders';
export { findingIn, openImprovement, openNonconformity } from './finding-builders';

export const AS_OF = d('2026-03-15');

export const QUARTERLY_ON_1ST = { frequency: 'quarterly', interval: 1, on: { kind: 'day_of_month', day: 1 } } as const;
export const ANNUAL_ON_1ST = { frequency: 'annual', interval: 1, on: { kind: 'day_of_month', day: 1 } } as const;

interface CheckFacts {
  readonly id?: string;
  readonly itemId?: string;
  readonly dueOn?: string;
  readonly completedOn?: string;
  readonly outcome?: CheckOutcome;
}

function scheduledFor(facts: CheckFacts) {
  const itemId = facts.itemId ?? 'item-1';
  const dueOn: LocalDate = d(facts.dueOn ?? '2026-03-01');
  const planned = plannedCheck({ itemId, dueOn, occurrenceKey: `${itemId}@${dueOn}`, readyOn: addDays(dueOn, -5) });
  return scheduleCheck(planned, facts.id ?? `${itemId}@${dueOn}`, ctx({ by: 'app' })).check;
}

export function doneCheck(facts: CheckFacts = {}): DoneCheck {
  const outcome = facts.outcome ?? 'conforming';
  const started = startCheck(scheduledFor(facts), ctx()).check;
  const completion = {
    outcome,
    completedOn: d(facts.completedOn ?? facts.dueOn ?? '2026-03-01'),
    findingsSummary: outcome === 'conforming' || outcome === 'not_applicable' ? '' : 'Two admin logins from unknown IPs not investigated',
    recommendations: '',
  };
  return completeCheck(started, completion, ctx()).check;
}

export function skippedCheck(facts: CheckFacts = {}): SkippedCheck {
  return skipCheck(scheduledFor(facts), 'Log source offline during migration', ctx()).check;
}
