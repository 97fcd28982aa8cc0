// The steps one corrective action allows now, worked on its own issue: start (needs an owner and a due date), mark
// implemented (with the evidence that the completion criterion is met), cancel (with a reason), or edit (owner, due
// date, description). A start refused for a missing owner or due date points to the edit form.
import { useState } from 'react';

import { FormOutcome } from '../../shared/field-errors';
import type { PanelAction } from './api';
import { DateField, optional, TextField } from './fields';
import { ReviseActionForm } from './revise-action-form';
import { StepFrame } from './step-frame';
import { useStep, type StepRunner } from './use-step';

type Open = 'corrective-action/implemented' | 'corrective-action/cancel' | 'corrective-action/revise' | null;

const DONE: Readonly<Record<Exclude<Open, null> | 'start', string>> = {
  start: 'started',
  'corrective-action/implemented': 'implemented',
  'corrective-action/cancel': 'cancelled',
  'corrective-action/revise': 'updated',
};

/** Start was refused because the owner or due date is missing: the edit form is where to set them. */
function MissingForStart({ action, step, onEdit }: { readonly action: PanelAction; readonly step: StepRunner; readonly onEdit: () => void }) {
  const field = step.save.state === 'failed' ? step.save.error.field : undefined;
  if ((field !== 'owner' && field !== 'dueDate') || !action.nextAllowed.includes('corrective-action/revise')) return null;
  const what = field === 'owner' ? 'owner' : 'due date';
  return (
    <p className="c9-hint" data-testid="start-needs-edit">
      <button type="button" className="c9-link" onClick={onEdit}>Set the {what}</button> in the edit form, then start {action.issueKey} again.
    </p>
  );
}

export function ActionSteps({ action, nameOf, onDone, onReload }: { readonly action: PanelAction; readonly nameOf: (accountId: string) => string; readonly onDone: (label: string) => void; readonly onReload: () => void }) {
  const [open, setOpen] = useState<Open>(null);
  const [text, setText] = useState('');
  const [day, setDay] = useState('');
  const step = useStep(() => { onDone(`${action.issueKey} ${DONE[open ?? 'start']}`); setOpen(null); });
  const base = { issueKey: action.issueKey, expectedRevision: action.revision };
  const close = () => { setOpen(null); setText(''); setDay(''); step.reset(); };
  const toggle = (next: Open) => { close(); setOpen(next); };

  if (open === 'corrective-action/implemented') {
    return (
      <StepFrame title={`Mark ${action.issueKey} implemented`} testId="form-action-implemented" save={step.save} fields={['implementationEvidence', 'implementedOn']} submitLabel="Mark implemented"
        onSubmit={() => { step.run(open, { ...base, implementationEvidence: text, ...optional('implementedOn', day) }); }} onCancel={close} onReload={onReload}>
        <p className="c9-hint">Done when: {action.state.completionCriterion}</p>
        <TextField field="implementationEvidence" label="Evidence the criterion is met" multiline required save={step.save} value={text} onChange={setText} />
        <DateField field="implementedOn" label="Implemented on" hint="Leave empty for today." save={step.save} value={day} onChange={setDay} />
      </StepFrame>
    );
  }
  if (open === 'corrective-action/revise') {
    return <ReviseActionForm action={action} nameOf={nameOf} step={step} onCancel={close} onReload={onReload} />;
  }
  if (open === 'corrective-action/cancel') {
    return (
      <StepFrame title={`Cancel ${action.issueKey}`} testId="form-action-cancel" save={step.save} fields={['reason', 'cancelledOn']} submitLabel="Cancel action" danger
        onSubmit={() => { step.run(open, { ...base, reason: text, ...optional('cancelledOn', day) }); }} onCancel={close} onReload={onReload}>
        <TextField field="reason" label="Why it is cancelled" multiline required save={step.save} value={text} onChange={setText} />
      </StepFrame>
    );
  }
  return (
    <div className="c9f-action-steps c9-no-print">
      {step.save.state === 'failed' && <FormOutcome save={step.save} fields={[]} />}
      <MissingForStart action={action} step={step} onEdit={() => { toggle('corrective-action/revise'); }} />
      <div className="c9-actions">
        {action.nextAllowed.includes('corrective-action/start') && (
          <button type="button" className="c9-button" disabled={step.save.state === 'saving'} onClick={() => { step.run('corrective-action/start', base); }}>
            {step.save.state === 'saving' ? 'Starting…' : `Start ${action.issueKey}`}
          </button>
        )}
        {action.nextAllowed.includes('corrective-action/implemented') && (
          <button type="button" className="c9-button" onClick={() => { toggle('corrective-action/implemented'); }}>Mark {action.issueKey} implemented</button>
        )}
        {action.nextAllowed.includes('corrective-action/cancel') && (
          <button type="button" className="c9-button c9-button--subtle" onClick={() => { toggle('corrective-action/cancel'); }}>Cancel {action.issueKey}…</button>
        )}
        {action.nextAllowed.includes('corrective-action/revise') && (
          <button type="button" className="c9-button c9-button--subtle" onClick={() => { toggle('corrective-action/revise'); }}>Edit {action.issueKey}</button>
        )}
      </div>
    </div>
  );
}
