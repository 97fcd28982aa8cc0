// A Finding issue created in Jira itself (the Create dialog offers the app's issue type) is recorded as a finding
// here: its summary and description stay the issue's own; the form adds what 10.2 needs to follow it — kind,
// where it came from, and the requirements it concerns (at least one for a nonconformity).
import { useState } from 'react';

import { FINDING_KINDS, FINDING_KIND_LABELS, FINDING_SOURCES, FINDING_SOURCE_LABELS, type FindingKind, type FindingSource } from '../../../src/domain/finding';
import { RadioGroup } from '../../shared/edit-form';
import { FieldError, invalidProps } from '../../shared/field-errors';
import { parseIdList } from '../../shared/id-list';
import type { RecordableIssue } from './api';
import { optional, TextField } from './fields';
import { StepFrame } from './step-frame';
import { useStep } from './use-step';

const FIELDS = ['kind', 'source', 'sourceRef', 'references', 'description', 'issueKey'] as const;

export function RecordFindingForm({ issue, onRecorded, onReload }: { readonly issue: RecordableIssue; readonly onRecorded: () => void; readonly onReload: () => void }) {
  const [kind, setKind] = useState<FindingKind>('minor_nonconformity');
  const [source, setSource] = useState<FindingSource>('internal_audit');
  const [sourceRef, setSourceRef] = useState('');
  const [references, setReferences] = useState('');
  const [description, setDescription] = useState('');
  const [open, setOpen] = useState(false);
  const step = useStep(onRecorded);
  if (!open) {
    return (
      <div className="c9-actions">
        <button type="button" className="c9-button c9-button--primary" onClick={() => { setOpen(true); }} data-testid="start-record">Record as a finding</button>
      </div>
    );
  }
  const submit = () => {
    step.run('finding/record-issue', {
      issueKey: issue.issueKey, kind, source, sourceRef: sourceRef.trim() === '' ? null : sourceRef, references: parseIdList(references),
      ...(issue.needsDescription ? optional('description', description) : {}),
    });
  };
  return (
    <StepFrame title={`Record ${issue.issueKey} as a finding`} testId="form-record-issue" save={step.save} fields={FIELDS} submitLabel="Record finding"
      onSubmit={submit} onCancel={() => { setOpen(false); }} onReload={onReload}>
      <RadioGroup legend="Kind" name="c9f-record-kind" value={kind} onChange={setKind} options={FINDING_KINDS.map((value) => ({ value, label: FINDING_KIND_LABELS[value] }))} />
      <FieldError save={step.save} field="kind" />
      <div className="c9-field">
        <label htmlFor="c9f-record-source">Source</label>
        <select id="c9f-record-source" value={source} onChange={(event) => { setSource(event.target.value as FindingSource); }} {...invalidProps(step.save, 'source')}>
          {FINDING_SOURCES.map((value) => <option key={value} value={value}>{FINDING_SOURCE_LABELS[value]}</option>)}
        </select>
        <FieldError save={step.save} field="source" />
      </div>
      <TextField field="sourceRef" label="Source reference" hint="The audit, monitoring item, review or incident it came from, e.g. AUD-2026-04 or MI-020; may stay empty for Other."
        save={step.save} value={sourceRef} onChange={setSourceRef} />
      <TextField field="references" label="Clauses / controls" hint="The requirements concerned, separated by commas, e.g. 9.2, A.5.18 (at least one for a nonconformity)."
        save={step.save} value={references} onChange={setReferences} />
      {issue.needsDescription && (
        <TextField field="description" label="Description" multiline required hint={`${issue.issueKey} has no description: what was found, against which requirement. It is written to the issue too.`}
          save={step.save} value={description} onChange={setDescription} />
      )}
    </StepFrame>
  );
}
