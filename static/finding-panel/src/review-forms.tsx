// 10.2 d): schedule the effectiveness review after the actions are implemented, then record it. Effective closes the
// nonconformity; ineffective starts another cycle — analyse the root cause again, or (the cause stands) plan
// stronger actions.
import { useState } from 'react';

import { RadioGroup } from '../../shared/edit-form';
import { addDays, isLocalDate } from '../../../src/domain/local-date';
import { ActionDrafts, actionPayload, NEW_ACTION } from './action-drafts';
import type { ActionDraft } from './action-drafts';
import type { PanelAction } from './api';
import { DateField, optional, TextField } from './fields';
import { StepFrame } from './step-frame';
import type { StepFormProps } from './step-form-props';
import { useStep } from './use-step';

/** Three months after implementation: time for a recurrence to show, as a starting point the reviewer can change. */
const SUGGESTED_DAYS = 90;

export function ScheduleReviewForm({ revision, onDone, onCancel, onReload, implementedOn }: StepFormProps & { readonly implementedOn: string | null }) {
  const [due, setDue] = useState(implementedOn !== null && isLocalDate(implementedOn) ? addDays(implementedOn, SUGGESTED_DAYS) : '');
  const step = useStep(onDone);
  return (
    <StepFrame title="Schedule the effectiveness review (10.2 d)" testId="form-schedule-review" save={step.save} fields={['reviewDueOn']} submitLabel="Schedule review"
      onSubmit={() => { step.run('finding/schedule-review', { expectedRevision: revision, reviewDueOn: due }); }} onCancel={onCancel} onReload={onReload}>
      <DateField field="reviewDueOn" label="Review due on" required save={step.save} value={due} onChange={setDue}
        hint={implementedOn === null ? undefined : `After the actions were implemented (${implementedOn}), so a recurrence has time to show.`} />
    </StepFrame>
  );
}

type Result = 'effective' | 'ineffective';
type Path = 'replan' | 'reopen';

const RESULTS: readonly { value: Result; label: string }[] = [
  { value: 'effective', label: 'Effective — the nonconformity did not recur; close it' },
  { value: 'ineffective', label: 'Ineffective — it recurred or the actions did not remove the cause' },
];
const PATHS: readonly { value: Path; label: string }[] = [
  { value: 'replan', label: 'The root cause stands: plan stronger corrective actions' },
  { value: 'reopen', label: 'The root cause was wrong or incomplete: analyse it again' },
];

export function RecordReviewForm({ revision, onDone, onCancel, onReload, actions }: StepFormProps & { readonly actions: readonly PanelAction[] }) {
  const [result, setResult] = useState<Result>('effective');
  const [path, setPath] = useState<Path>('replan');
  const [evidence, setEvidence] = useState('');
  const [reviewOn, setReviewOn] = useState('');
  const [reason, setReason] = useState('');
  const [keep, setKeep] = useState<readonly string[]>([]);
  const [drafts, setDrafts] = useState<readonly ActionDraft[]>([NEW_ACTION]);
  const step = useStep(onDone);
  const submit = () => {
    const review = { evidence, result, ...optional('reviewOn', reviewOn) };
    if (result === 'effective') step.run('finding/record-review', { expectedRevision: revision, review });
    else if (path === 'reopen') step.run('finding/reopen', { expectedRevision: revision, review, reason });
    else step.run('finding/replan', { expectedRevision: revision, review, reason, keepActionIds: keep, actions: drafts.map(actionPayload) });
  };
  const current = actions.filter((action) => action.currentCycle && action.state.status === 'implemented');
  return (
    <StepFrame title="Record the effectiveness review (10.2 d)" testId="form-record-review" save={step.save} fields={['review', 'reason', 'actions', 'keepActionIds']}
      submitLabel={result === 'effective' ? 'Record review and close' : path === 'reopen' ? 'Record review and reopen' : 'Record review and replan'}
      onSubmit={submit} onCancel={onCancel} onReload={onReload}>
      <RadioGroup legend="Result" name="c9f-review-result" options={RESULTS} value={result} onChange={setResult} />
      <TextField field="review.evidence" label="Evidence reviewed" multiline required save={step.save} value={evidence} onChange={setEvidence}
        hint="What was looked at: records, samples, a re-run check, a KPI series." />
      <DateField field="review.reviewOn" label="Reviewed on" hint="Leave empty for today. You are recorded as the reviewer." save={step.save} value={reviewOn} onChange={setReviewOn} />
      {result === 'ineffective' && (
        <>
          <RadioGroup legend="What next" name="c9f-review-path" options={PATHS} value={path} onChange={setPath} />
          <TextField field="reason" label="Why the actions were not effective" multiline required save={step.save} value={reason} onChange={setReason} />
          {path === 'replan' && (
            <>
              {current.length > 0 && (
                <fieldset className="c9-field">
                  <legend>Keep earlier actions in the new plan</legend>
                  {current.map((action) => (
                    <label key={action.id} className="c9-check">
                      <input type="checkbox" checked={keep.includes(action.id)}
                        onChange={(event) => { setKeep(event.target.checked ? [...keep, action.id] : keep.filter((id) => id !== action.id)); }} />
                      {action.issueKey}: {action.state.description}
                    </label>
                  ))}
                </fieldset>
              )}
              <ActionDrafts drafts={drafts} onChange={setDrafts} save={step.save} minimum={1} />
            </>
          )}
        </>
      )}
    </StepFrame>
  );
}
