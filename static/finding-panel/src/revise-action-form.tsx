// Editing an open corrective action: its owner (Jira's people picker), due date and description. Only what changed is
// sent; the resolver also moves the action issue's assignee and due date. Field errors show next to their inputs.
import { useState } from 'react';

import type { PanelAction, Person } from './api';
import { DateField, TextField } from './fields';
import { OwnerPicker } from './owner-picker';
import { StepFrame } from './step-frame';
import type { StepRunner } from './use-step';

const FIELDS = ['owner', 'dueDate', 'description'];

export function ReviseActionForm({ action, nameOf, step, onCancel, onReload }: {
  readonly action: PanelAction;
  readonly nameOf: (accountId: string) => string;
  readonly step: StepRunner;
  readonly onCancel: () => void;
  readonly onReload: () => void;
}) {
  const { state } = action;
  const [owner, setOwner] = useState<Person | null>(state.owner === null ? null : { accountId: state.owner, displayName: nameOf(state.owner) });
  const [dueDate, setDueDate] = useState(state.dueDate ?? '');
  const [description, setDescription] = useState(state.description);

  const submit = () => {
    const ownerId = owner?.accountId ?? null;
    const due = dueDate.trim() === '' ? null : dueDate;
    step.run('corrective-action/revise', {
      issueKey: action.issueKey,
      expectedRevision: action.revision,
      ...(ownerId === state.owner ? {} : { owner: ownerId }),
      ...(due === state.dueDate ? {} : { dueDate: due }),
      ...(description === state.description ? {} : { description }),
    });
  };

  return (
    <StepFrame title={`Edit ${action.issueKey}`} testId="form-action-revise" save={step.save} fields={FIELDS} submitLabel="Save changes" onSubmit={submit} onCancel={onCancel} onReload={onReload}>
      <OwnerPicker field="owner" owner={owner} save={step.save} onChange={setOwner} />
      <DateField field="dueDate" label="Due date" save={step.save} value={dueDate} onChange={setDueDate} />
      <TextField field="description" label="What will be done" multiline required save={step.save} value={description} onChange={setDescription} />
    </StepFrame>
  );
}
