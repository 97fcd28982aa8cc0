// 10.2 b): record the root cause — 5 whys or fishbone — and whether similar nonconformities exist or could occur.
import { useState } from 'react';

import { RadioGroup } from '../../shared/edit-form';
import type { RootCauseAnalysis } from '../../../src/domain/root-cause';
import { TextField } from './fields';
import { FishboneEditor } from './fishbone-editor';
import { FiveWhysEditor } from './five-whys-editor';
import { draftFrom, rootCausePayload } from './root-cause-draft';
import type { Technique } from './root-cause-draft';
import { StepFrame } from './step-frame';
import type { StepFormProps } from './step-form-props';
import { useStep } from './use-step';

const TECHNIQUES: readonly { value: Technique; label: string }[] = [
  { value: 'five_whys', label: '5 whys' },
  { value: 'fishbone', label: 'Fishbone (Ishikawa)' },
];

const FIELDS = ['rootCause.technique', 'rootCause.similarNonconformities'];

/** `earlier`: the analysis of the cycle an ineffective review sent back, to start from. */
export function RootCauseForm({ revision, onDone, onCancel, onReload, earlier }: StepFormProps & { readonly earlier: RootCauseAnalysis | null }) {
  const [draft, setDraft] = useState(() => draftFrom(earlier));
  const step = useStep(onDone);
  const similar = 'rootCause.similarNonconformities';
  return (
    <StepFrame title="Record the root cause (10.2 b)" testId="form-root-cause" save={step.save} fields={FIELDS} submitLabel="Record root cause" onCancel={onCancel} onReload={onReload}
      onSubmit={() => { step.run('finding/root-cause', { expectedRevision: revision, rootCause: rootCausePayload(draft) }); }}>
      <RadioGroup legend="Technique" name="c9f-technique" options={TECHNIQUES} value={draft.technique} onChange={(technique) => { setDraft({ ...draft, technique }); }} />
      {draft.technique === 'five_whys'
        ? <FiveWhysEditor whys={draft.whys} save={step.save} onChange={(whys) => { setDraft({ ...draft, whys }); }} />
        : <FishboneEditor value={draft} save={step.save} onChange={(fishbone) => { setDraft({ ...draft, ...fishbone }); }} />}
      <fieldset className="c9-field c9f-similar">
        <legend>Similar nonconformities</legend>
        <label className="c9-check">
          <input type="checkbox" checked={draft.similarExist} onChange={(event) => { setDraft({ ...draft, similarExist: event.target.checked }); }} />
          Similar nonconformities exist
        </label>
        <label className="c9-check">
          <input type="checkbox" checked={draft.couldOccurElsewhere} onChange={(event) => { setDraft({ ...draft, couldOccurElsewhere: event.target.checked }); }} />
          It could occur elsewhere
        </label>
        <TextField field={`${similar}.assessment`} label="Where you looked and what you concluded" multiline required save={step.save} value={draft.assessment}
          onChange={(assessment) => { setDraft({ ...draft, assessment }); }} />
        <TextField field={`${similar}.relatedFindingIds`} label="Related findings" hint="Issue keys of similar findings, separated by commas." save={step.save} value={draft.related}
          onChange={(related) => { setDraft({ ...draft, related }); }} />
      </fieldset>
    </StepFrame>
  );
}
