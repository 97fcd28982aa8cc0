// What a management review pack is built from (9.3.2 a–g, plus adequacy of resources), as small summaries the
// adapters can compute cheaply from live data as of one date. An input left `undefined` means "no data": the pack
// lists it as missing rather than guessing. Lists of changes or feedback may be empty only when someone confirmed
// there was nothing to report — an empty list by itself is indistinguishable from nobody having looked.
import type { FindingKind } from '../finding';
import type { AccountId } from '../history-entry';
import type { Rag, TrendDirection } from '../kpi';
import type { LocalDate } from '../local-date';
import type { CheckOutcome } from '../monitoring-check';
import type { ClimateRelevance } from './climate-relevance';

export interface ReportingPeriod {
  readonly label: string;
  readonly from: LocalDate;
  /** Inclusive. */
  readonly to: LocalDate;
}

// a) status of actions from previous management reviews
export type ActionItemStatus = 'open' | 'in_progress' | 'done' | 'cancelled';
export interface PreviousActionItem {
  readonly id: string;
  readonly reviewId: string;
  readonly description: string;
  readonly owner: AccountId;
  readonly dueDate: LocalDate;
  readonly status: ActionItemStatus;
}

// b) external and internal issues; c) needs and expectations of interested parties — both with the climate line
export interface IssueChange {
  readonly origin: 'external' | 'internal';
  readonly description: string;
}
export interface InterestedPartyChange {
  readonly party: string;
  readonly change: string;
}
export interface ChangesInput<Change> {
  readonly changes: readonly Change[];
  /** Someone confirmed there were no changes in the period. */
  readonly noChangesConfirmed: boolean;
  readonly climate: ClimateRelevance;
}

// d1) nonconformities and corrective actions, per period
export interface NonconformityPeriod {
  readonly period: ReportingPeriod;
  readonly nonconformitiesOpened: number;
  readonly nonconformitiesClosed: number;
  readonly correctiveActionsOpened: number;
  readonly correctiveActionsClosed: number;
  /** Open and past their due date at the end of the period. */
  readonly correctiveActionsOverdue: number;
}

// d2) monitoring and measurement results
export interface MonitoringPeriod {
  readonly period: ReportingPeriod;
  readonly checksDue: number;
  readonly checksDoneOnTime: number;
  readonly outcomes: Readonly<Partial<Record<CheckOutcome, number>>>;
}
export interface KpiSummary {
  readonly kpiId: string;
  readonly name: string;
  readonly rag: Rag;
  readonly trend: TrendDirection;
  /** Not fed on schedule (see kpi-staleness). */
  readonly stale: boolean;
}
export interface MonitoringInput {
  readonly periods: readonly MonitoringPeriod[];
  readonly kpis: readonly KpiSummary[];
}

// d3) audit results, per period
export interface AuditPeriod {
  readonly period: ReportingPeriod;
  readonly auditsPlanned: number;
  readonly auditsHeld: number;
  readonly findings: Readonly<Partial<Record<FindingKind, number>>>;
}

// d4) fulfilment of information security objectives (6.2)
export interface SecurityObjectiveSummary {
  readonly id: string;
  readonly title: string;
  readonly target: string;
  /** Null when not measured. */
  readonly actual: string | null;
  /** Null when not evaluated. */
  readonly achieved: boolean | null;
}

// e) feedback from interested parties
export interface InterestedPartyFeedback {
  readonly party: string;
  readonly summary: string;
  readonly receivedOn: LocalDate;
}
export interface FeedbackInput {
  readonly entries: readonly InterestedPartyFeedback[];
  readonly noFeedbackConfirmed: boolean;
}

// f) results of risk assessment and status of the risk treatment plan
export interface RiskInput {
  /** Null when no risk assessment has been done. */
  readonly assessedOn: LocalDate | null;
  readonly risksByLevel: readonly { readonly level: string; readonly count: number }[];
  readonly risksAboveAcceptance: number;
  readonly treatmentActionsTotal: number;
  readonly treatmentActionsCompleted: number;
  readonly treatmentActionsOverdue: number;
}

// g) opportunities for continual improvement: OFIs still open
export interface OpenImprovementOpportunity {
  readonly findingId: string;
  readonly title: string;
  readonly raisedOn: LocalDate;
}

// adequacy of resources (7.1, and a usual agenda item of 9.3)
export type ResourceAssessment = 'adequate' | 'inadequate' | 'not_assessed';
export interface ResourceAdequacy {
  readonly assessment: ResourceAssessment;
  readonly note: string;
}

export interface ReviewPackInputs {
  readonly previousActions?: readonly PreviousActionItem[];
  readonly issueChanges?: ChangesInput<IssueChange>;
  readonly interestedPartyChanges?: ChangesInput<InterestedPartyChange>;
  readonly nonconformities?: readonly NonconformityPeriod[];
  readonly monitoring?: MonitoringInput;
  readonly audits?: readonly AuditPeriod[];
  readonly objectives?: readonly SecurityObjectiveSummary[];
  readonly interestedPartyFeedback?: FeedbackInput;
  readonly risk?: RiskInput;
  readonly improvementOpportunities?: readonly OpenImprovementOpportunity[];
  readonly resources?: ResourceAdequacy;
}
