// The one classification the coverage gadget colours, from the facts of one clause or control as of a date.
// Most actionable first:
//   failing   — an open nonconformity on it, or a covering item's latest check found it (partially) nonconforming;
//   uncovered — no active monitoring item provides evidence for it;
//   stale     — monitored, but some covering item's last due occurrence went unchecked;
//   ok        — monitored, checked on time, nothing open against it.
// Audit coverage is reported beside the gap, not in it: audits and monitoring answer different clauses (9.2, 9.1).
import type { CheckOutcome } from './monitoring-check';
import { assertNever } from './domain-error';

export const COVERAGE_GAPS = ['failing', 'uncovered', 'stale', 'ok'] as const;
export type CoverageGap = (typeof COVERAGE_GAPS)[number];

export interface GapFacts {
  readonly hasActiveMonitoringItem: boolean;
  readonly checkedWithinWindow: boolean;
  /** The latest outcome of each active covering item that has one. */
  readonly latestOutcomes: readonly CheckOutcome[];
  readonly openNonconformities: number;
}

export function isFailingOutcome(outcome: CheckOutcome): boolean {
  switch (outcome) {
    case 'nonconforming':
    case 'partially_conforming':
      return true;
    case 'conforming':
    case 'not_applicable':
      return false;
    default:
      return assertNever(outcome);
  }
}

export function classifyGap(facts: GapFacts): CoverageGap {
  if (facts.openNonconformities > 0 || facts.latestOutcomes.some(isFailingOutcome)) return 'failing';
  if (!facts.hasActiveMonitoringItem) return 'uncovered';
  if (!facts.checkedWithinWindow) return 'stale';
  return 'ok';
}
