// The management review pack (9.3.2): one section per input, each null when its data is missing, and the list of
// what is missing — so top management sees the gaps in the pack instead of discovering them in the meeting.
import type { FindingKind } from '../finding';
import type { Rag } from '../kpi';
import type { LocalDate } from '../local-date';
import type { CheckOutcome } from '../monitoring-check';
import type { ClimateRelevance } from './climate-relevance';
import type { PeriodTrend } from './period-trend';
import type {
  ActionItemStatus,
  AuditPeriod,
  FeedbackInput,
  InterestedPartyChange,
  IssueChange,
  KpiSummary,
  MonitoringPeriod,
  NonconformityPeriod,
  OpenImprovementOpportunity,
  PreviousActionItem,
  ResourceAdequacy,
  ReviewPackInputs,
  RiskInput,
  SecurityObjectiveSummary,
} from './review-pack-inputs';

export type PackInput = keyof ReviewPackInputs;

export interface MissingInput {
  readonly input: PackInput;
  /** Where the standard asks for it, e.g. "9.3.2 d) 4)". */
  readonly clause: string;
  readonly message: string;
}

export interface PreviousActionsSection {
  readonly items: readonly (PreviousActionItem & { readonly overdue: boolean })[];
  readonly byStatus: Readonly<Record<ActionItemStatus, number>>;
  readonly overdue: number;
}

export interface ChangesSection<Change> {
  readonly changes: readonly Change[];
  readonly noChangesConfirmed: boolean;
  readonly climate: ClimateRelevance;
  readonly climateLine: string;
}

export interface NonconformitySection {
  readonly periods: readonly NonconformityPeriod[];
  readonly nonconformitiesOpened: PeriodTrend;
  readonly nonconformitiesClosed: PeriodTrend;
  readonly correctiveActionsOpened: PeriodTrend;
  readonly correctiveActionsClosed: PeriodTrend;
  readonly correctiveActionsOverdue: PeriodTrend;
}

export interface MonitoringSection {
  readonly periods: readonly (MonitoringPeriod & { readonly onTimePercent: number | null })[];
  readonly checksOnTime: PeriodTrend;
  /** Outcomes of the latest period, every outcome listed. */
  readonly outcomes: Readonly<Record<CheckOutcome, number>>;
  readonly kpis: readonly KpiSummary[];
  readonly kpisByRag: Readonly<Record<Rag, number>>;
  readonly kpisWorsening: readonly KpiSummary[];
  readonly kpisStale: readonly KpiSummary[];
}

export interface AuditSection {
  readonly periods: readonly AuditPeriod[];
  readonly auditsHeld: PeriodTrend;
  /** Major and minor nonconformities raised by audits, per period. */
  readonly nonconformities: PeriodTrend;
  /** Findings of the latest period, every kind listed. */
  readonly findingsByKind: Readonly<Record<FindingKind, number>>;
}

export interface ObjectivesSection {
  readonly objectives: readonly SecurityObjectiveSummary[];
  readonly achieved: number;
  readonly notAchieved: number;
  readonly notEvaluated: number;
}

export interface RiskSection extends RiskInput {
  /** Null when there are no treatment actions. */
  readonly treatmentCompletedPercent: number | null;
}

export interface ImprovementSection {
  readonly open: readonly OpenImprovementOpportunity[];
}

export interface ReviewPack {
  readonly asOf: LocalDate;
  readonly previousActions: PreviousActionsSection | null;
  readonly issueChanges: ChangesSection<IssueChange> | null;
  readonly interestedPartyChanges: ChangesSection<InterestedPartyChange> | null;
  readonly nonconformities: NonconformitySection | null;
  readonly monitoring: MonitoringSection | null;
  readonly audits: AuditSection | null;
  readonly objectives: ObjectivesSection | null;
  readonly interestedPartyFeedback: FeedbackInput | null;
  readonly risk: RiskSection | null;
  readonly improvementOpportunities: ImprovementSection | null;
  readonly resources: ResourceAdequacy | null;
  readonly missing: readonly MissingInput[];
}

/** What each input is called and where 9.3.2 asks for it; the order is the order of the pack. */
export const PACK_INPUTS: Readonly<Record<PackInput, { readonly clause: string; readonly label: string }>> = {
  previousActions: { clause: '9.3.2 a)', label: 'status of actions from previous management reviews' },
  issueChanges: { clause: '9.3.2 b)', label: 'changes in external and internal issues' },
  interestedPartyChanges: { clause: '9.3.2 c)', label: 'changes in needs and expectations of interested parties' },
  nonconformities: { clause: '9.3.2 d) 1)', label: 'trends in nonconformities and corrective actions' },
  monitoring: { clause: '9.3.2 d) 2)', label: 'monitoring and measurement results' },
  audits: { clause: '9.3.2 d) 3)', label: 'audit results' },
  objectives: { clause: '9.3.2 d) 4)', label: 'fulfilment of information security objectives' },
  interestedPartyFeedback: { clause: '9.3.2 e)', label: 'feedback from interested parties' },
  risk: { clause: '9.3.2 f)', label: 'results of risk assessment and status of the risk treatment plan' },
  improvementOpportunities: { clause: '9.3.2 g)', label: 'opportunities for continual improvement' },
  resources: { clause: '9.3 / 7.1', label: 'adequacy of resources' },
};
