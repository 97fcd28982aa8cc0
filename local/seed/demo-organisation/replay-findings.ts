// Replays finding stories through the domain's own transitions: raise, contain, analyse, plan, implement, review,
// close / reopen / replan, and the corrective actions' plan → start → implement | cancel.
import type { CorrectiveAction, CorrectiveActionHistoryEntry } from '../../../src/domain/corrective-action';
import { planCorrectiveAction } from '../../../src/domain/corrective-action';
import { cancelCorrectiveAction, markCorrectiveActionImplemented, startCorrectiveAction } from '../../../src/domain/corrective-action-transitions';
import type { Finding } from '../../../src/domain/finding';
import type { FindingHistoryEntry, FindingTransition } from '../../../src/domain/finding-intents';
import { closeImprovement, closeWithoutAction, planImprovementAction } from '../../../src/domain/finding-improvement-transitions';
import { raiseFinding } from '../../../src/domain/finding-raise';
import {
  closeAfterReview,
  markActionsImplemented,
  planCorrectiveActions,
  recordContainment,
  recordRootCause,
  reopenAfterIneffectiveReview,
  replanAfterIneffectiveReview,
  scheduleEffectivenessReview,
} from '../../../src/domain/finding-transitions';
import type { TransitionContext } from '../../../src/domain/history-entry';
import type { LocalDate } from '../../../src/domain/local-date';
import { addDays } from '../../../src/domain/local-date';
import { ID } from '../demo-people';
import type { DemoRole } from '../demo-people';
import type { ActionSpec, FindingStory, ReviewSpec, StoryStep } from './finding-story';

export interface DemoFinding {
  readonly finding: Finding;
  readonly history: readonly FindingHistoryEntry[];
}

export interface DemoCorrectiveAction {
  readonly action: CorrectiveAction;
  readonly history: readonly CorrectiveActionHistoryEntry[];
}

export interface DemoFindings {
  readonly findings: readonly DemoFinding[];
  readonly correctiveActions: readonly DemoCorrectiveAction[];
}

const ctx = (date: LocalDate, who: DemoRole): TransitionContext => ({ at: `${date}T09:30:00.000Z`, by: ID[who] });

function playAction(spec: ActionSpec, findingId: string, plannedOn: LocalDate, by: DemoRole): DemoCorrectiveAction {
  const input = { id: spec.id, findingId, description: spec.description, completionCriterion: spec.completionCriterion, owner: ID[spec.owner], dueDate: addDays(plannedOn, spec.dueAfter) };
  const planned = planCorrectiveAction(input, ctx(plannedOn, by));
  const history: CorrectiveActionHistoryEntry[] = [planned.history];
  const fate = spec.fate;
  if (fate.is === 'planned') return { action: planned.action, history };
  if (fate.is === 'cancelled') {
    const on = addDays(plannedOn, fate.cancelledAfter);
    const cancelled = cancelCorrectiveAction(planned.action, { cancelledOn: on, reason: fate.reason }, ctx(on, by));
    return { action: cancelled.action, history: [...history, cancelled.history] };
  }
  const started = startCorrectiveAction(planned.action, ctx(addDays(plannedOn, fate.startedAfter), spec.owner));
  history.push(started.history);
  if (fate.is === 'in_progress') return { action: started.action, history };
  const on = addDays(plannedOn, fate.implementedAfter);
  const done = markCorrectiveActionImplemented(started.action, { implementedOn: on, implementationEvidence: fate.evidence }, ctx(on, spec.owner));
  return { action: done.action, history: [...history, done.history] };
}

const review = (spec: ReviewSpec, on: LocalDate, result: 'effective' | 'ineffective') => ({ reviewOn: on, reviewedBy: ID[spec.by], evidence: spec.evidence, result });

function replayStory(story: FindingStory, today: LocalDate, actions: Map<string, DemoCorrectiveAction>): DemoFinding {
  const raisedOn = addDays(today, -story.raisedDaysAgo);
  const sourceRef = story.source === 'monitoring_check' && story.sourceRef !== null ? `${story.sourceRef}@${raisedOn}` : story.sourceRef;
  const raised = raiseFinding(
    { id: story.id, kind: story.kind, source: story.source, sourceRef, references: story.references, raisedBy: ID[story.raisedBy], raisedOn, title: story.title, description: story.description },
    ctx(raisedOn, story.raisedBy).at,
  );
  let finding: Finding = raised.finding;
  const history: FindingHistoryEntry[] = [raised.history];
  let cycleActionIds: string[] = [];
  const plan = (specs: readonly ActionSpec[], on: LocalDate, by: DemoRole): string[] => {
    for (const spec of specs) actions.set(spec.id, playAction(spec, story.id, on, by));
    return specs.map((spec) => spec.id);
  };
  const apply = (step: StoryStep, on: LocalDate): FindingTransition => {
    switch (step.do) {
      case 'contain':
        return recordContainment(finding, { correction: step.correction, containedOn: on, ...(step.consequences === undefined ? {} : { consequences: step.consequences }) }, ctx(on, step.by));
      case 'analyseRootCause':
        return recordRootCause(finding, step.analysis, ctx(on, step.by));
      case 'planActions':
        cycleActionIds = plan(step.actions, on, step.by);
        return planCorrectiveActions(finding, cycleActionIds, ctx(on, step.by));
      case 'markImplemented':
        return markActionsImplemented(finding, cycleActionIds.flatMap((id) => actions.get(id)?.action ?? []), ctx(on, step.by));
      case 'scheduleReview':
        return scheduleEffectivenessReview(finding, addDays(on, step.dueAfter), ctx(on, step.by));
      case 'closeAfterReview':
        return closeAfterReview(finding, review(step.review, on, 'effective'), ctx(on, step.review.by));
      case 'reopen':
        return reopenAfterIneffectiveReview(finding, { review: review(step.review, on, 'ineffective'), reason: step.reason }, ctx(on, step.review.by));
      case 'replan':
        cycleActionIds = plan(step.actions, on, step.review.by);
        return replanAfterIneffectiveReview(finding, { review: review(step.review, on, 'ineffective'), reason: step.reason, correctiveActionIds: cycleActionIds }, ctx(on, step.review.by));
      case 'planImprovement':
        return planImprovementAction(finding, { plan: step.plan, correctiveActionIds: plan(step.actions, on, step.by) }, ctx(on, step.by));
      case 'closeImprovement':
        return closeImprovement(finding, { result: step.result, closedOn: on }, ctx(on, step.by));
      case 'closeWithoutAction':
        return closeWithoutAction(finding, { reason: step.reason, closedOn: on }, ctx(on, step.by));
    }
  };
  for (const step of story.steps) {
    const transition = apply(step, addDays(raisedOn, step.day));
    finding = transition.finding;
    history.push(transition.history);
  }
  return { finding, history };
}

export function replayFindings(stories: readonly FindingStory[], today: LocalDate): DemoFindings {
  const actions = new Map<string, DemoCorrectiveAction>();
  const findings = stories.map((story) => replayStory(story, today, actions));
  return { findings, correctiveActions: [...actions.values()] };
}
