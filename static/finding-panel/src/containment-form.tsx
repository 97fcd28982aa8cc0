// 10.2 a): react to the nonconformity — what was done to control and correct it, and to deal with its consequences.
import { useState } from 'react';

import { DateField, optional, TextField } from './fields';
import { StepFrame } from './step-frame';
import type { StepFormProps } from './step-form-props';
import { useStep } from './use-step';

export function ContainmentForm({ revision, onDone, onCancel, onReload }: StepFormProps) {
  const [correction, setCorrection] = useState('');
  const [consequences, setConsequences] = useState('');
  const [containedOn, setContainedOn] = useState('');
  const step = useStep(onDone);
  const submit = () => {
    const containment = { correction, ...optional('consequences', consequences), ...optional('containedOn', containedOn) };
    step.run('finding/contain', { expectedRevision: revision, containment });
  };
  return (
    <StepFrame title="Record containment and correction (10.2 a)" testId="form-contain" save={step.save} fields={['containment']} submitLabel="Record containment"
      onSubmit={submit} onCancel={onCancel} onReload={onReload}>
      <TextField field="containment.correction" label="Correction: what was done to control and correct it" multiline required save={step.save} value={correction} onChange={setCorrection} />
      <TextField field="containment.consequences" label="Consequences dealt with" multiline save={step.save} value={consequences} onChange={setConsequences} />
      <DateField field="containment.containedOn" label="Contained on" hint="Leave empty for today." save={step.save} value={containedOn} onChange={setContainedOn} />
    </StepFrame>
  );
}
