// The dates a management review counts for a finding or corrective action come from its Clause9 record, so a
// register imported into Jira today still shows when each finding was raised and closed.
import { correctiveActionProperty } from '../../src/adapters/jira/corrective-action-property';
import { findingProperty } from '../../src/adapters/jira/finding-property';
import type { EvidenceIssue } from '../../src/adapters/jira/search-review-evidence';
import { recordedSpan } from '../../src/app/recorded-span';
import { ReviewEvidence } from '../../src/app/summarise-review-evidence';
import { planCorrectiveAction, type CorrectiveAction } from '../../src/domain/corrective-action';
import type { ReportingPeriod } from '../../src/domain/management-review/review-pack-inputs';
import { ctx, d, findingIn, implementedAction, plannedAction } from '../domain/finding-builders';

const FINDING_REF = { id: 'F-1', issueId: '10001', issueKey: 'ISMS-1' };

function actionRecord(state: CorrectiveAction = implementedAction(), plannedAt = '2026-03-20T17:30:00.000Z') {
  const { history } = planCorrectiveAction({ ...plannedAction(), id: state.id }, ctx({ at: plannedAt }));
  return correctiveActionProperty(state, [history], FINDING_REF, 3);
}

describe('recordedSpan', () => {
  it('opens a finding on the day it was raised and closes it on its passed review, or on an improvement’s closure', () => {
    expect(recordedSpan(findingProperty(findingIn('closed'), [], [], 9), 'UTC')).toEqual({ openedOn: d('2026-03-02'), closedOn: d('2026-07-16') });
    expect(recordedSpan(findingProperty(findingIn('closed', 'improvement'), [], [], 2), 'UTC')).toEqual({ openedOn: d('2026-03-02'), closedOn: d('2026-03-10') });
    expect(recordedSpan(findingProperty(findingIn('effectiveness_review'), [], [], 6), 'UTC')).toEqual({ openedOn: d('2026-03-02'), closedOn: null });
  });

  it('opens an action on the day it was planned, in the organisation’s time zone, and closes it when implemented or cancelled', () => {
    expect(recordedSpan(actionRecord(), 'UTC')).toEqual({ openedOn: d('2026-03-20'), closedOn: d('2026-04-15') });
    expect(recordedSpan(actionRecord(implementedAction(), '2026-03-20T23:30:00.000Z'), 'Europe/Amsterdam')).toMatchObject({ openedOn: d('2026-03-21') });
    expect(recordedSpan(actionRecord({ ...plannedAction(), status: 'cancelled', cancelledOn: d('2026-05-02'), reason: 'Superseded by CA-2' }), 'UTC')).toMatchObject({ closedOn: d('2026-05-02') });
    expect(recordedSpan(actionRecord(plannedAction()), 'UTC')).toMatchObject({ closedOn: null });
  });

  it('answers null for an issue without a readable record', () => {
    expect(recordedSpan(undefined, 'UTC')).toBeNull();
    expect(recordedSpan({ id: 'x', kind: 'check' }, 'UTC')).toBeNull();
  });
});

describe('a review pack over a register imported into Jira on 22 November', () => {
  const H1: ReportingPeriod = { label: 'H1', from: d('2026-01-01'), to: d('2026-06-30') };
  const H2: ReportingPeriod = { label: 'H2', from: d('2026-07-01'), to: d('2026-12-31') };
  const imported = (role: EvidenceIssue['role'], record: unknown): EvidenceIssue => ({
    id: '1', key: 'ISMS-1', role, summary: 's', created: '2026-11-22T09:00:00.000+00:00', resolved: '2026-11-22T09:00:01.000+00:00', resolution: 'Done',
    statusCategory: 'done', dueDate: d('2026-04-30'), findingKind: 'Major nonconformity', findingSource: 'Internal audit', checkOutcome: null, clause9Id: 'F-1', record,
  });

  it('counts each finding and action in the period its record says, not on the import day', () => {
    const evidence = new ReviewEvidence([imported('finding', findingProperty(findingIn('closed'), [], [], 9)), imported('correctiveAction', actionRecord())], 'UTC');
    expect(evidence.nonconformities(H1)).toMatchObject({ nonconformitiesOpened: 1, nonconformitiesClosed: 0, correctiveActionsOpened: 1, correctiveActionsClosed: 1, correctiveActionsOverdue: 0 });
    expect(evidence.nonconformities(H2)).toMatchObject({ nonconformitiesOpened: 0, nonconformitiesClosed: 1, correctiveActionsOpened: 0, correctiveActionsClosed: 0 });
  });
});
