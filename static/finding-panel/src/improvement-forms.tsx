// Closing an observation or opportunity for improvement: actioned (what changed), or without action (why not).
import { useState } from 'react';

import { DateField, optional, TextField } from './fields';
import { StepFrame } from './step-frame';
import type { StepFormProps } from './step-form-props';
import { useStep } from './use-step';

export function CloseImprovementForm({ revision, onDone, onCancel, onReload, withAction }: StepFormProps & { readonly withAction: boolean }) {
  const [text, setText] = useState('');
  const [closedOn, setClosedOn] = useState('');
  const step = useStep(onDone);
  const field = withAction ? 'result' : 'reason';
  const submit = () => {
    step.run(withAction ? 'finding/close-improvement' : 'finding/close-without-action', { expectedRevision: revision, [field]: text, ...optional('closedOn', closedOn) });
  };
  return (
    <StepFrame title={withAction ? 'Close as actioned' : 'Close without action'} testId={withAction ? 'form-close-improvement' : 'form-close-without-action'} save={step.save}
      fields={[field, 'closedOn']} submitLabel="Close finding" onSubmit={submit} onCancel={onCancel} onReload={onReload}>
      <TextField field={field} label={withAction ? 'Result: what changed' : 'Reason no action is taken'} multiline required save={step.save} value={text} onChange={setText} />
      <DateField field="closedOn" label="Closed on" hint="Leave empty for today." save={step.save} value={closedOn} onChange={setClosedOn} />
    </StepFrame>
  );
}

/** "All planned actions are settled": the domain checks their states; a note is optional. */
export function ConfirmImplementedForm({ revision, onDone, onCancel, onReload, pending }: StepFormProps & { readonly pending: number }) {
  const [note, setNote] = useState('');
  const step = useStep(onDone);
  return (
    <StepFrame title="Confirm the corrective actions are implemented" testId="form-actions-implemented" save={step.save} fields={['note']} submitLabel="Confirm implemented"
      onSubmit={() => { step.run('finding/actions-implemented', { expectedRevision: revision, ...optional('note', note) }); }} onCancel={onCancel} onReload={onReload}>
      <p className={pending > 0 ? 'c9-state c9-state--warning' : 'c9-hint'}>
        {pending > 0
          ? `${String(pending)} planned action${pending === 1 ? ' is' : 's are'} still open: implement or cancel ${pending === 1 ? 'it' : 'them'} first.`
          : 'Every planned action is implemented or cancelled. The finding records the day the last one was implemented.'}
      </p>
      <TextField field="note" label="Note for the history" save={step.save} value={note} onChange={setNote} />
    </StepFrame>
  );
}
