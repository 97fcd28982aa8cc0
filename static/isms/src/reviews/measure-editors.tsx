// 9.3.2 d 4) fulfilment of the information security objectives (6.2), f) risk assessment and treatment status, and
// the adequacy of resources (7.1): what the ISMS manager reports from the risk register and the objectives plan.
import { useState } from 'react';

import type { ReviewDetailData } from '../../../../src/contracts/management-review-views';
import { PACK_INPUTS } from '../../../../src/domain/management-review/review-pack';
import { FieldError, invalidProps, type SaveState } from '../../../shared/field-errors';
import { InputCard, type CardContext } from './inputs-section';
import { countOf, RowsEditor, type Cells, type Column } from './rows-editor';

type Draft = ReviewDetailData['draft']['draft'];

const title = (input: keyof typeof PACK_INPUTS) => `${PACK_INPUTS[input].clause} ${PACK_INPUTS[input].label}`;

const OBJECTIVE_COLUMNS: readonly Column[] = [
  { key: 'id', label: 'Id' },
  { key: 'title', label: 'Objective' },
  { key: 'target', label: 'Target' },
  { key: 'actual', label: 'Actual (empty: not measured)' },
  { key: 'achieved', label: 'Achieved', kind: 'select', options: [{ value: '', label: 'Not evaluated' }, { value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] },
];

export function ObjectivesEditor({ context, initial }: { readonly context: CardContext; readonly initial: Draft['objectives'] }) {
  const [rows, setRows] = useState<Cells[]>(
    initial?.map((objective) => ({ id: objective.id, title: objective.title, target: objective.target, actual: objective.actual ?? '', achieved: objective.achieved === null ? '' : objective.achieved ? 'yes' : 'no' })) ?? [],
  );
  const value = () => rows.map((row) => ({
    id: row.id ?? '',
    title: row.title ?? '',
    target: row.target ?? '',
    actual: (row.actual ?? '').trim() === '' ? null : (row.actual ?? ''),
    achieved: row.achieved === 'yes' ? true : row.achieved === 'no' ? false : null,
  }));
  return (
    <InputCard context={context} input="objectives" title={title('objectives')} entered={initial !== null} value={value}>
      {(save) => (
        <RowsEditor legend="Information security objectives" base="objectives" columns={OBJECTIVE_COLUMNS} rows={rows} onChange={setRows} save={save} addLabel="Add an objective"
          blank={{ id: `OBJ-${rows.length + 1}`, title: '', target: '', actual: '', achieved: '' }} />
      )}
    </InputCard>
  );
}

const RISK_COUNTS = [
  ['risksAboveAcceptance', 'Risks above the acceptance criteria'],
  ['treatmentActionsTotal', 'Treatment actions in the plan'],
  ['treatmentActionsCompleted', 'Treatment actions completed'],
  ['treatmentActionsOverdue', 'Treatment actions overdue'],
] as const;
type RiskCount = (typeof RISK_COUNTS)[number][0];

function NumberField({ name, label, value, onChange, save }: { readonly name: string; readonly label: string; readonly value: string; readonly onChange: (value: string) => void; readonly save: SaveState }) {
  const id = `c9-${name.replace(/\./g, '-')}`;
  return (
    <div className="c9-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" min={0} value={value} onChange={(event) => { onChange(event.target.value); }} {...invalidProps(save, name)} />
      <FieldError save={save} field={name} />
    </div>
  );
}

export function RiskEditor({ context, initial }: { readonly context: CardContext; readonly initial: Draft['risk'] }) {
  const [assessedOn, setAssessedOn] = useState<string>(initial?.assessedOn ?? '');
  const [levels, setLevels] = useState<Cells[]>(initial?.risksByLevel.map((level) => ({ level: level.level, count: String(level.count) })) ?? []);
  const [counts, setCounts] = useState<Record<RiskCount, string>>({
    risksAboveAcceptance: String(initial?.risksAboveAcceptance ?? ''),
    treatmentActionsTotal: String(initial?.treatmentActionsTotal ?? ''),
    treatmentActionsCompleted: String(initial?.treatmentActionsCompleted ?? ''),
    treatmentActionsOverdue: String(initial?.treatmentActionsOverdue ?? ''),
  });
  const value = () => ({
    assessedOn: assessedOn === '' ? null : assessedOn,
    risksByLevel: levels.map((row) => ({ level: row.level ?? '', count: countOf(row.count ?? '') ?? Number.NaN })),
    risksAboveAcceptance: countOf(counts.risksAboveAcceptance) ?? Number.NaN,
    treatmentActionsTotal: countOf(counts.treatmentActionsTotal) ?? Number.NaN,
    treatmentActionsCompleted: countOf(counts.treatmentActionsCompleted) ?? Number.NaN,
    treatmentActionsOverdue: countOf(counts.treatmentActionsOverdue) ?? Number.NaN,
  });
  return (
    <InputCard context={context} input="risk" title={title('risk')} entered={initial !== null} value={value}>
      {(save) => (
        <>
          <div className="c9-field">
            <label htmlFor="c9-risk-assessed-on">Last risk assessment (empty: none carried out)</label>
            <input id="c9-risk-assessed-on" type="date" value={assessedOn} onChange={(event) => { setAssessedOn(event.target.value); }} {...invalidProps(save, 'risk.assessedOn')} />
            <FieldError save={save} field="risk.assessedOn" />
          </div>
          <RowsEditor legend="Risks by level" base="risk.risksByLevel" columns={[{ key: 'level', label: 'Level' }, { key: 'count', label: 'Risks', kind: 'number' }]} rows={levels} onChange={setLevels} save={save} addLabel="Add a risk level" blank={{ level: '', count: '' }} />
          <div className="c9-form-grid">
            {RISK_COUNTS.map(([key, label]) => (
              <NumberField key={key} name={`risk.${key}`} label={label} value={counts[key]} onChange={(text) => { setCounts({ ...counts, [key]: text }); }} save={save} />
            ))}
          </div>
        </>
      )}
    </InputCard>
  );
}

export function ResourcesEditor({ context, initial }: { readonly context: CardContext; readonly initial: Draft['resources'] }) {
  const [assessment, setAssessment] = useState<'adequate' | 'inadequate' | 'not_assessed'>(initial?.assessment ?? 'not_assessed');
  const [note, setNote] = useState(initial?.note ?? '');
  return (
    <InputCard context={context} input="resources" title={title('resources')} entered={initial !== null} value={() => ({ assessment, note })}>
      {(save) => (
        <div className="c9-form-grid">
          <div className="c9-field">
            <label htmlFor="c9-resources-assessment">Resources for the ISMS are</label>
            <select id="c9-resources-assessment" value={assessment} onChange={(event) => { setAssessment(event.target.value === 'adequate' ? 'adequate' : event.target.value === 'inadequate' ? 'inadequate' : 'not_assessed'); }} {...invalidProps(save, 'resources.assessment')}>
              <option value="not_assessed">Not assessed</option>
              <option value="adequate">Adequate</option>
              <option value="inadequate">Inadequate</option>
            </select>
            <FieldError save={save} field="resources.assessment" />
          </div>
          <div className="c9-field">
            <label htmlFor="c9-resources-note">Note (what is lacking, when inadequate)</label>
            <textarea id="c9-resources-note" value={note} onChange={(event) => { setNote(event.target.value); }} {...invalidProps(save, 'resources.note')} />
            <FieldError save={save} field="resources.note" />
          </div>
        </div>
      )}
    </InputCard>
  );
}
