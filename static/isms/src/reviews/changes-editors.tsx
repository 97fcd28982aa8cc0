// 9.3.2 b) changes in external and internal issues and c) in interested parties' needs — each with the climate
// change answer ISO/IEC 27001:2022/Amd 1:2024 asks for — and e) feedback from interested parties. An empty list
// counts only when someone confirms there was nothing.
import { useState } from 'react';

import type { ReviewDetailData } from '../../../../src/contracts/management-review-views';
import { PACK_INPUTS } from '../../../../src/domain/management-review/review-pack';
import { FieldError, invalidProps } from '../../../shared/field-errors';
import { InputCard, type CardContext } from './inputs-section';
import { RowsEditor, type Cells, type Column } from './rows-editor';

type Draft = ReviewDetailData['draft']['draft'];

const CLIMATE_OPTIONS = [
  { value: 'not_assessed', label: 'Not assessed yet' },
  { value: 'yes', label: 'Yes, relevant' },
  { value: 'no', label: 'No, not relevant' },
] as const;

const COLUMNS: Readonly<Record<'issueChanges' | 'interestedPartyChanges', readonly Column[]>> = {
  issueChanges: [
    { key: 'origin', label: 'Origin', kind: 'select', options: [{ value: 'external', label: 'External' }, { value: 'internal', label: 'Internal' }] },
    { key: 'description', label: 'Change', kind: 'textarea' },
  ],
  interestedPartyChanges: [
    { key: 'party', label: 'Interested party' },
    { key: 'change', label: 'Change in needs or expectations', kind: 'textarea' },
  ],
};

const title = (input: keyof typeof PACK_INPUTS) => `${PACK_INPUTS[input].clause} ${PACK_INPUTS[input].label}`;

export function ChangesEditor({ context, input, initial }: {
  readonly context: CardContext;
  readonly input: 'issueChanges' | 'interestedPartyChanges';
  readonly initial: Draft['issueChanges'] | Draft['interestedPartyChanges'];
}) {
  const [rows, setRows] = useState<Cells[]>(initial?.changes.map((change) => ({ ...change })) ?? []);
  const [noChanges, setNoChanges] = useState(initial?.noChangesConfirmed ?? false);
  const [relevant, setRelevant] = useState<(typeof CLIMATE_OPTIONS)[number]['value']>(initial?.climate.relevant ?? 'not_assessed');
  const [note, setNote] = useState(initial?.climate.note ?? '');
  const blank: Cells = input === 'issueChanges' ? { origin: 'external', description: '' } : { party: '', change: '' };
  const value = () => {
    const climate = { relevant, note };
    return input === 'issueChanges'
      ? { changes: rows.map((row) => ({ origin: row.origin === 'internal' ? 'internal' as const : 'external' as const, description: row.description ?? '' })), noChangesConfirmed: noChanges, climate }
      : { changes: rows.map((row) => ({ party: row.party ?? '', change: row.change ?? '' })), noChangesConfirmed: noChanges, climate };
  };
  const climateField = `${input}.climate`;
  return (
    <InputCard context={context} input={input} title={title(input)} entered={initial !== null} value={value}>
      {(save) => (
        <>
          <RowsEditor legend="Changes in the period" base={`${input}.changes`} columns={COLUMNS[input]} rows={rows} onChange={setRows} save={save} addLabel="Add a change" blank={blank} />
          <label className="c9-check"><input type="checkbox" checked={noChanges} onChange={(event) => { setNoChanges(event.target.checked); }} /> No changes in the period (confirmed)</label>
          <div className="c9-form-grid">
            <div className="c9-field">
              <label htmlFor={`c9-${input}-climate`}>{input === 'issueChanges' ? 'Is climate change a relevant issue? (4.1)' : 'Do interested parties have climate-related requirements? (4.2)'}</label>
              <select id={`c9-${input}-climate`} value={relevant} onChange={(event) => { setRelevant(CLIMATE_OPTIONS.find((option) => option.value === event.target.value)?.value ?? 'not_assessed'); }} {...invalidProps(save, `${climateField}.relevant`)}>
                {CLIMATE_OPTIONS.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
              </select>
              <FieldError save={save} field={`${climateField}.relevant`} />
            </div>
            <div className="c9-field">
              <label htmlFor={`c9-${input}-climate-note`}>Why (climate)</label>
              <input id={`c9-${input}-climate-note`} type="text" value={note} onChange={(event) => { setNote(event.target.value); }} {...invalidProps(save, `${climateField}.note`)} />
              <FieldError save={save} field={`${climateField}.note`} />
            </div>
          </div>
        </>
      )}
    </InputCard>
  );
}

const FEEDBACK_COLUMNS: readonly Column[] = [
  { key: 'party', label: 'Interested party' },
  { key: 'summary', label: 'Feedback', kind: 'textarea' },
  { key: 'receivedOn', label: 'Received on', kind: 'date' },
];

export function FeedbackEditor({ context, initial }: { readonly context: CardContext; readonly initial: Draft['interestedPartyFeedback'] }) {
  const [rows, setRows] = useState<Cells[]>(initial?.entries.map((entry) => ({ ...entry })) ?? []);
  const [none, setNone] = useState(initial?.noFeedbackConfirmed ?? false);
  const value = () => ({ entries: rows.map((row) => ({ party: row.party ?? '', summary: row.summary ?? '', receivedOn: row.receivedOn ?? '' })), noFeedbackConfirmed: none });
  return (
    <InputCard context={context} input="interestedPartyFeedback" title={title('interestedPartyFeedback')} entered={initial !== null} value={value}>
      {(save) => (
        <>
          <RowsEditor legend="Feedback received" base="interestedPartyFeedback.entries" columns={FEEDBACK_COLUMNS} rows={rows} onChange={setRows} save={save} addLabel="Add feedback" blank={{ party: '', summary: '', receivedOn: '' }} />
          <label className="c9-check"><input type="checkbox" checked={none} onChange={(event) => { setNone(event.target.checked); }} /> No feedback in the period (confirmed)</label>
        </>
      )}
    </InputCard>
  );
}
