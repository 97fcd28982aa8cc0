// Builders for finding and corrective-action tests: valid defaults with fixed literal dates, overridable per test.
// States are reached through the real transitions, so a builder can never produce a state the domain would refuse.
import type { CorrectiveAction, ImplementedCorrectiveAction, PlannedCorrectiveAction } from '../../src/domain/corrective-action';
import type { FailedEffectivenessReview, PassedEffectivenessReview } from '../../src/domain/effectiveness-review';
import type {
  ActionsImplementedNonconformity,
  Containment,
  EffectivenessReviewNonconformity,
  Finding,
  FindingStatus,
  OpenImprovement,
  OpenNonconformity,
} from '../../src/domain/finding';
import { isNonconformityFinding } from '../../src/domain/finding';
import type { RaiseFindingInput } from '../../src/domain/finding-raise';
import { raiseFinding } from '../../src/domain/finding-raise';
import {
  closeAfterReview,
  markActionsImplemented,
  planCorrectiveActions,
  recordContainment,
  recordRootCause,
  reopenAfterIneffectiveReview,
  scheduleEffectivenessReview,
} from '../../src/domain/finding-transitions';
import { closeWithoutAction, planImprovementAction } from '../../src/domain/finding-improvement-transitions';
import type { TransitionContext } from '../../src/domain/history-entry';
import type { LocalDate } from '../../src/domain/local-date';
import { localDate } from '../../src/domain/local-date';
import type { Fishbone, FiveWhys, RootCauseAnalysis } from '../../src/domain/root-cause';

export const d = localDate;

export const AUDITOR = 'acc-auditor-1';
export const MR = 'acc-mr-1';
export const OWNER = 'acc-owner-1';

export function ctx(overrides: Partial<TransitionContext> = {}): TransitionContext {
  return { at: '2026-03-02T09:00:00.000Z', by: AUDITOR, ...overrides };
}

export function raiseInput(overrides: Partial<RaiseFindingInput> = {}): RaiseFindingInput {
  return {
    id: 'F-1',
    kind: 'major_nonconformity',
    source: 'internal_audit',
    sourceRef: 'IA-2026-03',
    references: ['A.5.18'],
    raisedBy: AUDITOR,
    raisedOn: d('2026-03-02'),
    title: 'Leavers keep access after their last day',
    description: 'Three of ten sampled leavers still had active SaaS accounts 30 days after leaving.',
    ...overrides,
  };
}

export function openNonconformity(overrides: Partial<RaiseFindingInput> = {}): OpenNonconformity {
  const { finding } = raiseFinding(raiseInput(overrides), '2026-03-02T09:00:00.000Z');
  if (!isNonconformityFinding(finding)) throw new Error('builder: expected an open nonconformity');
  return finding;
}

export function openImprovement(overrides: Partial<RaiseFindingInput> = {}): OpenImprovement {
  const { finding } = raiseFinding(raiseInput({ kind: 'observation', references: [], ...overrides }), '2026-03-02T09:00:00.000Z');
  if (isNonconformityFinding(finding)) throw new Error('builder: expected an open observation or OFI');
  return finding;
}

export function containment(overrides: Partial<Containment> = {}): Containment {
  return { correction: 'Disabled the three accounts and reviewed their activity logs', containedOn: d('2026-03-03'), ...overrides };
}

export function fiveWhys(whys: FiveWhys['whys'] = [
  'Accounts of leavers stayed active',
  'IT was not told about the leavers',
  'HR offboarding checklist has no step to notify IT',
  'The leaver process was designed before SaaS tools were adopted',
]): RootCauseAnalysis {
  return {
    technique: { technique: 'five_whys', whys },
    similarNonconformities: {
      similarExist: false,
      couldOccurElsewhere: true,
      assessment: 'Contractor offboarding uses the same checklist and could fail the same way',
      relatedFindingIds: [],
    },
  };
}

export function fishbone(overrides: Partial<Fishbone> = {}): RootCauseAnalysis {
  return {
    technique: {
      technique: 'fishbone',
      causes: {
        people: ['Managers forget to raise leaver tickets'],
        process: ['No automated deprovisioning from the HR system', 'Access reviews only yearly'],
        technology: [],
        environment: [],
        supplier: ['SaaS vendor lacks SCIM support'],
        measurement: [],
      },
      rootCause: { category: 'process', cause: 'No automated deprovisioning from the HR system' },
      ...overrides,
    },
    similarNonconformities: { similarExist: true, couldOccurElsewhere: true, assessment: 'Same gap seen in F-0 last year', relatedFindingIds: ['F-0'] },
  };
}

