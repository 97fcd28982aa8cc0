// How a finding shows in Jira, per lifecycle state: the app field labels (what JQL compares), the status category it
// mirrors, and that every state survives the trip through the `clause9` property (JSON out, zod back in).
import { correctiveActionProperty, correctiveActionPropertySchema } from '../../../src/adapters/jira/corrective-action-property';
import { correctiveActionStatusCategory, findingFieldValues, findingStatusCategory } from '../../../src/adapters/jira/finding-issue-fields';
import { findingProperty, findingPropertySchema } from '../../../src/adapters/jira/finding-property';
import { cancelCorrectiveAction, startCorrectiveAction } from '../../../src/domain/corrective-action-transitions';
import type { FindingStatus } from '../../../src/domain/finding';
import { replanAfterIneffectiveReview } from '../../../src/domain/finding-transitions';
import { ctx, d, failedReview, findingIn, implementedAction, plannedAction, underReview } from '../../domain/finding-builders';

type Lifecycle = 'nonconformity' | 'improvement';

describe('finding → Jira fields and status', () => {
  it.each<[FindingStatus, Lifecycle, string, string | null, string | null, string]>([
    ['open', 'nonconformity', 'Open', 'Not started', null, 'new'],
    ['contained', 'nonconformity', 'Contained', 'Not started', null, 'indeterminate'],
    ['root_cause_analysed', 'nonconformity', 'Root cause analysed', 'Analysed', null, 'indeterminate'],
    ['corrective_action_planned', 'nonconformity', 'Corrective action planned', 'Analysed', null, 'indeterminate'],
    ['actions_implemented', 'nonconformity', 'Actions implemented', 'Analysed', 'Pending', 'indeterminate'],
    ['effectiveness_review', 'nonconformity', 'Effectiveness review', 'Analysed', 'Pending', 'indeterminate'],
    ['closed', 'nonconformity', 'Closed', 'Analysed', 'Effective', 'done'],
    ['reopened', 'nonconformity', 'Reopened', 'In analysis', 'Ineffective', 'indeterminate'],
    ['open', 'improvement', 'Open', null, null, 'new'],
    ['action_planned', 'improvement', 'Action planned', null, null, 'indeterminate'],
    ['closed', 'improvement', 'Closed', null, null, 'done'],
  ])('%s %s → stage %s, root cause %s, effectiveness %s, status category %s', (status, lifecycle, stage, rootCause, effectiveness, category) => {
    const finding = findingIn(status, lifecycle);
    const fields = findingFieldValues(finding);
    expect([fields['finding-stage'], fields['root-cause-status'], fields['effectiveness-result']]).toEqual([stage, rootCause, effectiveness]);
    expect(findingStatusCategory(finding)).toBe(category);
  });

  it('labels kind and source as people type them, and splits references into clauses and controls', () => {
    const fields = findingFieldValues(findingIn('open'));
    expect(fields).toMatchObject({ 'finding-kind': 'Major nonconformity', 'finding-source': 'Internal audit', 'finding-source-ref': 'IA-2026-03' });
    expect(fields['annex-a-control']).toEqual(['A.5.18']);
    expect(fields['iso-clause']).toBeNull();
  });

  it('shows the review date only while it matters, and Ineffective while a replanned cycle runs', () => {
    expect(findingFieldValues(underReview(d('2026-07-15')))['effectiveness-review-due']).toBe('2026-07-15');
    expect(findingFieldValues(findingIn('closed'))['effectiveness-review-due']).toBe('2026-07-15');
    const replanned = replanAfterIneffectiveReview(underReview(), { review: failedReview(), reason: 'Recurred', correctiveActionIds: ['CA-2'] }, ctx()).finding;
    expect(findingFieldValues(replanned)).toMatchObject({ 'finding-stage': 'Corrective action planned', 'effectiveness-result': 'Ineffective', 'effectiveness-review-due': null });
  });

  it.each<[FindingStatus, Lifecycle]>([
    ['open', 'nonconformity'],
    ['contained', 'nonconformity'],
    ['root_cause_analysed', 'nonconformity'],
    ['corrective_action_planned', 'nonconformity'],
    ['actions_implemented', 'nonconformity'],
    ['effectiveness_review', 'nonconformity'],
    ['closed', 'nonconformity'],
    ['reopened', 'nonconformity'],
    ['open', 'improvement'],
    ['action_planned', 'improvement'],
    ['closed', 'improvement'],
  ])('a stored %s %s reads back as the same finding', (status, lifecycle) => {
    const property = findingProperty(findingIn(status, lifecycle), [], [{ id: 'CA-1', issueId: '10001', issueKey: 'ISMS-2' }], 3);
    expect(findingPropertySchema.parse(JSON.parse(JSON.stringify(property)))).toEqual(property);
  });

  it('refuses a property whose indexed status disagrees with the finding, naming the problem', () => {
    const property = { ...findingProperty(findingIn('contained'), [], [], 2), status: 'closed' };
    expect(() => findingPropertySchema.parse(property)).toThrow(/must match the stored finding/);
  });

  it('refuses a nonconformity state that lacks what its status requires', () => {
    const withoutRootCause = Object.fromEntries(Object.entries(findingIn('root_cause_analysed')).filter(([key]) => key !== 'rootCause'));
    expect(findingPropertySchema.safeParse({ ...findingProperty(findingIn('contained'), [], [], 2), status: 'root_cause_analysed', state: withoutRootCause }).success).toBe(false);
  });
});

describe('corrective action → Jira status', () => {
  const ref = { id: 'F-1', issueId: '10000', issueKey: 'ISMS-1' };

  it.each([
    ['planned', 'new', plannedAction()],
    ['in progress', 'indeterminate', startCorrectiveAction(plannedAction(), ctx()).action],
    ['implemented', 'done', implementedAction()],
    ['cancelled', 'done', cancelCorrectiveAction(plannedAction(), { cancelledOn: d('2026-03-05'), reason: 'Duplicate' }, ctx()).action],
  ] as const)('%s → %s, and reads back from its property', (_status, category, action) => {
    expect(correctiveActionStatusCategory(action)).toBe(category);
    const property = correctiveActionProperty(action, [], ref, 1);
    expect(correctiveActionPropertySchema.parse(JSON.parse(JSON.stringify(property)))).toEqual(property);
  });
});
