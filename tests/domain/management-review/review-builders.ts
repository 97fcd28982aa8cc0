// Builders for management-review tests: a complete set of pack inputs and reviews in each status, with fixed literal
// dates, overridable per test. Reviews in later statuses are reached through the real transitions.
import type { TransitionContext } from '../../../src/domain/history-entry';
import { localDate } from '../../../src/domain/local-date';
import { buildReviewPack } from '../../../src/domain/management-review/build-review-pack';
import type { HeldReview, PackReadyReview, ScheduledReview } from '../../../src/domain/management-review/management-review';
import { preparePack, recordReviewHeld } from '../../../src/domain/management-review/management-review-transitions';
import type { ReviewMinutes } from '../../../src/domain/management-review/publish-review';
import type { ReviewPack } from '../../../src/domain/management-review/review-pack';
import type { ReportingPeriod, ReviewPackInputs } from '../../../src/domain/management-review/review-pack-inputs';
import type { ReviewOutputs } from '../../../src/domain/management-review/review-outputs';
import { scheduleReview, type ScheduleReviewInput } from '../../../src/domain/management-review/schedule-review';

export const d = localDate;

export const MR = 'acc-mr-1';
export const CEO = 'acc-ceo-1';
export const CTO = 'acc-cto-1';
export const AS_OF = d('2026-06-10');
export const HELD_ON = d('2026-06-15');

export function ctx(overrides: Partial<TransitionContext> = {}): TransitionContext {
  return { at: '2026-06-01T09:00:00.000Z', by: MR, ...overrides };
}

export const Q1: ReportingPeriod = { label: '2026 Q1', from: d('2026-01-01'), to: d('2026-03-31') };
export const Q2: ReportingPeriod = { label: '2026 Q2', from: d('2026-04-01'), to: d('2026-06-30') };

/** Every input present and assessed: a pack built from it has nothing missing. */
export function packInputs(overrides: Partial<ReviewPackInputs> = {}): ReviewPackInputs {
  return {
    previousActions: [
      { id: 'MR-2025-2/A1', reviewId: 'MR-2025-2', description: 'Roll out MFA to contractors', owner: CTO, dueDate: d('2026-03-31'), status: 'done' },
      { id: 'MR-2025-2/A2', reviewId: 'MR-2025-2', description: 'Budget a second SOC analyst', owner: CEO, dueDate: d('2026-05-31'), status: 'open' },
      { id: 'MR-2025-2/A3', reviewId: 'MR-2025-2', description: 'Re-test backup restore', owner: CTO, dueDate: d('2026-07-31'), status: 'in_progress' },
    ],
    issueChanges: {
      changes: [{ origin: 'external', description: 'NIS2 transposed into national law' }],
      noChangesConfirmed: false,
      climate: { relevant: 'yes', note: 'Heat waves threaten the on-premises server room cooling' },
    },
    interestedPartyChanges: {
      changes: [{ party: 'Enterprise customers', change: 'Ask for ISO 27001 certificate and SOC 2 report yearly' }],
      noChangesConfirmed: false,
      climate: { relevant: 'no', note: 'No customer or regulator states climate-related security requirements' },
    },
    nonconformities: [
      { period: Q2, nonconformitiesOpened: 2, nonconformitiesClosed: 5, correctiveActionsOpened: 3, correctiveActionsClosed: 6, correctiveActionsOverdue: 1 },
      { period: Q1, nonconformitiesOpened: 4, nonconformitiesClosed: 3, correctiveActionsOpened: 5, correctiveActionsClosed: 4, correctiveActionsOverdue: 1 },
    ],
    monitoring: {
      periods: [
        { period: Q1, checksDue: 40, checksDoneOnTime: 30, outcomes: { conforming: 35, nonconforming: 3 } },
        { period: Q2, checksDue: 40, checksDoneOnTime: 36, outcomes: { conforming: 36, partially_conforming: 2, nonconforming: 1 } },
      ],
      kpis: [
        { kpiId: 'KPI-1', name: 'Security incidents', rag: 'green', trend: 'improving', stale: false },
        { kpiId: 'KPI-2', name: 'Awareness score', rag: 'amber', trend: 'worsening', stale: false },
        { kpiId: 'KPI-3', name: 'Patch latency', rag: 'red', trend: 'flat', stale: true },
      ],
    },
    audits: [
      { period: Q1, auditsPlanned: 3, auditsHeld: 3, findings: { minor_nonconformity: 2, observation: 1 } },
      { period: Q2, auditsPlanned: 3, auditsHeld: 2, findings: { major_nonconformity: 1, opportunity_for_improvement: 2 } },
    ],
    objectives: [
      { id: 'O-1', title: 'Patch critical vulnerabilities within 14 days', target: '95%', actual: '97%', achieved: true },
      { id: 'O-2', title: 'Every employee completes awareness training', target: '100%', actual: '88%', achieved: false },
    ],
    interestedPartyFeedback: { entries: [{ party: 'Key customer', summary: 'Security questionnaire answered faster', receivedOn: d('2026-05-02') }], noFeedbackConfirmed: false },
    risk: {
      assessedOn: d('2026-02-15'),
      risksByLevel: [{ level: 'high', count: 3 }, { level: 'medium', count: 11 }, { level: 'low', count: 20 }],
      risksAboveAcceptance: 3,
      treatmentActionsTotal: 8,
      treatmentActionsCompleted: 5,
      treatmentActionsOverdue: 1,
    },
    improvementOpportunities: [
      { findingId: 'F-12', title: 'Automate leaver deprovisioning', raisedOn: d('2026-04-20') },
      { findingId: 'F-9', title: 'Use a password manager company-wide', raisedOn: d('2026-02-11') },
    ],
    resources: { assessment: 'inadequate', note: 'One SOC analyst cannot cover holidays' },
    ...overrides,
  };
}

