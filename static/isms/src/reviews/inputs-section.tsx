// The inputs only people can give (9.3.2 b, c, d 4, e, f and resources), each saved on its own to the review's
// draft. An input nobody has saved stays missing in the pack; rebuild the pack to show a saved change.
import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';

import type { SaveInputsRequest } from '../../../../src/contracts/management-review-payloads';
import type { ReviewDetailData } from '../../../../src/contracts/management-review-views';
import { FormOutcome, IDLE, type SaveState } from '../../../shared/field-errors';
import { saveInputs } from './api';
import { ChangesEditor, FeedbackEditor } from './changes-editors';
import { ObjectivesEditor, ResourcesEditor, RiskEditor } from './measure-editors';

type InputKey = 'issueChanges' | 'interestedPartyChanges' | 'interestedPartyFeedback' | 'objectives' | 'risk' | 'resources';

export interface CardContext {
  readonly reviewId: string;
  readonly draftVersion: number;
  readonly onSaved: () => void;
}

/** One input's form: Save sends only this input, with the draft version it was read at. */
export function InputCard<K extends InputKey>({ context, input, title, entered, value, children }: {
  readonly context: CardContext;
  readonly input: K;
  readonly title: string;
  /** Whether this input has been saved before (otherwise the pack lists it as missing). */
  readonly entered: boolean;
  readonly value: () => NonNullable<SaveInputsRequest[K]>;
  readonly children: (save: SaveState) => ReactNode;
}) {
  const [save, setSave] = useState<SaveState>(IDLE);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSave({ state: 'saving' });
    const entry: Partial<SaveInputsRequest> = { [input]: value() };
    const payload: SaveInputsRequest = { reviewId: context.reviewId, expectedVersion: context.draftVersion, ...entry };
    void saveInputs(payload).then((answer) => {
      setSave(answer.state === 'ready' ? { state: 'saved' } : { state: 'failed', error: answer.error });
      if (answer.state === 'ready') context.onSaved();
    });
  };
  return (
    <form className="c9-input-card c9-edit" onSubmit={submit} noValidate aria-label={title} data-testid={`input-form-${input}`}>
      <h3>{title} {!entered && <span className="c9-lozenge c9-tone-danger">Not entered</span>}</h3>
      {children(save)}
      <FormOutcome save={save} fields={[input]} savedText="Saved. Rebuild the pack to show it." />
      <div className="c9-actions"><button type="submit" className="c9-button c9-button--primary" disabled={save.state === 'saving'}>{save.state === 'saving' ? 'Saving…' : 'Save'}</button></div>
    </form>
  );
}

export function InputsSection({ reviewId, draft, hasPack, onSaved }: { readonly reviewId: string; readonly draft: ReviewDetailData['draft']; readonly hasPack: boolean; readonly onSaved: () => void }) {
  const context: CardContext = { reviewId, draftVersion: draft.version, onSaved };
  const { draft: values } = draft;
  return (
    <section className="c9-section c9-no-print" aria-labelledby="c9-inputs-title" data-testid="inputs-section">
      <h2 id="c9-inputs-title">Inputs to enter</h2>
      <p className="c9-muted">
        Clause9 computes previous actions, nonconformities, monitoring, audits and improvement opportunities from live data. These inputs come from people; each is
        saved on its own{hasPack ? ' — rebuild the pack afterwards to include the change' : ''}.
      </p>
      <details className="c9-inputs" open={!hasPack}>
        <summary>Edit the entered inputs</summary>
        <ChangesEditor context={context} input="issueChanges" initial={values.issueChanges} />
        <ChangesEditor context={context} input="interestedPartyChanges" initial={values.interestedPartyChanges} />
        <ObjectivesEditor context={context} initial={values.objectives} />
        <FeedbackEditor context={context} initial={values.interestedPartyFeedback} />
        <RiskEditor context={context} initial={values.risk} />
        <ResourcesEditor context={context} initial={values.resources} />
      </details>
    </section>
  );
}
