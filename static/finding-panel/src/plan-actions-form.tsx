// 10.2 c): plan the corrective actions of a nonconformity — or, for an observation or OFI, what will be done (its
// tracked actions are optional). Retrying after a failure adopts the issues already created: no duplicates.
import { useState } from 'react';

import { ActionDrafts, actionPayload, NEW_ACTION } from './action-drafts';
import type { ActionDraft } from './action-drafts';
import { TextField } from './fields';
import { StepFrame } from './step-frame';
import type { StepFormProps } from './step-form-props';
import { useStep } from './use-step';

export function PlanActionsForm({ revision, onDone, onCancel, onReload, improvement }: StepFormProps & { readonly improvement: boolean }) {
  const [drafts, setDrafts] = useState<readonly ActionDraft[]>(improvement ? [] : [NEW_ACTION]);
  const [plan, setPlan] = useState('');
  const step = useStep(onDone);
  const submit = () => {
    step.run('finding/plan-actions', { expectedRevision: revision, actions: drafts.map(actionPayload), ...(improvement ? { plan } : {}) });
  };
  return (
    <StepFrame title={improvement ? 'Plan the improvement' : 'Plan corrective actions (10.2 c)'} testId="form-plan-actions" save={step.save} fields={['plan', 'actions']}
      submitLabel={improvement ? 'Plan improvement' : `Create ${String(drafts.length)} corrective action${drafts.length === 1 ? '' : 's'}`} onSubmit={submit} onCancel={onCancel} onReload={onReload}>
      {improvement && (
        <TextField field="plan" label="What will be done" multiline required save={step.save} value={plan} onChange={setPlan}
          hint="Tracked actions below are optional for an observation or opportunity for improvement." />
      )}
      {!improvement && <p className="c9-hint">Each action becomes a “Corrective action” issue assigned to its owner, due on its date and linked to this finding.</p>}
      <ActionDrafts drafts={drafts} onChange={setDrafts} save={step.save} minimum={improvement ? 0 : 1} />
    </StepFrame>
  );
}
