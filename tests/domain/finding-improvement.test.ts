// The lighter path of observations and opportunities for improvement, given/when/then.
import { DomainError } from '../../src/domain/domain-error';
import { closeImprovement, closeWithoutAction, planImprovementAction } from '../../src/domain/finding-improvement-transitions';
import { nextAllowedIntents } from '../../src/domain/finding-intents';
import { ctx, d, openImprovement } from './finding-builders';

describe('observation and OFI lifecycle', () => {
  describe('given an open opportunity for improvement', () => {
    const ofi = openImprovement({ kind: 'opportunity_for_improvement', title: 'Access reviews could use the IdP report' });

    it('when an action is planned and later carried out, then it closes as "actioned" with plan and result kept', () => {
      const planned = planImprovementAction(ofi, { plan: ' Generate the quarterly review from the IdP ', correctiveActionIds: ['CA-5'] }, ctx());
      expect(planned.finding).toMatchObject({ status: 'action_planned', plan: 'Generate the quarterly review from the IdP', correctiveActionIds: ['CA-5'] });
      expect(planned.history).toMatchObject({ from: 'open', to: 'action_planned', intent: 'planImprovementAction' });

      const { finding, history } = closeImprovement(planned.finding, { result: 'Q2 review generated from the IdP', closedOn: d('2026-06-30') }, ctx());

      expect(finding.closure).toEqual({
        outcome: 'actioned',
        plan: 'Generate the quarterly review from the IdP',
        correctiveActionIds: ['CA-5'],
        result: 'Q2 review generated from the IdP',
        closedOn: '2026-06-30',
      });
      expect(history).toMatchObject({ from: 'action_planned', to: 'closed', intent: 'closeImprovement' });
      expect(nextAllowedIntents(finding)).toEqual([]);
    });

    it('when no action will be taken, then it closes as "no_action" with the reason', () => {
      const { finding, history } = closeWithoutAction(ofi, { reason: 'Cost outweighs benefit; MR accepted', closedOn: d('2026-03-20') }, ctx());

      expect(finding.closure).toEqual({ outcome: 'no_action', reason: 'Cost outweighs benefit; MR accepted', closedOn: '2026-03-20' });
      expect(history).toMatchObject({ from: 'open', to: 'closed', intent: 'closeWithoutAction' });
    });

    it('when closed without a reason, then it is refused naming the field', () => {
      expect(() => closeWithoutAction(ofi, { reason: '', closedOn: d('2026-03-20') }, ctx())).toThrow(new DomainError('INVALID_INPUT', 'reason is required'));
    });

    it('when the plan is blank, then it is refused', () => {
      expect(() => planImprovementAction(ofi, { plan: ' ', correctiveActionIds: [] }, ctx())).toThrow('plan is required');
    });
  });

  describe('given an observation with a planned action', () => {
    const planned = planImprovementAction(openImprovement(), { plan: 'Add a reminder', correctiveActionIds: [] }, ctx()).finding;

    it('when the plan is abandoned, then it can still close as "no_action" with the reason', () => {
      const { finding, history } = closeWithoutAction(planned, { reason: 'Tool being retired', closedOn: d('2026-05-01') }, ctx());

      expect(finding.closure.outcome).toBe('no_action');
      expect(history.from).toBe('action_planned');
    });
  });
});