export function pack(overrides: Partial<ReviewPackInputs> = {}, asOf = AS_OF): ReviewPack {
  return buildReviewPack(packInputs(overrides), asOf);
}

export function scheduleInput(overrides: Partial<ScheduleReviewInput> = {}): ScheduleReviewInput {
  return {
    id: 'MR-2026-1',
    title: 'Management review H1 2026',
    scheduledDate: '2026-06-15',
    periodCovered: { from: '2026-01-01', to: '2026-06-30' },
    attendees: [CEO, CTO, MR],
    ...overrides,
  };
}

export function scheduledReview(overrides: Partial<ScheduleReviewInput> = {}): ScheduledReview {
  return scheduleReview(scheduleInput(overrides), ctx()).review;
}

export function packReadyReview(reviewPack: ReviewPack = pack()): PackReadyReview {
  return preparePack(scheduledReview(), reviewPack, ctx({ at: '2026-06-10T07:00:00.000Z' })).review;
}

export function heldReview(reviewPack: ReviewPack = pack()): HeldReview {
  return recordReviewHeld(packReadyReview(reviewPack), { heldOn: HELD_ON, participants: [CEO, MR] }, ctx({ at: '2026-06-15T16:00:00.000Z' })).review;
}

export function minutes(overrides: Partial<ReviewMinutes> = {}): ReviewMinutes {
  return { text: 'The committee reviewed inputs a) to g) and decided as recorded in the outputs.', distributedTo: [CEO, CTO, MR], ...overrides };
}

export function outputs(overrides: Partial<ReviewOutputs> = {}): ReviewOutputs {
  return {
    improvementDecisions: [{ description: 'Automate leaver deprovisioning in Q3', relatedFindingIds: ['F-12'] }],
    ismsChangeDecisions: [{ description: 'Add NIS2 to the legal register (A.5.31)', relatedFindingIds: [] }],
    resourceNeeds: [{ description: 'Second SOC analyst', owner: CEO }],
    actionItems: [{ id: 'MR-2026-1/A1', description: 'Hire a second SOC analyst', owner: CEO, dueDate: d('2026-09-30') }],
    ...overrides,
  };
}
