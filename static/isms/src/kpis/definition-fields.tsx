// The inputs of a KPI definition, grouped as ISO/IEC 27004 groups them, each with its field error next to it.
import type { ReactNode } from 'react';

import { KPI_FREQUENCIES } from '../../../../src/domain/kpi/kpi-frequency';
import { RadioGroup } from '../../../shared/edit-form';
import { FieldError, invalidProps, type SaveState } from '../../../shared/field-errors';
import { measureNames, type DefinitionDraft } from './definition-draft';
import { ExactFieldError } from './exact-field-error';
import { DIRECTION_LABEL, FREQUENCY_LABEL } from './kpi-format';
import { BaseMeasureRows, DerivedMeasureRows } from './measure-rows';
import { PersonPicker } from './person-picker';

/** Every field this form shows an error next to (entries of a list show theirs under the list's name). */
export const SHOWN_FIELDS = [
  'definition.id', 'definition.name', 'definition.informationNeed', 'definition.baseMeasures', 'definition.derivedMeasures', 'definition.indicator.measure',
  'definition.indicator.analyticalModel', 'definition.unit', 'definition.direction', 'definition.target', 'definition.decisionCriteria.green',
  'definition.decisionCriteria.amber', 'definition.collectionFrequency', 'definition.reportingFrequency', 'definition.owner', 'definition.collector',
  'definition.audience', 'definition.dataSource', 'definition.effectiveFrom',
];

type Props = { readonly draft: DefinitionDraft; readonly onChange: (draft: DefinitionDraft) => void; readonly save: SaveState; readonly creating: boolean };

function Text({ field, label, hint, value, onChange, save, multiline, type, disabled }: {
  readonly field: string; readonly label: string; readonly hint?: ReactNode; readonly value: string; readonly onChange: (value: string) => void;
  readonly save: SaveState; readonly multiline?: boolean; readonly type?: 'text' | 'date'; readonly disabled?: boolean;
}) {
  const id = `c9-${field.replace(/\./g, '-')}`;
  return (
    <div className="c9-field">
      <label htmlFor={id}>{label}</label>
      {multiline === true
        ? <textarea id={id} value={value} onChange={(event) => { onChange(event.target.value); }} {...invalidProps(save, field)} />
        : <input id={id} type={type ?? 'text'} value={value} disabled={disabled} inputMode={field.includes('target') || field.includes('decisionCriteria') ? 'decimal' : undefined}
            onChange={(event) => { onChange(event.target.value); }} {...invalidProps(save, field)} />}
      {hint !== undefined && <span className="c9-hint">{hint}</span>}
      <FieldError save={save} field={field} />
    </div>
  );
}

function FrequencySelect({ field, label, value, onChange, save, disabled, hint }: {
  readonly field: string; readonly label: string; readonly value: string; readonly onChange: (value: (typeof KPI_FREQUENCIES)[number]) => void;
  readonly save: SaveState; readonly disabled?: boolean; readonly hint?: string;
}) {
  const id = `c9-${field.replace(/\./g, '-')}`;
  return (
    <div className="c9-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => { const chosen = KPI_FREQUENCIES.find((each) => each === event.target.value); if (chosen !== undefined) onChange(chosen); }} {...invalidProps(save, field)}>
        {KPI_FREQUENCIES.map((frequency) => <option key={frequency} value={frequency}>{FREQUENCY_LABEL[frequency]}</option>)}
      </select>
      {hint !== undefined && <span className="c9-hint">{hint}</span>}
      <FieldError save={save} field={field} />
    </div>
  );
}

