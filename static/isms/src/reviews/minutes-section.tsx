// The meeting (9.3.3): the day it was held, who took part, the minutes and who they go to, and the outputs —
// decisions on improvement and on changes to the ISMS, resource needs, action items. The first save marks the
// review held; until it is published the draft can be corrected; after that a correction becomes a new version.
import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';

import type { ReviewDetailData, ReviewViewData } from '../../../../src/contracts/management-review-views';
import { FieldError, FormOutcome, IDLE, invalidProps, type SaveState } from '../../../shared/field-errors';
import { saveMinutes } from './api';
import { ActionItemsEditor, type ActionItemDraft } from './action-items-editor';
import { MinutesRecord } from './minutes-record';
import { PeoplePicker } from '../../../shared/people-picker';
import { RowsEditor, type Cells } from './rows-editor';

type Draft = ReviewDetailData['draft']['draft'];
type Decision = NonNullable<Draft['outputs']>['improvementDecisions'][number];

const FIELDS = ['heldOn', 'participants', 'minutes', 'outputs'];
const DECISION_COLUMNS = [{ key: 'description', label: 'Decision', kind: 'textarea' as const }, { key: 'related', label: 'Related findings (ids, comma-separated)' }];

const toRows = (decisions: readonly Decision[] | undefined): Cells[] => (decisions ?? []).map((decision) => ({ description: decision.description, related: decision.relatedFindingIds.join(', ') }));
const toDecisions = (rows: readonly Cells[]) => rows.map((row) => ({ description: row.description ?? '', relatedFindingIds: (row.related ?? '').split(',').map((id) => id.trim()).filter((id) => id !== '') }));

export function MinutesSection({ review, draft, canManage, names, onSaved, children }: {
  readonly review: ReviewViewData;
  readonly draft: ReviewDetailData['draft'];
  readonly canManage: boolean;
  readonly names: ReadonlyMap<string, string>;
  readonly onSaved: () => void;
  /** Shown under the correction form of a published review: publishing it as the next version. */
  readonly children?: ReactNode;
}) {
  const { minutes, outputs } = draft.draft;
  if (!canManage) {
    return (
      <section className="c9-section" aria-labelledby="c9-minutes-title" data-testid="minutes-section">
        <h2 id="c9-minutes-title">Minutes and outputs (9.3.3)</h2>
        {minutes === null || outputs === null ? <p className="c9-muted">The meeting has not been minuted yet.</p> : <MinutesRecord minutes={minutes} outputs={outputs} names={names} actionIssueKeys={{}} />}
      </section>
    );
  }
  const form = <MinutesForm review={review} draft={draft.draft} names={names} onSaved={onSaved} />;
  return (
    <section className="c9-section c9-no-print" aria-labelledby="c9-minutes-title" data-testid="minutes-section">
      <h2 id="c9-minutes-title">{review.status === 'published' ? 'Correct the published record' : 'Minutes and outputs (9.3.3)'}</h2>
      {review.status === 'published' ? (
        <details>
          <summary>Edit the minutes for a new version — version {review.publishedVersion} stays unchanged</summary>
          {form}
          {children}
        </details>
      ) : form}
    </section>
  );
}

function MinutesForm({ review, draft, names, onSaved }: { readonly review: ReviewViewData; readonly draft: Draft; readonly names: ReadonlyMap<string, string>; readonly onSaved: () => void }) {
  const met = 'heldOn' in review ? review : null;
  const [heldOn, setHeldOn] = useState<string>(met?.heldOn ?? review.scheduledDate);
  const [participants, setParticipants] = useState<string[]>([...(met?.participants ?? review.attendees)]);
  const [text, setText] = useState(draft.minutes?.text ?? '');
  const [distributedTo, setDistributedTo] = useState<string[]>([...(draft.minutes?.distributedTo ?? review.attendees)]);
  const [improvements, setImprovements] = useState<Cells[]>(toRows(draft.outputs?.improvementDecisions));
  const [changes, setChanges] = useState<Cells[]>(toRows(draft.outputs?.ismsChangeDecisions));
  const [needs, setNeeds] = useState<Cells[]>((draft.outputs?.resourceNeeds ?? []).map((need) => ({ description: need.description })));
  const [items, setItems] = useState<ActionItemDraft[]>((draft.outputs?.actionItems ?? []).map((item) => ({ ...item })));
  const [save, setSave] = useState<SaveState>(IDLE);
  const dated = met !== null;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSave({ state: 'saving' });
    const outputs = {
      improvementDecisions: toDecisions(improvements),
      ismsChangeDecisions: toDecisions(changes),
      resourceNeeds: needs.map((need) => ({ description: need.description ?? '', owner: null })),
      actionItems: items,
    };
    void saveMinutes({ reviewId: review.id, heldOn, participants, minutes: { text, distributedTo }, outputs }).then((answer) => {
      setSave(answer.state === 'ready' ? { state: 'saved' } : { state: 'failed', error: answer.error });
      if (answer.state === 'ready') onSaved();
    });
  };

  return (
    <form className="c9-edit" onSubmit={submit} noValidate aria-label="Minutes and outputs" data-testid="minutes-form">
      <div className="c9-form-grid">
        <div className="c9-field">
          <label htmlFor="c9-held-on">Held on</label>
          <input id="c9-held-on" type="date" value={heldOn} readOnly={dated} onChange={(event) => { setHeldOn(event.target.value); }} {...invalidProps(save, 'heldOn')} />
          {dated && <span className="c9-hint">As minuted; the meeting cannot be re-dated.</span>}
          <FieldError save={save} field="heldOn" />
        </div>
      </div>
      <PeoplePicker label="Took part" selected={participants} onChange={setParticipants} names={names} save={save} field="participants" testId="participants" />
      <div className="c9-field">
        <label htmlFor="c9-minutes-text">Minutes</label>
        <textarea id="c9-minutes-text" rows={8} value={text} onChange={(event) => { setText(event.target.value); }} {...invalidProps(save, 'minutes.text')} />
        <span className="c9-hint">What was discussed per input, the conclusions, and any gap in the pack.</span>
        <FieldError save={save} field="minutes.text" />
      </div>
      <PeoplePicker label="Minutes distributed to" selected={distributedTo} onChange={setDistributedTo} names={names} save={save} field="minutes.distributedTo" testId="distributed-to" />
      <RowsEditor legend="Decisions on continual improvement" base="outputs.improvementDecisions" columns={DECISION_COLUMNS} rows={improvements} onChange={setImprovements} save={save} addLabel="Add an improvement decision" blank={{ description: '', related: '' }} />
      <RowsEditor legend="Decisions on changes to the ISMS" base="outputs.ismsChangeDecisions" columns={DECISION_COLUMNS} rows={changes} onChange={setChanges} save={save} addLabel="Add an ISMS change decision" blank={{ description: '', related: '' }} />
      <RowsEditor legend="Resource needs" base="outputs.resourceNeeds" columns={[{ key: 'description', label: 'Resource need', kind: 'textarea' }]} rows={needs} onChange={setNeeds} save={save} addLabel="Add a resource need" blank={{ description: '' }} />
      <ActionItemsEditor reviewId={review.id} items={items} onChange={setItems} names={names} save={save} />
      <FormOutcome save={save} fields={FIELDS} savedText={review.status === 'pack_ready' ? 'Minutes saved: the review is held.' : 'Minutes saved.'} />
      <div className="c9-actions">
        <button type="submit" className="c9-button c9-button--primary" disabled={save.state === 'saving'} data-testid="save-minutes">{save.state === 'saving' ? 'Saving…' : 'Save minutes'}</button>
      </div>
    </form>
  );
}
