// How the demo writes a finding: the raise input, then the steps it went through, each a number of days after it was
// raised. Replaying a story through the domain's transitions (replay-findings.ts) gives the finding, its corrective
// actions and their history — states the app itself could have reached.
import type { FindingKind, FindingSource } from '../../../src/domain/finding';
import type { CatalogueId } from '../../../src/domain/iso-catalogue/catalogue';
import type { RootCauseAnalysis } from '../../../src/domain/root-cause';
import type { DemoRole } from '../demo-people';

/** Where a corrective action stands, relative to the day it was planned. */
export type ActionFate =
  | { readonly is: 'planned' }
  | { readonly is: 'in_progress'; readonly startedAfter: number }
  | { readonly is: 'implemented'; readonly startedAfter: number; readonly implementedAfter: number; readonly evidence: string }
  | { readonly is: 'cancelled'; readonly cancelledAfter: number; readonly reason: string };

export interface ActionSpec {
  readonly id: string;
  readonly description: string;
  readonly completionCriterion: string;
  readonly owner: DemoRole;
  /** Days after planning; the due date can be in the past for an overdue action. */
  readonly dueAfter: number;
  readonly fate: ActionFate;
}

export interface ReviewSpec {
  readonly by: DemoRole;
  readonly evidence: string;
}

export type StoryStep =
  | { readonly day: number; readonly do: 'contain'; readonly by: DemoRole; readonly correction: string; readonly consequences?: string }
  | { readonly day: number; readonly do: 'analyseRootCause'; readonly by: DemoRole; readonly analysis: RootCauseAnalysis }
  | { readonly day: number; readonly do: 'planActions'; readonly by: DemoRole; readonly actions: readonly ActionSpec[] }
  | { readonly day: number; readonly do: 'markImplemented'; readonly by: DemoRole }
  | { readonly day: number; readonly do: 'scheduleReview'; readonly by: DemoRole; readonly dueAfter: number }
  | { readonly day: number; readonly do: 'closeAfterReview'; readonly review: ReviewSpec }
  | { readonly day: number; readonly do: 'reopen'; readonly review: ReviewSpec; readonly reason: string }
  | { readonly day: number; readonly do: 'replan'; readonly review: ReviewSpec; readonly reason: string; readonly actions: readonly ActionSpec[] }
  | { readonly day: number; readonly do: 'planImprovement'; readonly by: DemoRole; readonly plan: string; readonly actions: readonly ActionSpec[] }
  | { readonly day: number; readonly do: 'closeImprovement'; readonly by: DemoRole; readonly result: string }
  | { readonly day: number; readonly do: 'closeWithoutAction'; readonly by: DemoRole; readonly reason: string };

export interface FindingStory {
  readonly id: string;
  readonly kind: FindingKind;
  readonly source: FindingSource;
  /** An audit id, a monitoring item id (the check key is built from it and the raise date), a review id, an incident. */
  readonly sourceRef: string | null;
  readonly references: readonly CatalogueId[];
  readonly raisedBy: DemoRole;
  readonly raisedDaysAgo: number;
  readonly title: string;
  readonly description: string;
  readonly steps: readonly StoryStep[];
}
