// The computed half of a review pack, from LIVE data as of a date: one Jira search for findings, corrective actions,
// checks and the previous review's action items; KPIs and audits from KVS. Two reporting periods (the period the
// review covers, up to `asOf`, and the one of equal length before it) give management trends, not single values.
import type { EvidenceIssue, EvidenceWindow } from '../adapters/jira/search-review-evidence';
import type { PlannedAudit } from '../domain/audit-programme/planned-audit';
import { addDays, compareLocalDates, daysBetween, minLocalDate, type LocalDate } from '../domain/local-date';
import type { ManagementReview } from '../domain/management-review/management-review';
import type { ReviewActionItem } from '../domain/management-review/review-outputs';
import type { KpiSummary, ReportingPeriod, ReviewPackInputs } from '../domain/management-review/review-pack-inputs';
import { AppError } from './app-error';
import { ReviewEvidence } from './summarise-review-evidence';

/** The latest published review before this one: its action items are input a). */
export interface PreviousReview {
  readonly reviewId: string;
  readonly actionItems: readonly ReviewActionItem[];
  /** Action item id → issue key. */
  readonly issueKeys: Readonly<Record<string, string>>;
}

export interface LiveInputPorts {
  /** The organisation's time zone (calendar settings): Jira instants become calendar days there. */
  readonly timeZone: string;
  readonly searchEvidence: (window: EvidenceWindow) => Promise<readonly EvidenceIssue[]>;
  /** The current programme's audits; undefined when no programme is planned. */
  readonly readAudits: () => Promise<readonly PlannedAudit[] | undefined>;
  /** KPI RAG, trend and staleness as of the date; undefined when no KPI is defined. */
  readonly readKpiSummaries: (asOf: LocalDate) => Promise<readonly KpiSummary[] | undefined>;
  readonly findPreviousReview: (review: ManagementReview, asOf: LocalDate) => Promise<PreviousReview | null>;
}

export type LiveInputs = Pick<ReviewPackInputs, 'previousActions' | 'nonconformities' | 'monitoring' | 'audits' | 'improvementOpportunities'>;

export function reportingPeriods(review: ManagementReview, asOf: LocalDate): readonly [ReportingPeriod, ReportingPeriod] {
  const { from, to } = review.periodCovered;
  if (compareLocalDates(asOf, from) < 0) {
    throw new AppError('INVALID_PAYLOAD', `asOf ${asOf} must not be before the start of the period the review covers (${from})`, 'asOf');
  }
  const length = daysBetween(from, to) + 1;
  const currentTo = minLocalDate(to, asOf);
  const previous: ReportingPeriod = { label: `Previous period (${addDays(from, -length)} to ${addDays(from, -1)})`, from: addDays(from, -length), to: addDays(from, -1) };
  const current: ReportingPeriod = { label: `Period under review (${from} to ${currentTo})`, from, to: currentTo };
  return [previous, current];
}

export async function gatherReviewInputs(ports: LiveInputPorts, review: ManagementReview, asOf: LocalDate): Promise<LiveInputs> {
  const periods = reportingPeriods(review, asOf);
  const [previousPeriod, currentPeriod] = periods;
  const [previous, audits, kpis] = await Promise.all([ports.findPreviousReview(review, asOf), ports.readAudits(), ports.readKpiSummaries(asOf)]);
  const issues = await ports.searchEvidence({ from: previousPeriod.from, to: currentPeriod.to, alsoKeys: Object.values(previous?.issueKeys ?? {}) });
  const evidence = new ReviewEvidence(issues, ports.timeZone);
  return {
    // No earlier published review: nothing was decided before, so the list is truly empty.
    previousActions: previous === null ? [] : evidence.previousActions(previous.reviewId, previous.actionItems, previous.issueKeys),
    nonconformities: periods.map((period) => evidence.nonconformities(period)),
    monitoring: { periods: evidence.hasChecks() ? periods.map((period) => evidence.monitoring(period)) : [], kpis: kpis ?? [] },
    ...(audits === undefined ? {} : { audits: periods.map((period) => evidence.audits(period, audits)) }),
    improvementOpportunities: evidence.openImprovementOpportunities(asOf),
  };
}