export function DefinitionFields({ draft, onChange, save, creating }: Props) {
  const set = <K extends keyof DefinitionDraft>(key: K) => (value: DefinitionDraft[K]) => { onChange({ ...draft, [key]: value }); };
  const measures = measureNames(draft);
  const below = draft.direction === 'lower_is_better';
  return (
    <>
      <fieldset className="c9-section c9-form-grid">
        <legend>Information need</legend>
        <Text field="definition.id" label="KPI id" value={draft.id} onChange={set('id')} save={save} disabled={!creating} hint={creating ? 'Letters, digits, “.”, “_” or “-”, e.g. KPI-INC. It cannot change later.' : 'The id cannot change.'} />
        <Text field="definition.name" label="Name" value={draft.name} onChange={set('name')} save={save} />
        <Text field="definition.informationNeed" label="Information need" value={draft.informationNeed} onChange={set('informationNeed')} save={save} multiline hint="The question management needs answered." />
      </fieldset>
      <div className="c9-section">
        <BaseMeasureRows rows={draft.baseMeasures} save={save} onChange={set('baseMeasures')} />
        <DerivedMeasureRows rows={draft.derivedMeasures} save={save} onChange={set('derivedMeasures')} />
      </div>
      <fieldset className="c9-section c9-form-grid">
        <legend>Indicator and decision criteria</legend>
        <div className="c9-field">
          <label htmlFor="c9-indicator-measure">Indicator measure</label>
          <select id="c9-indicator-measure" value={draft.indicatorMeasure} onChange={(event) => { set('indicatorMeasure')(event.target.value); }} {...invalidProps(save, 'definition.indicator.measure')}>
            <option value="">Choose a base or derived measure</option>
            {measures.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
          <FieldError save={save} field="definition.indicator.measure" />
        </div>
        <Text field="definition.unit" label="Indicator unit" value={draft.unit} onChange={set('unit')} save={save} hint="e.g. %, incidents, hours" />
        <Text field="definition.indicator.analyticalModel" label="Analytical model" value={draft.analyticalModel} onChange={set('analyticalModel')} save={save} multiline hint="How the indicator is read and what a value means." />
        <RadioGroup legend="Direction" name="c9-direction" value={draft.direction} onChange={set('direction')}
          options={[{ value: 'higher_is_better', label: DIRECTION_LABEL.higher_is_better }, { value: 'lower_is_better', label: DIRECTION_LABEL.lower_is_better }]} />
        <Text field="definition.target" label="Target" value={draft.target} onChange={set('target')} save={save} hint={`Must be in the green band (${below ? '≤' : '≥'} green threshold).`} />
        <Text field="definition.decisionCriteria.green" label={`Green threshold (${below ? 'at most' : 'at least'})`} value={draft.green} onChange={set('green')} save={save} />
        <Text field="definition.decisionCriteria.amber" label={`Amber threshold (${below ? 'at most' : 'at least'}; beyond it is red)`} value={draft.amber} onChange={set('amber')} save={save} />
      </fieldset>
      <fieldset className="c9-section c9-form-grid">
        <legend>Collection, reporting and people</legend>
        <FrequencySelect field="definition.collectionFrequency" label="Collection frequency" value={draft.collectionFrequency} onChange={set('collectionFrequency')} save={save} disabled={!creating}
          hint={creating ? 'Fixed once defined: measurements are stored per collection period.' : 'Fixed: retire this KPI and define a new one to change it.'} />
        <FrequencySelect field="definition.reportingFrequency" label="Reporting frequency" value={draft.reportingFrequency} onChange={set('reportingFrequency')} save={save} hint="Not more often than collection." />
        <Text field="definition.effectiveFrom" label="Measured from" type="date" value={draft.effectiveFrom} onChange={set('effectiveFrom')} save={save} hint="The first period a value is expected for." />
        <PersonPicker id="c9-owner" label="Owner" accountId={draft.owner} onChange={set('owner')} invalid={invalidProps(save, 'definition.owner')} errorSlot={<FieldError save={save} field="definition.owner" />} />
        <PersonPicker id="c9-collector" label="Collector" accountId={draft.collector} onChange={set('collector')} invalid={invalidProps(save, 'definition.collector')} errorSlot={<FieldError save={save} field="definition.collector" />} />
        <Text field="definition.audience" label="Audience (one per line)" value={draft.audience} onChange={set('audience')} save={save} multiline hint="Roles or groups who receive it, e.g. ISMS Steering Committee." />
        <RadioGroup legend="Data source" name="c9-data-source" value={draft.dataSourceKind} onChange={set('dataSourceKind')}
          options={[{ value: 'manual', label: 'Manual entry' }, { value: 'automated', label: 'Automated (SIEM, script, scanner)' }]} />
        {draft.dataSourceKind === 'automated' && <Text field="definition.dataSource.sourceName" label="Source name" value={draft.sourceName} onChange={set('sourceName')} save={save} />}
        <ExactFieldError save={save} field="definition.dataSource" />
      </fieldset>
    </>
  );
}
