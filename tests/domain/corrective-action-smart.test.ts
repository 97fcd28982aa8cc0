// The SMART review of a corrective action: each letter passes or fails with a reason, heuristics table-tested.
import type { PlannedCorrectiveAction } from '../../src/domain/corrective-action';
import type { SmartLetter } from '../../src/domain/corrective-action-smart';
import { isSmart, smartCheck } from '../../src/domain/corrective-action-smart';
import { recordContainment, recordRootCause } from '../../src/domain/finding-transitions';
import { containment, ctx, d, fiveWhys, openImprovement, openNonconformity, plannedAction } from './finding-builders';

const today = d('2026-03-10');
/** The finding F-1 references A.5.18; its root cause is "…leaver process was designed before SaaS tools…". */
const analysed = recordRootCause(recordContainment(openNonconformity(), containment(), ctx()).finding, fiveWhys(), ctx()).finding;

describe('smartCheck', () => {
  it('passes every letter for a well-formed action, with reasons', () => {
    const check = smartCheck(plannedAction({ dueDate: d('2026-04-30') }), today, analysed);

    expect(check).toEqual({
      S: { result: 'pass', reason: 'description is concrete (13 words, no vague wording)' },
      M: { result: 'pass', reason: 'completionCriterion contains a number or date' },
      A: { result: 'pass', reason: 'owner is set and 51 days remain until 2026-04-30' },
      R: { result: 'pass', reason: 'shares "leaver" with the root cause of finding F-1' },
      T: { result: 'pass', reason: 'due 2026-04-30, in 51 days' },
    });
    expect(isSmart(check)).toBe(true);
  });

  it.each<[string, Partial<PlannedCorrectiveAction>, SmartLetter, RegExp]>([
    // S — Specific
    ['a short description', { description: 'Fix access' }, 'S', /too short to be specific \(10 characters, 2 words; needs at least 25 characters and 4 words\)/],
    ['"improve"', { description: 'Improve the offboarding of leavers across all teams' }, 'S', /vague wording: "improve"/],
    ['"improvements" (an inflection)', { description: 'Make improvements to the leaver checklist for A.5.18' }, 'S', /vague wording: "improve"/],
    ['"look into" and "consider"', { description: 'Look into the leaver process and consider automation' }, 'S', /vague wording: "look into", "consider"/],
    ['"etc."', { description: 'Disable accounts in Slack, Google, Jira etc. on the last day' }, 'S', /vague wording: "etc"/],
    // M — Measurable
    ['a blank completion criterion', { completionCriterion: ' ' }, 'M', /^completionCriterion is missing$/],
    ['a criterion with nothing to verify', { completionCriterion: 'Leavers are handled properly' }, 'M', /no number, date or verifiable artefact/],
    // A — Achievable
    ['no owner', { owner: null }, 'A', /^owner is not set/],
    ['a due date today', { dueDate: d('2026-03-10') }, 'A', /leaves 0 days from 2026-03-10; at least 1 is needed/],
    ['a due date in the past', { dueDate: d('2026-03-01') }, 'A', /leaves -9 days/],
    // R — Relevant
    ['no finding link', { findingId: ' ' }, 'R', /^findingId is not set/],
    ['a link to another finding', { findingId: 'F-2' }, 'R', /^linked to finding F-2, but checked against finding F-1/],
    [
      'nothing in common with the clause or root cause',
      { description: 'Buy new chairs for the meeting room on floor two', completionCriterion: '12 chairs delivered' },
      'R',
      /mentions none of the finding's clauses or controls \(A\.5\.18\) and shares no keyword with its root cause/,
    ],
    // T — Time-bound
    ['no due date', { dueDate: null }, 'T', /^dueDate is not set$/],
    ['a due date today', { dueDate: d('2026-03-10') }, 'T', /is not after today \(2026-03-10\)/],
    ['a due date 366 days out', { dueDate: d('2027-03-11') }, 'T', /is 366 days out; more than 365 is not time-bound/],
  ])('fails for %s on %s', (_case, overrides, letter, reason) => {
    const check = smartCheck(plannedAction(overrides), today, analysed);

    expect(check[letter].result).toBe('fail');
    expect(check[letter].reason).toMatch(reason);
    expect(isSmart(check)).toBe(false);
  });

  it.each<[string, Partial<PlannedCorrectiveAction>, SmartLetter]>([
    ['exactly 25 characters and 4 words', { description: 'Disable leaver SaaS users' }, 'S'],
    ['a criterion naming an artefact', { completionCriterion: 'Signed-off checklist published in the ISMS library' }, 'M'],
    ['a due date tomorrow', { dueDate: d('2026-03-11') }, 'A'],
    ['a due date tomorrow', { dueDate: d('2026-03-11') }, 'T'],
    ['a due date exactly 365 days out', { dueDate: d('2027-03-10') }, 'T'],
    ['no due date (A judges the owner only)', { dueDate: null }, 'A'],
    ['a mention of the referenced control', { description: 'Automate deprovisioning per A.5.18 in the IdP', completionCriterion: 'Rule live' }, 'R'],
  ])('passes at the edge: %s on %s', (_case, overrides, letter) => {
    expect(smartCheck(plannedAction(overrides), today, analysed)[letter].result).toBe('pass');
  });

  it('does not treat a longer id as a mention of the referenced control (A.5.1 is not A.5.18)', () => {
    const finding = openNonconformity({ references: ['A.5.1'], title: 'Policy gaps' });
    const check = smartCheck(plannedAction({ description: 'Automate deprovisioning per A.5.18 in the IdP' }), today, finding);

    expect(check.R.result).toBe('fail');
  });

  it('judges relevance against the title while no root cause is recorded', () => {
    const observation = openImprovement({ title: 'Visitor badges are not collected at reception' });
    const check = smartCheck(plannedAction({ description: 'Install a badge return box at reception desk', findingId: 'F-1' }), today, observation);

    expect(check.R).toEqual({ result: 'pass', reason: 'shares "badge", "reception" with the title of finding F-1' });
  });

  it('without the finding, passes R on the link alone and says relevance was not assessed', () => {
    expect(smartCheck(plannedAction(), today).R).toEqual({
      result: 'pass',
      reason: 'linked to finding F-1 (relevance to its clauses and root cause not assessed: finding not supplied)',
    });
  });
});
