// Builds the management review pack from data as of one date (9.3.2). Pure: the adapters gather the summaries, this
// shapes them into sections, derives what is overdue as of `asOf`, computes trends, and lists what is missing.
import { compareLocalDates, type LocalDate } from '../local-date';
import { climateLine } from './climate-relevance';
import { missingInputs } from './missing-inputs';
import { auditSection, monitoringSection, nonconformitySection, objectivesSection } from './performance-feedback';
import type { ChangesSection, PreviousActionsSection, ReviewPack, RiskSection } from './review-pack';
import type { ActionItemStatus, ChangesInput, PreviousActionItem, ReviewPackInputs, RiskInput } from './review-pack-inputs';

/** Code-unit order, not locale order: the pack must come out the same on every machine. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const ACTION_STATUSES: readonly ActionItemStatus[] = ['open', 'in_progress', 'done', 'cancelled'];

function isOverdue(item: PreviousActionItem, asOf: LocalDate): boolean {
  const pending = item.status === 'open' || item.status === 'in_progress';
  return pending && compareLocalDates(item.dueDate, asOf) < 0;
}

function previousActionsSection(items: readonly PreviousActionItem[], asOf: LocalDate): PreviousActionsSection {
  const withOverdue = [...items]
    .sort((a, b) => compareLocalDates(a.dueDate, b.dueDate) || compareText(a.id, b.id))
    .map((item) => ({ ...item, overdue: isOverdue(item, asOf) }));
  const byStatus = Object.fromEntries(ACTION_STATUSES.map((status) => [status, items.filter((item) => item.status === status).length])) as Record<ActionItemStatus, number>;
  return { items: withOverdue, byStatus, overdue: withOverdue.filter((item) => item.overdue).length };
}

function changesSection<Change>(input: ChangesInput<Change>, subject: string): ChangesSection<Change> {
  return { ...input, climateLine: climateLine(subject, input.climate) };
}

function riskSection(risk: RiskInput): RiskSection {
  const { treatmentActionsTotal: total, treatmentActionsCompleted: completed } = risk;
  return { ...risk, treatmentCompletedPercent: total === 0 ? null : Math.round((completed / total) * 1000) / 10 };
}

function mapDefined<In, Out>(value: In | undefined, build: (input: In) => Out): Out | null {
  return value === undefined ? null : build(value);
}

/** Each section is null when its input is missing; `missing` says why, one message per gap. */
export function buildReviewPack(inputs: ReviewPackInputs, asOf: LocalDate): ReviewPack {
  return {
    asOf,
    previousActions: mapDefined(inputs.previousActions, (items) => previousActionsSection(items, asOf)),
    issueChanges: mapDefined(inputs.issueChanges, (changes) => changesSection(changes, 'issue')),
    interestedPartyChanges: mapDefined(inputs.interestedPartyChanges, (changes) => changesSection(changes, 'requirement of interested parties')),
    nonconformities: inputs.nonconformities?.length ? nonconformitySection(inputs.nonconformities) : null,
    monitoring: inputs.monitoring?.periods.length ? monitoringSection(inputs.monitoring) : null,
    audits: inputs.audits?.length ? auditSection(inputs.audits) : null,
    objectives: inputs.objectives?.length ? objectivesSection(inputs.objectives) : null,
    interestedPartyFeedback: inputs.interestedPartyFeedback ?? null,
    risk: mapDefined(inputs.risk, riskSection),
    improvementOpportunities: mapDefined(inputs.improvementOpportunities, (open) => ({
      open: [...open].sort((a, b) => compareLocalDates(a.raisedOn, b.raisedOn) || compareText(a.findingId, b.findingId)),
    })),
    resources: inputs.resources ?? null,
    missing: missingInputs(inputs),
  };
}

/** A pack is complete when nothing is missing; an incomplete pack may still be reviewed, with the gaps minuted. */
export function isPackComplete(pack: ReviewPack): boolean {
  return pack.missing.length === 0;
}