export function plannedAction(overrides: Partial<PlannedCorrectiveAction> = {}): PlannedCorrectiveAction {
  return {
    id: 'CA-1',
    findingId: 'F-1',
    status: 'planned',
    description: 'Add a "notify IT" step to the HR offboarding checklist for every leaver',
    completionCriterion: 'Checklist v3 published and used for 100% of leavers in April',
    owner: OWNER,
    dueDate: d('2026-04-30'),
    ...overrides,
  };
}

export function implementedAction(overrides: Partial<ImplementedCorrectiveAction> = {}): ImplementedCorrectiveAction {
  return {
    ...plannedAction(),
    owner: OWNER,
    dueDate: d('2026-04-30'),
    status: 'implemented',
    implementedOn: d('2026-04-15'),
    implementationEvidence: 'Checklist v3 in the ISMS library; April leavers all ticked',
    ...overrides,
  };
}

export function passedReview(overrides: Partial<PassedEffectivenessReview> = {}): PassedEffectivenessReview {
  return { result: 'effective', reviewOn: d('2026-07-16'), reviewedBy: MR, evidence: 'Sampled 12 leavers May–July: all deprovisioned on day 1', ...overrides };
}

export function failedReview(overrides: Partial<FailedEffectivenessReview> = {}): FailedEffectivenessReview {
  return { result: 'ineffective', reviewOn: d('2026-07-16'), reviewedBy: MR, evidence: 'Sampled 12 leavers May–July: 2 kept access', ...overrides };
}

export function actionsImplemented(actions: readonly CorrectiveAction[] = [implementedAction()]): ActionsImplementedNonconformity {
  const contained = recordContainment(openNonconformity(), containment(), ctx()).finding;
  const analysed = recordRootCause(contained, fiveWhys(), ctx()).finding;
  const planned = planCorrectiveActions(analysed, actions.map((action) => action.id), ctx()).finding;
  return markActionsImplemented(planned, actions, ctx()).finding;
}

export function underReview(reviewDueOn: LocalDate = d('2026-07-15')): EffectivenessReviewNonconformity {
  return scheduleEffectivenessReview(actionsImplemented(), reviewDueOn, ctx()).finding;
}

/** One finding in each status, reached through the lifecycle. */
export function findingIn(status: FindingStatus, lifecycle: 'nonconformity' | 'improvement' = 'nonconformity'): Finding {
  if (lifecycle === 'improvement') {
    const open = openImprovement();
    if (status === 'open') return open;
    const planned = planImprovementAction(open, { plan: 'Add MFA prompts to the VPN', correctiveActionIds: [] }, ctx()).finding;
    if (status === 'action_planned') return planned;
    if (status === 'closed') return closeWithoutAction(open, { reason: 'Risk accepted by the MR', closedOn: d('2026-03-10') }, ctx()).finding;
    throw new Error(`builder: no improvement finding in status ${status}`);
  }
  const open = openNonconformity();
  const contained = recordContainment(open, containment(), ctx()).finding;
  const analysed = recordRootCause(contained, fiveWhys(), ctx()).finding;
  const planned = planCorrectiveActions(analysed, ['CA-1'], ctx()).finding;
  const implemented = markActionsImplemented(planned, [implementedAction()], ctx()).finding;
  const review = scheduleEffectivenessReview(implemented, d('2026-07-15'), ctx()).finding;
  const byStatus: Partial<Record<FindingStatus, () => Finding>> = {
    open: () => open,
    contained: () => contained,
    root_cause_analysed: () => analysed,
    corrective_action_planned: () => planned,
    actions_implemented: () => implemented,
    effectiveness_review: () => review,
    closed: () => closeAfterReview(review, passedReview(), ctx()).finding,
    reopened: () => reopenAfterIneffectiveReview(review, { review: failedReview(), reason: 'Two leavers kept access' }, ctx()).finding,
  };
  const build = byStatus[status];
  if (build === undefined) throw new Error(`builder: no nonconformity in status ${status}`);
  return build();
}
