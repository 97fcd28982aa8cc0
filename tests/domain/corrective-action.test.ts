// Corrective action lifecycle (planned → in_progress → implemented | cancelled) and derived overdue.
import type { CorrectiveAction, CorrectiveActionStatus } from '../../src/domain/corrective-action';
import { isCorrectiveActionOverdue, planCorrectiveAction, wasImplementedOnTime } from '../../src/domain/corrective-action';
import {
  cancelCorrectiveAction,
  markCorrectiveActionImplemented,
  nextAllowedActionIntents,
  startCorrectiveAction,
} from '../../src/domain/corrective-action-transitions';
import { ctx, d, implementedAction, OWNER, plannedAction } from './finding-builders';
import { thrownDomainError } from './thrown-domain-error';

const planInput = {
  id: 'CA-1',
  findingId: 'F-1',
  description: 'Add a "notify IT" step to the HR offboarding checklist',
  completionCriterion: 'Checklist v3 published',
  owner: OWNER,
  dueDate: d('2026-04-30'),
};

describe('corrective action lifecycle', () => {
  describe('given a new corrective action', () => {
    it('when planned, then it is "planned" with a "plan" history entry', () => {
      const { action, history } = planCorrectiveAction(planInput, ctx());

      expect(action).toEqual({ ...planInput, status: 'planned' });
      expect(history).toMatchObject({ from: null, to: 'planned', intent: 'plan' });
    });

    it.each([
      ['a blank description', { description: ' ' }, 'description must not be empty'],
      ['a blank completion criterion', { completionCriterion: '' }, 'completionCriterion must not be empty'],
      ['an owner that is not an account id', { owner: 'Bob Smith' }, 'owner must be an Atlassian account id'],
      ['a missing finding link', { findingId: '' }, 'findingId must not be empty'],
    ])('when planned with %s, then it is refused naming the field', (_case, overrides, message) => {
      expect(thrownDomainError('INVALID_INPUT', () => planCorrectiveAction({ ...planInput, ...overrides }, ctx())).message).toBe(message);
    });

    it('when planned without owner and due date, then it is accepted as a draft (SMART flags it)', () => {
      expect(planCorrectiveAction({ ...planInput, owner: null, dueDate: null }, ctx()).action).toMatchObject({ owner: null, dueDate: null });
    });
  });

  describe('given a planned action', () => {
    it('when work starts, then it is in progress', () => {
      const { action, history } = startCorrectiveAction(plannedAction(), ctx({ by: OWNER }));

      expect(action.status).toBe('in_progress');
      expect(history).toMatchObject({ from: 'planned', to: 'in_progress', intent: 'start', by: OWNER });
    });

    it.each([
      ['owner', { owner: null }],
      ['dueDate', { dueDate: null }],
    ])('when work starts without %s, then it is refused', (field, overrides) => {
      expect(thrownDomainError('INVALID_INPUT', () => startCorrectiveAction(plannedAction(overrides), ctx())).message).toBe(`${field} is required before work starts`);
    });

    it('when cancelled with a reason, then it is cancelled and the reason kept', () => {
      const { action, history } = cancelCorrectiveAction(plannedAction(), { cancelledOn: d('2026-04-02'), reason: ' Superseded by CA-2 ' }, ctx());

      expect(action).toMatchObject({ status: 'cancelled', reason: 'Superseded by CA-2', cancelledOn: '2026-04-02' });
      expect(history).toMatchObject({ from: 'planned', to: 'cancelled', intent: 'cancel' });
    });

    it('when cancelled without a reason, then it is refused', () => {
      expect(thrownDomainError('INVALID_INPUT', () => cancelCorrectiveAction(plannedAction(), { cancelledOn: d('2026-04-02'), reason: '' }, ctx())).message).toBe('reason is required');
    });

    it('when marked implemented before work started, then the transition is illegal and names both states', () => {
      const error = thrownDomainError('ILLEGAL_TRANSITION', () =>
        markCorrectiveActionImplemented(plannedAction(), { implementedOn: d('2026-04-15'), implementationEvidence: 'x' }, ctx()),
      );

      expect(error.message).toBe('cannot "markImplemented" a corrective action in status "planned": it moves an action from "in_progress" to "implemented"');
      expect(error.details).toMatchObject({ intent: 'markImplemented', from: 'planned', to: 'implemented' });
    });
  });

  describe('given an action in progress', () => {
    const inProgress = startCorrectiveAction(plannedAction(), ctx()).action;

    it('when implemented with evidence, then it is implemented', () => {
      const { action, history } = markCorrectiveActionImplemented(inProgress, { implementedOn: d('2026-04-15'), implementationEvidence: 'Checklist v3 live' }, ctx());

      expect(action).toMatchObject({ status: 'implemented', implementedOn: '2026-04-15', implementationEvidence: 'Checklist v3 live' });
      expect(history).toMatchObject({ from: 'in_progress', to: 'implemented' });
    });

    it('when implemented without evidence, then it is refused', () => {
      expect(
        thrownDomainError('INVALID_INPUT', () => markCorrectiveActionImplemented(inProgress, { implementedOn: d('2026-04-15'), implementationEvidence: '' }, ctx())).message,
      ).toBe('implementationEvidence is required');
    });
  });

  it.each<[CorrectiveActionStatus, CorrectiveAction, readonly string[]]>([
    ['planned', plannedAction(), ['start', 'cancel', 'revise']],
    ['in_progress', { ...plannedAction(), status: 'in_progress', owner: OWNER, dueDate: d('2026-04-30') }, ['markImplemented', 'cancel', 'revise']],
    ['implemented', implementedAction(), []],
    ['cancelled', { ...plannedAction(), status: 'cancelled', cancelledOn: d('2026-04-02'), reason: 'x' }, []],
  ])('offers the right next intents for "%s"', (_status, action, intents) => {
    expect(nextAllowedActionIntents(action)).toEqual(intents);
  });

  it('cannot cancel an implemented action', () => {
    expect(thrownDomainError('ILLEGAL_TRANSITION', () => cancelCorrectiveAction(implementedAction(), { cancelledOn: d('2026-05-01'), reason: 'x' }, ctx())).message).toMatch(
      /^cannot "cancel" a corrective action in status "implemented"/,
    );
  });
});

