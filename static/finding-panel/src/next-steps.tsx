// The steps the domain allows now (the view's `nextAllowed`), each a button opening its own small form. Only one
// form is open at a time; after a step the panel reads the finding again.
import { useState } from 'react';

import { isNonconformity } from '../../../src/domain/finding';
import type { FindingPanelView, FindingStepKey } from './api';
import { ContainmentForm } from './containment-form';
import { CloseImprovementForm, ConfirmImplementedForm } from './improvement-forms';
import { PlanActionsForm } from './plan-actions-form';
import { RecordReviewForm, ScheduleReviewForm } from './review-forms';
import { RootCauseForm } from './root-cause-form';
import type { StepFormProps } from './step-form-props';

type OfferedKey = Exclude<FindingStepKey, 'finding/reopen' | 'finding/replan'>;

export const STEP_LABELS: Readonly<Record<OfferedKey, string>> = {
  'finding/contain': 'Record containment',
  'finding/root-cause': 'Record root cause',
  'finding/plan-actions': 'Plan corrective actions',
  'finding/actions-implemented': 'Confirm actions implemented',
  'finding/schedule-review': 'Schedule effectiveness review',
  'finding/record-review': 'Record effectiveness review',
  'finding/close-improvement': 'Close as actioned',
  'finding/close-without-action': 'Close without action',
};

/** What the panel says once a step is stored. */
const DONE_LABELS: Readonly<Record<OfferedKey, string>> = {
  'finding/contain': 'Containment and correction recorded',
  'finding/root-cause': 'Root cause recorded',
  'finding/plan-actions': 'Corrective actions planned',
  'finding/actions-implemented': 'Actions confirmed implemented',
  'finding/schedule-review': 'Effectiveness review scheduled',
  'finding/record-review': 'Effectiveness review recorded',
  'finding/close-improvement': 'Closed as actioned',
  'finding/close-without-action': 'Closed without action',
};

/** Reopen and replan are the "ineffective" outcomes of the one review form. */
export function offeredSteps(nextAllowed: FindingPanelView['nextAllowed']): readonly OfferedKey[] {
  return nextAllowed.filter((key): key is OfferedKey => key !== 'finding/reopen' && key !== 'finding/replan');
}

function StepForm({ stepKey, view, props }: { readonly stepKey: OfferedKey; readonly view: FindingPanelView; readonly props: StepFormProps }) {
  const { finding } = view;
  switch (stepKey) {
    case 'finding/contain': return <ContainmentForm {...props} />;
    case 'finding/root-cause': return <RootCauseForm {...props} earlier={view.effectivenessReview?.priorCycles.at(-1)?.rootCause ?? null} />;
    case 'finding/plan-actions': return <PlanActionsForm {...props} improvement={!isNonconformity(finding.kind)} />;
    case 'finding/actions-implemented': {
      const pending = view.correctiveActions.filter((action) => action.currentCycle && (action.state.status === 'planned' || action.state.status === 'in_progress')).length;
      return <ConfirmImplementedForm {...props} pending={pending} />;
    }
    case 'finding/schedule-review': return <ScheduleReviewForm {...props} implementedOn={'implementedOn' in finding ? finding.implementedOn : null} />;
    case 'finding/record-review': return <RecordReviewForm {...props} actions={view.correctiveActions} />;
    case 'finding/close-improvement': return <CloseImprovementForm {...props} withAction />;
    case 'finding/close-without-action': return <CloseImprovementForm {...props} withAction={false} />;
  }
}

export function NextSteps({ view, onStepDone, onReload }: { readonly view: FindingPanelView; readonly onStepDone: (label: string) => void; readonly onReload: () => void }) {
  const [open, setOpen] = useState<OfferedKey | null>(null);
  const steps = offeredSteps(view.nextAllowed);
  const improvement = !isNonconformity(view.finding.kind);
  const labelOf = (key: OfferedKey) => (key === 'finding/plan-actions' && improvement ? 'Plan improvement' : STEP_LABELS[key]);
  if (steps.length === 0) return null;
  // A reopened finding usually needs a new analysis; containment again only if the problem came back.
  const primary = view.finding.status === 'reopened' && steps.includes('finding/root-cause') ? 'finding/root-cause' : steps[0];
  const props: StepFormProps = {
    revision: view.revision,
    onDone: () => { if (open !== null) onStepDone(open === 'finding/plan-actions' && improvement ? 'Improvement planned' : DONE_LABELS[open]); setOpen(null); },
    onCancel: () => { setOpen(null); },
    onReload: () => { setOpen(null); onReload(); },
  };
  return (
    <section className="c9-section c9f-next c9-no-print" aria-labelledby="c9f-next-title" data-testid="next-steps">
      <h2 id="c9f-next-title">Next step</h2>
      {open === null ? (
        <div className="c9-toolbar">
          {steps.map((key) => (
            <button key={key} type="button" className={`c9-button ${key === primary ? 'c9-button--primary' : ''}`} onClick={() => { setOpen(key); }} data-step={key}>{labelOf(key)}</button>
          ))}
        </div>
      ) : (
        <StepForm key={open} stepKey={open} view={view} props={props} />
      )}
    </section>
  );
}
