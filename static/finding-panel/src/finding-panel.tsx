// The ISMS finding panel: where the finding stands in the ISO 27001 10.2 lifecycle, the steps allowed next (for those
// who may edit the issue), and its record — containment, root cause, corrective actions, effectiveness review,
// history. Everything comes from `finding/get`; after each step the whole view is read again.
import { useCallback, useEffect, useMemo, useState } from 'react';

import { isNonconformity } from '../../../src/domain/finding';
import type { Loaded } from '../../shared/invoke';
import { useDisplayNames } from '../../shared/people';
import { Loading, PageError } from '../../shared/states';
import { loadFinding } from './api';
import type { FindingPanelView } from './api';
import { CorrectiveActions } from './corrective-actions';
import { EffectivenessReviewSection } from './effectiveness-review-view';
import { FindingSummary } from './finding-summary';
import { HistoryList } from './history-list';
import { LifecycleStepper } from './lifecycle-stepper';
import { NextSteps } from './next-steps';
import { ContainmentSection, RootCauseSection } from './record-sections';
import { UnrecordedIssue } from './unrecorded-issue';

function peopleOf(view: FindingPanelView): string[] {
  const { finding, effectivenessReview } = view;
  return [
    finding.raisedBy,
    ...view.history.map((entry) => entry.by),
    ...view.correctiveActions.flatMap((action) => (action.state.owner === null ? [] : [action.state.owner])),
    ...(effectivenessReview?.review === null || effectivenessReview === null ? [] : [effectivenessReview.review.reviewedBy]),
    ...(effectivenessReview?.priorCycles.map((cycle) => cycle.review.reviewedBy) ?? []),
  ];
}

function FindingRecord({ view, onStepDone, reload }: { readonly view: FindingPanelView; readonly onStepDone: (label: string) => void; readonly reload: () => void }) {
  const names = useDisplayNames(useMemo(() => peopleOf(view), [view]));
  const nameOf = useCallback((accountId: string) => names.get(accountId) ?? accountId, [names]);
  const nonconformity = isNonconformity(view.finding.kind);
  return (
    <>
      <FindingSummary view={view} nameOf={nameOf} />
      <LifecycleStepper view={view} nameOf={nameOf} />
      {view.canEdit && <NextSteps key={view.revision} view={view} onStepDone={onStepDone} onReload={reload} />}
      {nonconformity && <ContainmentSection finding={view.finding} />}
      {nonconformity && <RootCauseSection view={view} />}
      <CorrectiveActions finding={view.finding} actions={view.correctiveActions} canEdit={view.canEdit} nameOf={nameOf} onDone={onStepDone} onReload={reload} />
      {view.effectivenessReview !== null && <EffectivenessReviewSection review={view.effectivenessReview} nameOf={nameOf} />}
      <HistoryList history={view.history} nameOf={nameOf} />
    </>
  );
}

export function FindingPanel({ issueKey }: { readonly issueKey: string }) {
  const [load, setLoad] = useState<Loaded<FindingPanelView>>({ state: 'loading' });
  const [done, setDone] = useState<string | null>(null);

  const reload = useCallback(() => {
    void loadFinding(issueKey).then(setLoad);
  }, [issueKey]);
  useEffect(reload, [reload]);

  const onStepDone = useCallback((label: string) => { setDone(label); reload(); }, [reload]);

  return (
    <main className="c9f-panel" data-testid="finding-panel">
      {load.state === 'loading' && <Loading what="the finding" />}
      {load.state === 'error' && (load.error.code === 'NOT_FOUND'
        ? <UnrecordedIssue issueKey={issueKey} message={load.error.message} onRecorded={() => { onStepDone('Recorded as a finding'); }} onReload={reload} />
        : <PageError error={load.error} />)}
      {done !== null && load.state === 'ready' && (
        <p className="c9-state c9-state--success c9-no-print" role="status" data-testid="step-done">
          {done}.
        </p>
      )}
      {load.state === 'ready' && <FindingRecord view={load.data} onStepDone={onStepDone} reload={reload} />}
    </main>
  );
}
