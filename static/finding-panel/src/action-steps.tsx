// The steps one corrective action allows now, worked on its own issue: start (needs an owner and a due date), mark
// implemented (with the evidence that the completion criterion is met), or cancel (with a reason).
import { useState } from 'react';

import { FormOutcome } from '../../shared/field-errors';
import type { PanelAction } from './api';
import { DateField, optional, TextField } from './fields';
import { StepFrame } from './step-frame';
import { useStep } from './use-step';

type Open = 'corrective-action/implemented' | 'corrective-action/cancel' | null;

export function ActionSteps({ action, onDone, onReload }: { readonly action: PanelAction; readonly onDone: (label: string) => void; readonly onReload: () => void }) {
  const [open, setOpen] = useState<Open>(null);
  const [text, setText] = useState('');
  const [day, setDay] = useState('');
  const step = useStep(() => { onDone(open === 'corrective-action/cancel' ? `${action.issueKey} cancelled` : open === null ? `${action.issueKey} started` : `${action.issueKey} implemented`); setOpen(null); });
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
      </div>
    </div>
  );
}
