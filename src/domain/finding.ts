// Findings (ISO/IEC 27001 9.2 and 10.2): what an audit, a monitoring check, a management review or an incident
// found, graded by kind, and where it stands in its lifecycle.
//
// Two lifecycles share the type, because the standard treats the grades differently:
// - nonconformities (major / minor) follow the full 10.2 loop —
//     open → contained → root_cause_analysed → corrective_action_planned → actions_implemented
//          → effectiveness_review → closed
//   and an ineffective effectiveness review sends them back, either to `reopened` (the root cause was wrong:
//   analyse again) or straight to `corrective_action_planned` (the cause stands, the actions were weak), starting
//   a new cycle. Earlier cycles are kept in `priorCycles`; `cycle` counts them. See finding-transitions.ts.
// - observations and opportunities for improvement (OFIs) need no root cause or effectiveness review —
//     open → action_planned → closed (actioned), or open | action_planned → closed (no action, with a reason).
//   See finding-improvement-transitions.ts.
import type { FailedEffectivenessReview, PassedEffectivenessReview } from './effectiveness-review';
import type { AccountId } from './history-entry';
import type { LocalDate } from './local-date';
import type { RootCauseAnalysis } from './root-cause';

export const FINDING_KINDS = ['major_nonconformity', 'minor_nonconformity', 'observation', 'opportunity_for_improvement'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export type NonconformityKind = Extract<FindingKind, 'major_nonconformity' | 'minor_nonconformity'>;
export type ImprovementKind = Exclude<FindingKind, NonconformityKind>;

/** Human labels. They are also the JQL values of `Finding.kind`, so changing one breaks saved filters. */
export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  major_nonconformity: 'Major nonconformity',
  minor_nonconformity: 'Minor nonconformity',
  observation: 'Observation',
  opportunity_for_improvement: 'Opportunity for improvement',
};

export function isNonconformity(kind: FindingKind): kind is NonconformityKind {
  return kind === 'major_nonconformity' || kind === 'minor_nonconformity';
}