describe('isCorrectiveActionOverdue (derived, never stored)', () => {
  const inProgress = (dueDate: string): CorrectiveAction => ({ ...plannedAction(), status: 'in_progress', owner: OWNER, dueDate: d(dueDate) });

  it.each<[string, CorrectiveAction, string, boolean]>([
    ['planned, due yesterday', plannedAction({ dueDate: d('2026-04-29') }), '2026-04-30', true],
    ['planned, due today', plannedAction({ dueDate: d('2026-04-30') }), '2026-04-30', false],
    ['planned, due tomorrow', plannedAction({ dueDate: d('2026-05-01') }), '2026-04-30', false],
    ['planned, no due date', plannedAction({ dueDate: null }), '2030-01-01', false],
    ['in progress, due yesterday', inProgress('2026-04-29'), '2026-04-30', true],
    ['implemented late', implementedAction({ dueDate: d('2026-04-01'), implementedOn: d('2026-04-20') }), '2026-04-30', false],
    ['cancelled past due', { ...plannedAction({ dueDate: d('2026-04-01') }), status: 'cancelled', cancelledOn: d('2026-04-02'), reason: 'x' }, '2026-04-30', false],
  ])('%s, today %s → %s', (_case, action, today, overdue) => {
    expect(isCorrectiveActionOverdue(action, d(today))).toBe(overdue);
  });

  it.each([
    ['2026-04-29', true],
    ['2026-04-30', true],
    ['2026-05-01', false],
  ])('implemented on %s with due date 2026-04-30 → on time = %s', (implementedOn, onTime) => {
    expect(wasImplementedOnTime(implementedAction({ dueDate: d('2026-04-30'), implementedOn: d(implementedOn) }))).toBe(onTime);
  });
});
