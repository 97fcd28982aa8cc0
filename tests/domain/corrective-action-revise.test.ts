// Revising an open corrective action: only the fields given change, the status stays, the history says what changed.
import { correctiveActionHistoryEntrySchema } from '../../src/domain/corrective-action-schema';
import { reviseCorrectiveAction, startCorrectiveAction } from '../../src/domain/corrective-action-transitions';
import { domainErrorField } from '../../src/domain/domain-error';
import { ctx, d, implementedAction, OWNER, plannedAction } from './finding-builders';
import { thrownDomainError } from './thrown-domain-error';

const OTHER = 'acc-owner-2';

describe('revising a corrective action', () => {
  describe('given a planned action without owner and due date', () => {
    const draft = plannedAction({ owner: null, dueDate: null });

    it('when owner and due date are given, then they are set, it stays planned and can start', () => {
      const { action, history } = reviseCorrectiveAction(draft, { owner: OWNER, dueDate: d('2026-12-15') }, ctx());

      expect(action).toEqual({ ...draft, owner: OWNER, dueDate: '2026-12-15' });
      expect(history).toMatchObject({ from: 'planned', to: 'planned', intent: 'revise', note: `owner (none) → ${OWNER}; dueDate (none) → 2026-12-15` });
      expect(startCorrectiveAction(action, ctx()).action.status).toBe('in_progress');
    });

    it('when only a field is given, then the others are kept', () => {
      expect(reviseCorrectiveAction(draft, { dueDate: d('2026-12-15') }, ctx()).action).toMatchObject({ owner: null, dueDate: '2026-12-15', description: draft.description });
    });

    it('when the caller adds a note, then it follows what changed', () => {
      expect(reviseCorrectiveAction(draft, { dueDate: d('2026-12-15') }, ctx({ note: ' supplier late ' })).history.note).toBe('dueDate (none) → 2026-12-15 — supplier late');
    });
  });

  describe('given a planned action with owner and due date', () => {
    it('when the due date moves, then the note names both dates', () => {
      const { history } = reviseCorrectiveAction(plannedAction({ dueDate: d('2026-12-01') }), { dueDate: d('2026-12-15') }, ctx());

      expect(history.note).toBe('dueDate 2026-12-01 → 2026-12-15');
    });

    it('when owner and due date are cleared, then it is back to a draft', () => {
      expect(reviseCorrectiveAction(plannedAction(), { owner: null, dueDate: null }, ctx()).action).toMatchObject({ status: 'planned', owner: null, dueDate: null });
    });

    it('when the texts change, then they are trimmed and the note says which changed', () => {
      const { action, history } = reviseCorrectiveAction(plannedAction(), { description: ' Automate leaver removal ', completionCriterion: 'Feed live' }, ctx());

      expect(action).toMatchObject({ description: 'Automate leaver removal', completionCriterion: 'Feed live' });
      expect(history.note).toBe('description changed; completionCriterion changed');
    });

    it.each([
      ['a blank description', { description: ' ' }, 'description', 'description must not be empty'],
      ['a blank completion criterion', { completionCriterion: '' }, 'completionCriterion', 'completionCriterion must not be empty'],
      ['an owner that is not an account id', { owner: 'Bob Smith' }, 'owner', 'owner must be an Atlassian account id'],
      ['a due date that is no calendar date', { dueDate: '2026-02-30' }, 'dueDate', 'dueDate must be a calendar date in the form YYYY-MM-DD'],
    ])('when revised with %s, then it is refused naming the field', (_case, input, field, message) => {
      const error = thrownDomainError('INVALID_INPUT', () => reviseCorrectiveAction(plannedAction(), input as never, ctx()));

      expect([domainErrorField(error), error.message]).toEqual([field, message]);
    });

    it('when nothing differs, then it is refused', () => {
      expect(thrownDomainError('INVALID_INPUT', () => reviseCorrectiveAction(plannedAction(), { owner: OWNER }, ctx())).message).toMatch(/^nothing to revise/);
    });
  });

  describe('given an action in progress', () => {
    const inProgress = startCorrectiveAction(plannedAction(), ctx()).action;

    it('when the owner changes, then it stays in progress with the new owner', () => {
      const { action, history } = reviseCorrectiveAction(inProgress, { owner: OTHER }, ctx());

      expect(action).toMatchObject({ status: 'in_progress', owner: OTHER, dueDate: '2026-04-30' });
      expect(history).toMatchObject({ from: 'in_progress', to: 'in_progress', intent: 'revise', note: `owner ${OWNER} → ${OTHER}` });
    });

    it.each(['owner', 'dueDate'] as const)('when %s is cleared, then it is refused naming the field', (field) => {
      const error = thrownDomainError('INVALID_INPUT', () => reviseCorrectiveAction(inProgress, { [field]: null }, ctx()));

      expect([error.details.field, error.message]).toEqual([field, `${field} cannot be removed while work is in progress`]);
    });
  });

  it('cannot revise an implemented action', () => {
    expect(thrownDomainError('ILLEGAL_TRANSITION', () => reviseCorrectiveAction(implementedAction(), { dueDate: d('2026-12-15') }, ctx())).message).toBe(
      'cannot "revise" a corrective action in status "implemented": it applies only to an action in "planned" or "in_progress"',
    );
  });

  it('a stored revise history entry parses', () => {
    const { history } = reviseCorrectiveAction(plannedAction({ dueDate: null }), { dueDate: d('2026-12-15') }, ctx());

    expect(correctiveActionHistoryEntrySchema.parse(JSON.parse(JSON.stringify(history)))).toEqual(history);
  });
});