export const FINDING_SOURCES = ['internal_audit', 'monitoring_check', 'management_review', 'incident', 'external_audit', 'other'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

export const FINDING_SOURCE_LABELS: Readonly<Record<FindingSource, string>> = {
  internal_audit: 'Internal audit',
  monitoring_check: 'Monitoring check',
  management_review: 'Management review',
  incident: 'Incident',
  external_audit: 'External audit',
  other: 'Other',
};

/** 10.2 a): the reaction — what was done to control and correct the nonconformity and deal with its consequences. */
export interface Containment {
  readonly correction: string;
  readonly consequences?: string;
  readonly containedOn: LocalDate;
}

/** At least one id: a nonconformity cannot be "planned" with nothing planned. */
export type CorrectiveActionIds = readonly [string, ...string[]];

interface FindingFacts<Kind extends FindingKind> {
  readonly id: string;
  readonly kind: Kind;
  readonly source: FindingSource;
  /** Where it came from: audit id, monitoring check key, review id, incident key; null only for source "other". */
  readonly sourceRef: string | null;
  /** ISO clause / Annex A control catalogue ids ("9.2", "A.5.15"); at least one for a nonconformity. */
  readonly references: readonly string[];
  readonly raisedBy: AccountId;
  readonly raisedOn: LocalDate;
  readonly title: string;
  readonly description: string;
}

/** A completed pass through the 10.2 loop whose effectiveness review found the actions ineffective. */
export interface IneffectiveCycle {
  readonly cycle: number;
  readonly containment: Containment;
  readonly rootCause: RootCauseAnalysis;
  readonly correctiveActionIds: CorrectiveActionIds;
  readonly implementedOn: LocalDate;
  readonly reviewDueOn: LocalDate;
  readonly review: FailedEffectivenessReview;
  readonly reason: string;
}

export interface NonconformityFacts extends FindingFacts<NonconformityKind> {
  /** 1 for the first pass; +1 each time an effectiveness review sends the finding back. */
  readonly cycle: number;
  readonly priorCycles: readonly IneffectiveCycle[];
}

export interface OpenNonconformity extends NonconformityFacts {
  readonly status: 'open';
}
export interface ContainedNonconformity extends NonconformityFacts {
  readonly status: 'contained';
  readonly containment: Containment;
}
export interface RootCauseAnalysedNonconformity extends NonconformityFacts {
  readonly status: 'root_cause_analysed';
  readonly containment: Containment;
  readonly rootCause: RootCauseAnalysis;
}
export interface CorrectiveActionPlannedNonconformity extends NonconformityFacts {
  readonly status: 'corrective_action_planned';
  readonly containment: Containment;
  readonly rootCause: RootCauseAnalysis;
  readonly correctiveActionIds: CorrectiveActionIds;
}
export interface ActionsImplementedNonconformity extends NonconformityFacts {
  readonly status: 'actions_implemented';
  readonly containment: Containment;
  readonly rootCause: RootCauseAnalysis;
  readonly correctiveActionIds: CorrectiveActionIds;
  /** The day the last of its actions was implemented. */
  readonly implementedOn: LocalDate;
}
export interface EffectivenessReviewNonconformity extends NonconformityFacts {
  readonly status: 'effectiveness_review';
  readonly containment: Containment;
  readonly rootCause: RootCauseAnalysis;
  readonly correctiveActionIds: CorrectiveActionIds;
  readonly implementedOn: LocalDate;
  /** When the review is scheduled: later than implementation, so recurrence has had time to show. */
  readonly reviewDueOn: LocalDate;
}
/** Closed only with a root cause and a passed review: the type has no way to say otherwise. */
export interface ClosedNonconformity extends NonconformityFacts {
  readonly status: 'closed';
  readonly containment: Containment;
  readonly rootCause: RootCauseAnalysis;
  readonly correctiveActionIds: CorrectiveActionIds;
  readonly implementedOn: LocalDate;
  readonly reviewDueOn: LocalDate;
  readonly review: PassedEffectivenessReview;
}
/** Sent back for a new root cause analysis; the earlier containment still stands unless a new one is recorded. */
export interface ReopenedNonconformity extends NonconformityFacts {
  readonly status: 'reopened';
  readonly containment: Containment;
}

export type NonconformityFinding =
  | OpenNonconformity
  | ContainedNonconformity
  | RootCauseAnalysedNonconformity
  | CorrectiveActionPlannedNonconformity
  | ActionsImplementedNonconformity
  | EffectivenessReviewNonconformity
  | ClosedNonconformity
  | ReopenedNonconformity;

export type ImprovementFacts = FindingFacts<ImprovementKind>;

export interface OpenImprovement extends ImprovementFacts {
  readonly status: 'open';
}
/** Accepted: something will be done. Tracked actions are optional — a small OFI may be handled without a ticket. */
export interface ActionPlannedImprovement extends ImprovementFacts {
  readonly status: 'action_planned';
  readonly plan: string;
  readonly correctiveActionIds: readonly string[];
}
export type ImprovementClosure =
  | { readonly outcome: 'actioned'; readonly plan: string; readonly correctiveActionIds: readonly string[]; readonly result: string; readonly closedOn: LocalDate }
  | { readonly outcome: 'no_action'; readonly reason: string; readonly closedOn: LocalDate };
export interface ClosedImprovement extends ImprovementFacts {
  readonly status: 'closed';
  readonly closure: ImprovementClosure;
}

export type ImprovementFinding = OpenImprovement | ActionPlannedImprovement | ClosedImprovement;

export type Finding = NonconformityFinding | ImprovementFinding;
export type FindingStatus = Finding['status'];

export const FINDING_STATUSES = [
  'open',
  'contained',
  'root_cause_analysed',
  'corrective_action_planned',
  'actions_implemented',
  'effectiveness_review',
  'closed',
  'reopened',
  'action_planned',
] as const satisfies readonly FindingStatus[];

export function isNonconformityFinding(finding: Finding): finding is NonconformityFinding {
  return isNonconformity(finding.kind);
}
