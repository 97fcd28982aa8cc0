// The one table of which intent may move which finding from where to where. The transition guards and
// `nextAllowedIntents` (what the UI offers) both read it, so they cannot disagree.
import { DomainError } from './domain-error';
import type {
  Finding,
  FindingKind,
  FindingStatus,
  ImprovementFinding,
  NonconformityFinding,
} from './finding';
import { isNonconformity } from './finding';
import type { HistoryEntry } from './history-entry';

type LifecycleClass = 'nonconformity' | 'improvement';

interface IntentRule {
  readonly appliesTo: LifecycleClass;
  readonly from: readonly FindingStatus[];
  readonly to: FindingStatus;
}

const INTENT_RULES = {
  // ISO 27001 10.2 — nonconformities
  recordContainment: { appliesTo: 'nonconformity', from: ['open', 'reopened'], to: 'contained' },
  // From `reopened` directly: the earlier containment still stands unless the problem came back.
  recordRootCause: { appliesTo: 'nonconformity', from: ['contained', 'reopened'], to: 'root_cause_analysed' },
  planCorrectiveActions: { appliesTo: 'nonconformity', from: ['root_cause_analysed'], to: 'corrective_action_planned' },
  markActionsImplemented: { appliesTo: 'nonconformity', from: ['corrective_action_planned'], to: 'actions_implemented' },
  scheduleEffectivenessReview: { appliesTo: 'nonconformity', from: ['actions_implemented'], to: 'effectiveness_review' },
  closeAfterReview: { appliesTo: 'nonconformity', from: ['effectiveness_review'], to: 'closed' },
  reopenAfterIneffectiveReview: { appliesTo: 'nonconformity', from: ['effectiveness_review'], to: 'reopened' },
  replanAfterIneffectiveReview: { appliesTo: 'nonconformity', from: ['effectiveness_review'], to: 'corrective_action_planned' },
  // Observations and OFIs
  planImprovementAction: { appliesTo: 'improvement', from: ['open'], to: 'action_planned' },
  closeImprovement: { appliesTo: 'improvement', from: ['action_planned'], to: 'closed' },
  closeWithoutAction: { appliesTo: 'improvement', from: ['open', 'action_planned'], to: 'closed' },
} as const satisfies Record<string, IntentRule>;

type IntentRules = typeof INTENT_RULES;
export type FindingIntent = keyof IntentRules;

export const FINDING_INTENTS = Object.keys(INTENT_RULES) as readonly FindingIntent[];

/** "raise" creates the finding; every other entry names a lifecycle intent. */
export type FindingHistoryEntry = HistoryEntry<FindingStatus, FindingIntent | 'raise'>;

export interface FindingTransition<F extends Finding = Finding> {
  readonly finding: F;
  readonly history: FindingHistoryEntry;
}

type FindingOfClass<C extends LifecycleClass> = C extends 'nonconformity' ? NonconformityFinding : ImprovementFinding;

/** The states an intent may start from, as a type: what a guard narrows a finding to. */
export type FindingIn<I extends FindingIntent> = Extract<
  FindingOfClass<IntentRules[I]['appliesTo']>,
  { readonly status: IntentRules[I]['from'][number] }
>;

function lifecycleOf(kind: FindingKind): LifecycleClass {
  return isNonconformity(kind) ? 'nonconformity' : 'improvement';
}

export function canApply<I extends FindingIntent>(finding: Finding, intent: I): finding is FindingIn<I> {
  const rule: IntentRule = INTENT_RULES[intent];
  return rule.appliesTo === lifecycleOf(finding.kind) && rule.from.includes(finding.status);
}

/** The finding, narrowed to the states `intent` starts from; otherwise DomainError('ILLEGAL_TRANSITION'). */
export function requireIntent<I extends FindingIntent>(finding: Finding, intent: I): FindingIn<I> {
  if (canApply(finding, intent)) return finding;
  const rule: IntentRule = INTENT_RULES[intent];
  const lifecycle = lifecycleOf(finding.kind);
  const why =
    rule.appliesTo === lifecycle
      ? `it moves a finding from ${rule.from.map((s) => `"${s}"`).join(' or ')} to "${rule.to}"`
      : `it applies to ${rule.appliesTo === 'nonconformity' ? 'nonconformities' : 'observations and opportunities for improvement'} only, not to kind "${finding.kind}"`;
  throw new DomainError('ILLEGAL_TRANSITION', `cannot "${intent}" a finding in status "${finding.status}": ${why}`, {
    findingId: finding.id,
    intent,
    kind: finding.kind,
    from: finding.status,
    to: rule.to,
    allowedFrom: rule.from,
  });
}

/** The intents the UI may offer for this finding, in lifecycle order. */
export function nextAllowedIntents(finding: Finding): readonly FindingIntent[] {
  return FINDING_INTENTS.filter((intent) => canApply(finding, intent));
}
