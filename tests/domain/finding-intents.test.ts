// Which intent may move which finding: illegal transitions name both states and the intent, and the intents the UI
// offers are exactly the ones the guards accept.
import type { DomainError } from '../../src/domain/domain-error';
import type { Finding, FindingStatus } from '../../src/domain/finding';
import type { FindingIntent } from '../../src/domain/finding-intents';
import { FINDING_INTENTS, nextAllowedIntents } from '../../src/domain/finding-intents';
import { closeImprovement, closeWithoutAction, planImprovementAction } from '../../src/domain/finding-improvement-transitions';
import {
  closeAfterReview,
  markActionsImplemented,
  planCorrectiveActions,
  recordContainment,
  recordRootCause,
  reopenAfterIneffectiveReview,
  replanAfterIneffectiveReview,
  scheduleEffectivenessReview,
} from '../../src/domain/finding-transitions';
import { thrownDomainError } from './thrown-domain-error';
import { containment, ctx, d, failedReview, findingIn, fiveWhys, implementedAction, passedReview } from './finding-builders';

/** Each intent with a valid input: the only way it can fail is the guard. */
const attempt: Record<FindingIntent, (finding: Finding) => unknown> = {
  recordContainment: (f) => recordContainment(f, containment(), ctx()),
  recordRootCause: (f) => recordRootCause(f, fiveWhys(), ctx()),
  planCorrectiveActions: (f) => planCorrectiveActions(f, ['CA-1'], ctx()),
  markActionsImplemented: (f) => markActionsImplemented(f, [implementedAction()], ctx()),
  scheduleEffectivenessReview: (f) => scheduleEffectivenessReview(f, d('2026-07-15'), ctx()),
  closeAfterReview: (f) => closeAfterReview(f, passedReview(), ctx()),
  reopenAfterIneffectiveReview: (f) => reopenAfterIneffectiveReview(f, { review: failedReview(), reason: 'recurred' }, ctx()),
  replanAfterIneffectiveReview: (f) => replanAfterIneffectiveReview(f, { review: failedReview(), reason: 'weak', correctiveActionIds: ['CA-2'] }, ctx()),
  planImprovementAction: (f) => planImprovementAction(f, { plan: 'Do it', correctiveActionIds: [] }, ctx()),
  closeImprovement: (f) => closeImprovement(f, { result: 'Done', closedOn: d('2026-04-01') }, ctx()),
  closeWithoutAction: (f) => closeWithoutAction(f, { reason: 'Accepted', closedOn: d('2026-04-01') }, ctx()),
};

const illegal = (run: () => unknown): DomainError => thrownDomainError('ILLEGAL_TRANSITION', run);

describe('illegal finding transitions', () => {
  it.each<[FindingStatus, FindingIntent, FindingStatus]>([
    ['open', 'closeAfterReview', 'closed'],
    ['open', 'recordRootCause', 'root_cause_analysed'],
    ['open', 'planCorrectiveActions', 'corrective_action_planned'],
    ['contained', 'planCorrectiveActions', 'corrective_action_planned'],
    ['root_cause_analysed', 'markActionsImplemented', 'actions_implemented'],
    ['corrective_action_planned', 'scheduleEffectivenessReview', 'effectiveness_review'],
    ['actions_implemented', 'closeAfterReview', 'closed'],
    ['closed', 'recordContainment', 'contained'],
    ['closed', 'reopenAfterIneffectiveReview', 'reopened'],
    ['reopened', 'planCorrectiveActions', 'corrective_action_planned'],
  ])('a nonconformity in "%s" cannot "%s" (→ %s)', (status, intent, to) => {
    // given
    const finding = findingIn(status);
    // when
    const error = illegal(() => attempt[intent](finding));
    // then
    expect(error.message).toMatch(new RegExp(`^cannot "${intent}" a finding in status "${status}"`));
    expect(error.details).toMatchObject({ intent, from: status, to, findingId: 'F-1' });
  });

  it('names both states in the message', () => {
    expect(illegal(() => attempt.closeAfterReview(findingIn('open'))).message).toBe(
      'cannot "closeAfterReview" a finding in status "open": it moves a finding from "effectiveness_review" to "closed"',
    );
  });

  it.each<[FindingIntent]>([['closeWithoutAction'], ['planImprovementAction']])('a nonconformity is never "%s" (that path is for observations and OFIs)', (intent) => {
    const error = illegal(() => attempt[intent](findingIn('open')));
    expect(error.message).toBe(
      `cannot "${intent}" a finding in status "open": it applies to observations and opportunities for improvement only, not to kind "major_nonconformity"`,
    );
  });

  it.each<[FindingIntent]>([['recordContainment'], ['recordRootCause'], ['closeAfterReview']])('an observation cannot "%s"', (intent) => {
    expect(illegal(() => attempt[intent](findingIn('open', 'improvement'))).details).toMatchObject({ intent, kind: 'observation', from: 'open' });
  });
});

describe('nextAllowedIntents', () => {
  it.each<[FindingStatus, 'nonconformity' | 'improvement', readonly FindingIntent[]]>([
    ['open', 'nonconformity', ['recordContainment']],
    ['contained', 'nonconformity', ['recordRootCause']],
    ['root_cause_analysed', 'nonconformity', ['planCorrectiveActions']],
    ['corrective_action_planned', 'nonconformity', ['markActionsImplemented']],
    ['actions_implemented', 'nonconformity', ['scheduleEffectivenessReview']],
    ['effectiveness_review', 'nonconformity', ['closeAfterReview', 'reopenAfterIneffectiveReview', 'replanAfterIneffectiveReview']],
    ['closed', 'nonconformity', []],
    ['reopened', 'nonconformity', ['recordContainment', 'recordRootCause']],
    ['open', 'improvement', ['planImprovementAction', 'closeWithoutAction']],
    ['action_planned', 'improvement', ['closeImprovement', 'closeWithoutAction']],
    ['closed', 'improvement', []],
  ])('%s %s → %j', (status, lifecycle, intents) => {
    expect(nextAllowedIntents(findingIn(status, lifecycle))).toEqual(intents);
  });

  const everyState: [FindingStatus, 'nonconformity' | 'improvement'][] = [
    ...(['open', 'contained', 'root_cause_analysed', 'corrective_action_planned', 'actions_implemented', 'effectiveness_review', 'closed', 'reopened'] as const).map(
      (status): [FindingStatus, 'nonconformity'] => [status, 'nonconformity'],
    ),
    ...(['open', 'action_planned', 'closed'] as const).map((status): [FindingStatus, 'improvement'] => [status, 'improvement']),
  ];

  it.each(everyState)('agrees with the guards for a %s %s', (status, lifecycle) => {
    const finding = findingIn(status, lifecycle);
    const offered = nextAllowedIntents(finding);
    for (const intent of FINDING_INTENTS) {
      if (offered.includes(intent)) expect(() => attempt[intent](finding)).not.toThrow();
      else expect(illegal(() => attempt[intent](finding)).details).toMatchObject({ intent, from: status });
    }
  });
});
