// The base measures (counted attributes, each with its unit and measurement method) and derived measures (formulas
// over base-measure names) of a KPI definition, as rows that can be added and removed.
import { FieldError, invalidProps, type SaveState } from '../../../shared/field-errors';
import { ExactFieldError } from './exact-field-error';
import { EMPTY_BASE_MEASURE, EMPTY_DERIVED_MEASURE, type BaseMeasureDraft, type DerivedMeasureDraft } from './definition-draft';

type Row<T> = { readonly [K in keyof T]: string };

function Cell<T extends object>({ rows, index, name, label, group, save, onChange, multiline }: {
  readonly rows: readonly Row<T>[];
  readonly index: number;
  readonly name: keyof T & string;
  readonly label: string;
  readonly group: 'baseMeasures' | 'derivedMeasures';
  readonly save: SaveState;
  readonly onChange: (rows: Row<T>[]) => void;
  readonly multiline?: boolean;
}) {
  const field = `definition.${group}.${index}.${name}`;
  const id = `c9-${group}-${index}-${name}`;
  const row = rows[index];
  if (row === undefined) return null;
  const update = (value: string) => { onChange(rows.map((each, at) => (at === index ? { ...each, [name]: value } : each))); };
  return (
    <div className="c9-field">
      <label htmlFor={id}>{label}</label>
      {multiline === true
        ? <textarea id={id} value={row[name]} onChange={(event) => { update(event.target.value); }} {...invalidProps(save, field)} />
        : <input id={id} type="text" value={row[name]} onChange={(event) => { update(event.target.value); }} {...invalidProps(save, field)} />}
      <FieldError save={save} field={field} />
    </div>
  );
}

export function BaseMeasureRows({ rows, save, onChange }: { readonly rows: readonly BaseMeasureDraft[]; readonly save: SaveState; readonly onChange: (rows: BaseMeasureDraft[]) => void }) {
  return (
    <fieldset className="c9-field c9-measures" data-testid="base-measures">
      <legend>Base measures</legend>
      <p className="c9-hint">What is counted or observed. Names are used in formulas: a letter or “_”, then letters, digits or “_”.</p>
      <ExactFieldError save={save} field="definition.baseMeasures" />
      {rows.map((_, index) => (
        <div className="c9-measure-row" key={index} role="group" aria-label={`Base measure ${index + 1}`}>
          <Cell rows={rows} index={index} name="name" label="Name" group="baseMeasures" save={save} onChange={onChange} />
          <Cell rows={rows} index={index} name="unit" label="Unit" group="baseMeasures" save={save} onChange={onChange} />
          <Cell rows={rows} index={index} name="measurementMethod" label="Measurement method" group="baseMeasures" save={save} onChange={onChange} multiline />
          <button type="button" className="c9-button c9-button--subtle" disabled={rows.length <= 1} onClick={() => { onChange(rows.filter((__, at) => at !== index)); }}
            aria-label={`Remove base measure ${index + 1}`}>Remove</button>
        </div>
      ))}
      <div><button type="button" className="c9-button" onClick={() => { onChange([...rows, EMPTY_BASE_MEASURE]); }}>Add base measure</button></div>
    </fieldset>
  );
}

export function DerivedMeasureRows({ rows, save, onChange }: { readonly rows: readonly DerivedMeasureDraft[]; readonly save: SaveState; readonly onChange: (rows: DerivedMeasureDraft[]) => void }) {
  return (
    <fieldset className="c9-field c9-measures" data-testid="derived-measures">
      <legend>Derived measures</legend>
      <p className="c9-hint">Functions of base measures: + − × ÷ and parentheses, e.g. <code>closed_on_time / closed * 100</code>. A division by zero makes that period “no data”.</p>
      <ExactFieldError save={save} field="definition.derivedMeasures" />
      {rows.length === 0 && <p className="c9-muted">None: the indicator is a base measure.</p>}
      {rows.map((_, index) => (
        <div className="c9-measure-row" key={index} role="group" aria-label={`Derived measure ${index + 1}`}>
          <Cell rows={rows} index={index} name="name" label="Name" group="derivedMeasures" save={save} onChange={onChange} />
          <Cell rows={rows} index={index} name="unit" label="Unit" group="derivedMeasures" save={save} onChange={onChange} />
          <Cell rows={rows} index={index} name="formula" label="Formula" group="derivedMeasures" save={save} onChange={onChange} />
          <button type="button" className="c9-button c9-button--subtle" onClick={() => { onChange(rows.filter((__, at) => at !== index)); }} aria-label={`Remove derived measure ${index + 1}`}>Remove</button>
        </div>
      ))}
      <div><button type="button" className="c9-button" onClick={() => { onChange([...rows, EMPTY_DERIVED_MEASURE]); }}>Add derived measure</button></div>
    </fieldset>
  );
}
