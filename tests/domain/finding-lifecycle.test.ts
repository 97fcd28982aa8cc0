// The ISO 27001 10.2 loop of a nonconformity, told given/when/then.
import type { DomainError } from '../../src/domain/domain-error';
import type { Finding } from '../../src/domain/finding';
import type { FindingTransition } from '../../src/domain/finding-intents';
import { nextAllowedIntents } from '../../src/domain/finding-intents';
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
import { rootCauseStatement } from '../../src/domain/root-cause';
import {
  actionsImplemented,
  containment,
  ctx,
  d,
  failedReview,
  findingIn,
  fishbone,
  fiveWhys,
  implementedAction,
  MR,
  openNonconformity,
  passedReview,
  plannedAction,
  underReview,
} from './finding-builders';
import { thrownDomainError } from './thrown-domain-error';

const invalidInput = (run: () => unknown): DomainError => thrownDomainError('INVALID_INPUT', run);

describe('nonconformity lifecycle (ISO 27001 10.2)', () => {
  describe('given an open major nonconformity', () => {
    it('when containment is recorded, then it is contained and the history says who, when and why', () => {
      const finding = openNonconformity();

      const { finding: contained, history } = recordContainment(
        finding,
        containment({ correction: '  Disabled the accounts  ', consequences: 'Checked logs: no misuse' }),
        ctx({ at: '2026-03-03T10:15:00.000Z', by: MR, note: 'urgent' }),
      );

      expect(contained.status).toBe('contained');
      expect(contained.containment).toEqual({ correction: 'Disabled the accounts', consequences: 'Checked logs: no misuse', containedOn: '2026-03-03' });
      expect(history).toEqual({ at: '2026-03-03T10:15:00.000Z', by: MR, from: 'open', to: 'contained', intent: 'recordContainment', note: 'urgent' });
      expect(Object.isFrozen(history)).toBe(true);
      expect(finding.status).toBe('open'); // the input is not mutated
    });

    it('when the correction is blank, then the input is refused naming the field', () => {
      expect(invalidInput(() => recordContainment(openNonconformity(), containment({ correction: '  ' }), ctx())).message).toBe('containment.correction is required');
    });

    it('when the instant is not ISO-8601 with a zone, then the input is refused naming "at"', () => {
      expect(invalidInput(() => recordContainment(openNonconformity(), containment(), ctx({ at: '2026-03-03 10:00' }))).details).toMatchObject({ field: 'at' });
    });
  });

  describe('given a contained nonconformity', () => {
    const contained = recordContainment(openNonconformity(), containment(), ctx()).finding;

    it('when a 5-whys root cause is recorded, then the last why is the root cause', () => {
      const { finding, history } = recordRootCause(contained, fiveWhys(), ctx());

      expect(finding.status).toBe('root_cause_analysed');
      expect(rootCauseStatement(finding.rootCause)).toBe('The leaver process was designed before SaaS tools were adopted');
      expect(finding.rootCause.similarNonconformities.couldOccurElsewhere).toBe(true);
      expect(history).toMatchObject({ from: 'contained', to: 'root_cause_analysed', intent: 'recordRootCause' });
    });

    it('when a fishbone root cause is recorded, then its chosen cause is the root cause', () => {
      const { finding } = recordRootCause(contained, fishbone(), ctx());

      expect(rootCauseStatement(finding.rootCause)).toBe('No automated deprovisioning from the HR system');
    });
  });

  describe('given a root cause', () => {
    const analysed = recordRootCause(recordContainment(openNonconformity(), containment(), ctx()).finding, fiveWhys(), ctx()).finding;

    it.each([
      [[], 'correctiveActionIds needs at least one corrective action'],
      [['CA-1', 'CA-1'], 'correctiveActionIds must not repeat an id'],
      [['CA-1', ' '], 'correctiveActionIds[] is required'],
    ])('when actions %j are planned, then it is refused: %s', (ids, message) => {
      expect(invalidInput(() => planCorrectiveActions(analysed, ids, ctx())).message).toBe(message);
    });

    it('when corrective actions are planned, then their ids are kept', () => {
      const { finding } = planCorrectiveActions(analysed, ['CA-1', 'CA-2'], ctx());

      expect(finding.status).toBe('corrective_action_planned');
      expect(finding.correctiveActionIds).toEqual(['CA-1', 'CA-2']);
    });
  });

  describe('given two planned corrective actions', () => {
    const analysed = recordRootCause(recordContainment(openNonconformity(), containment(), ctx()).finding, fiveWhys(), ctx()).finding;
    const planned = planCorrectiveActions(analysed, ['CA-1', 'CA-2'], ctx()).finding;
    const ca1 = implementedAction({ id: 'CA-1', implementedOn: d('2026-04-10') });

    it('when both are implemented, then implementedOn is the later implementation day', () => {
      const ca2 = implementedAction({ id: 'CA-2', implementedOn: d('2026-04-15') });

      const { finding } = markActionsImplemented(planned, [ca2, ca1], ctx());

      expect(finding.status).toBe('actions_implemented');
      expect(finding.implementedOn).toBe('2026-04-15');
    });

    it('when one is implemented and the other cancelled, then the finding moves on with the implemented one', () => {
      const ca2 = { ...plannedAction({ id: 'CA-2' }), status: 'cancelled' as const, cancelledOn: d('2026-04-20'), reason: 'Superseded by CA-1' };

      expect(markActionsImplemented(planned, [ca1, ca2], ctx()).finding.implementedOn).toBe('2026-04-10');
    });

    it.each([
      ['one is still in progress', () => [ca1, { ...plannedAction({ id: 'CA-2' }), status: 'in_progress' as const, owner: 'acc-x', dueDate: d('2026-05-01') }], 'corrective actions CA-2 are not implemented yet'],
      ['one was not supplied', () => [ca1], 'corrective actions CA-2 were not supplied'],
      ['one belongs to another finding', () => [ca1, implementedAction({ id: 'CA-2', findingId: 'F-9' })], 'corrective actions CA-2 belong to another finding'],
      [
        'both were cancelled',
        () => ['CA-1', 'CA-2'].map((id) => ({ ...plannedAction({ id }), status: 'cancelled' as const, cancelledOn: d('2026-04-20'), reason: 'Not needed' })),
        'at least one corrective action must be implemented, not all cancelled',
      ],
    ])('when %s, then it is refused', (_case, actions, message) => {
      expect(invalidInput(() => markActionsImplemented(planned, actions(), ctx())).message).toBe(message);
    });
  });

  describe('given implemented actions', () => {
    it.each([
      ['2026-04-15', false],
      ['2026-04-14', false],
      ['2026-04-16', true],
    ])('when the review is scheduled for %s (implemented 2026-04-15), then accepted = %s', (due, accepted) => {
      const run = () => scheduleEffectivenessReview(actionsImplemented(), d(due), ctx());
      if (accepted) expect(run().finding).toMatchObject({ status: 'effectiveness_review', reviewDueOn: due });
      else expect(invalidInput(run).details).toMatchObject({ field: 'reviewDueOn' });
    });
  });

  describe('given an effectiveness review is due', () => {
    it('when the review passes, then the finding is closed with root cause and review on record, and nothing more can be done', () => {
      const { finding, history } = closeAfterReview(underReview(), passedReview(), ctx({ by: MR }));

      expect(finding.status).toBe('closed');
      expect(finding.review).toEqual(passedReview());
      expect(rootCauseStatement(finding.rootCause)).toContain('leaver process');
      expect(finding.cycle).toBe(1);
      expect(history).toMatchObject({ from: 'effectiveness_review', to: 'closed', intent: 'closeAfterReview', by: MR });
      expect(nextAllowedIntents(finding)).toEqual([]);
    });

    it('when closing with an ineffective review, then it is refused: closing needs a passed review', () => {
      expect(invalidInput(() => closeAfterReview(underReview(), failedReview(), ctx())).details).toMatchObject({ field: 'review.result' });
    });

    it('when the review predates the implementation, then it is refused', () => {
      expect(invalidInput(() => closeAfterReview(underReview(), passedReview({ reviewOn: d('2026-04-14') }), ctx())).message).toMatch(/^review\.reviewOn must not be before/);
    });

    it('when the review has no evidence, then it is refused naming the field', () => {
      expect(invalidInput(() => closeAfterReview(underReview(), passedReview({ evidence: '' }), ctx())).message).toBe('evidence must not be empty');
    });

    it('when the review is ineffective and the actions were weak, then new actions are planned in cycle 2 with the root cause kept', () => {
      const review = underReview();

      const { finding, history } = replanAfterIneffectiveReview(review, { review: failedReview(), reason: 'Checklist step skipped twice', correctiveActionIds: ['CA-1', 'CA-7'] }, ctx());

      expect(finding).toMatchObject({ status: 'corrective_action_planned', cycle: 2, correctiveActionIds: ['CA-1', 'CA-7'] });
      expect(finding.rootCause).toEqual(review.rootCause);
      expect(finding.priorCycles).toHaveLength(1);
      expect(history).toMatchObject({ from: 'effectiveness_review', to: 'corrective_action_planned', intent: 'replanAfterIneffectiveReview' });
    });

    it('when re-planning with only the ineffective actions, then it is refused', () => {
      expect(invalidInput(() => replanAfterIneffectiveReview(underReview(), { review: failedReview(), reason: 'x', correctiveActionIds: ['CA-1'] }, ctx())).message).toMatch(
        /at least one new action/,
      );
    });

    it('when reopening with a passed review, then it is refused', () => {
      expect(invalidInput(() => reopenAfterIneffectiveReview(underReview(), { review: passedReview(), reason: 'x' }, ctx())).details).toMatchObject({ field: 'review.result' });
    });

    it('when reopening without a reason, then it is refused', () => {
      expect(invalidInput(() => reopenAfterIneffectiveReview(underReview(), { review: failedReview(), reason: ' ' }, ctx())).message).toBe('reason is required');
    });
  });

  describe('given a reopened nonconformity', () => {
    it('when the problem recurred, then containment can be recorded again', () => {
      const reopened = findingIn('reopened');

      const { finding } = recordContainment(reopened, containment({ correction: 'Disabled two more accounts', containedOn: d('2026-07-17') }), ctx());

      expect(finding).toMatchObject({ status: 'contained', cycle: 2, containment: { correction: 'Disabled two more accounts' } });
    });
  });

  it('ineffective review → reopen → second cycle → closed: history and cycle count survive', () => {
    const entries: FindingTransition['history'][] = [];
    const record = <F extends Finding>(transition: FindingTransition<F>): F => {
      entries.push(transition.history);
      return transition.finding;
    };

    // given a nonconformity taken through a first cycle whose review fails
    const firstReview = underReview();
    // when it is reopened
    const reopened = record(reopenAfterIneffectiveReview(firstReview, { review: failedReview(), reason: 'Two leavers kept access: root cause was wrong' }, ctx({ at: '2026-07-16T12:00:00Z' })));
    // then cycle 2 starts and cycle 1 is kept
    expect(reopened).toMatchObject({ status: 'reopened', cycle: 2, containment: firstReview.containment });
    expect(reopened.priorCycles).toEqual([
      {
        cycle: 1,
        containment: firstReview.containment,
        rootCause: firstReview.rootCause,
        correctiveActionIds: ['CA-1'],
        implementedOn: '2026-04-15',
        reviewDueOn: '2026-07-15',
        review: failedReview(),
        reason: 'Two leavers kept access: root cause was wrong',
      },
    ]);
    expect(nextAllowedIntents(reopened)).toEqual(['recordContainment', 'recordRootCause']);

    // when the second cycle is worked through (root cause again straight from reopened; the containment stands)
    const analysed = record(recordRootCause(reopened, fishbone(), ctx()));
    const planned = record(planCorrectiveActions(analysed, ['CA-8'], ctx()));
    const implemented = record(markActionsImplemented(planned, [implementedAction({ id: 'CA-8', implementedOn: d('2026-08-20') })], ctx()));
    const review = record(scheduleEffectivenessReview(implemented, d('2026-11-20'), ctx()));
    const closed = record(closeAfterReview(review, passedReview({ reviewOn: d('2026-11-21') }), ctx()));

    // then it closes in cycle 2 with both cycles on record
    expect(closed).toMatchObject({ status: 'closed', cycle: 2, correctiveActionIds: ['CA-8'], implementedOn: '2026-08-20' });
    expect(closed.priorCycles).toHaveLength(1);
    expect(closed.priorCycles[0]?.review.result).toBe('ineffective');
    expect(entries.map((entry) => `${entry.from ?? ''}→${entry.to}`)).toEqual([
      'effectiveness_review→reopened',
      'reopened→root_cause_analysed',
      'root_cause_analysed→corrective_action_planned',
      'corrective_action_planned→actions_implemented',
      'actions_implemented→effectiveness_review',
      'effectiveness_review→closed',
    ]);
  });
});
