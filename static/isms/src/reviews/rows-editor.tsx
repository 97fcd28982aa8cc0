// A small table editor for the lists in the typed-in inputs (changes, feedback, objectives, risk levels): one row
// per entry, a labelled input per cell, the resolver's field error under the cell it names ("<base>.<row>.<column>").
import { FieldError, invalidProps, type SaveState } from '../../../shared/field-errors';

export type Cells = Readonly<Record<string, string>>;

export interface Column {
  readonly key: string;
  readonly label: string;
  readonly kind?: 'text' | 'date' | 'number' | 'select' | 'textarea';
  readonly options?: readonly { readonly value: string; readonly label: string }[];
}

export function RowsEditor({ legend, base, columns, rows, onChange, save, addLabel, blank }: {
  readonly legend: string;
  /** The payload path of the list, e.g. "issueChanges.changes". */
  readonly base: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Cells[];
  readonly onChange: (rows: Cells[]) => void;
  readonly save: SaveState;
  readonly addLabel: string;
  readonly blank: Cells;
}) {
  const set = (index: number, key: string, value: string) => { onChange(rows.map((row, at) => (at === index ? { ...row, [key]: value } : row))); };
  return (
    <fieldset className="c9-field c9-rows" data-field={base}>
      <legend>{legend}</legend>
      {rows.length === 0 && <p className="c9-muted">No entries.</p>}
      {rows.map((row, index) => (
        <div className="c9-row-edit" key={index} data-row={index}>
          {columns.map((column) => {
            const field = `${base}.${index}.${column.key}`;
            const id = `c9-${field.replace(/[^A-Za-z0-9]/g, '-')}`;
            const value = row[column.key] ?? '';
            const common = { id, value, ...invalidProps(save, field) };
            return (
              <div className={`c9-field c9-cell-${column.kind ?? 'text'}`} key={column.key}>
                <label htmlFor={id}>{column.label} <span className="c9-visually-hidden">(entry {index + 1})</span></label>
                {column.kind === 'select' ? (
                  <select {...common} onChange={(event) => { set(index, column.key, event.target.value); }}>
                    {(column.options ?? []).map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
                  </select>
                ) : column.kind === 'textarea' ? (
                  <textarea {...common} rows={2} onChange={(event) => { set(index, column.key, event.target.value); }} />
                ) : (
                  <input {...common} type={column.kind === 'number' ? 'number' : column.kind === 'date' ? 'date' : 'text'} onChange={(event) => { set(index, column.key, event.target.value); }} />
                )}
                <FieldError save={save} field={field} />
              </div>
            );
          })}
          <button type="button" className="c9-button c9-button--subtle c9-row-remove" aria-label={`Remove entry ${index + 1} of ${legend}`} onClick={() => { onChange(rows.filter((_, at) => at !== index)); }}>Remove</button>
        </div>
      ))}
      <div><button type="button" className="c9-button" onClick={() => { onChange([...rows, blank]); }}>{addLabel}</button></div>
      {save.state === 'failed' && save.error.field === base && <span className="c9-field-error" data-testid="field-error" data-field={base}>{save.error.message}</span>}
    </fieldset>
  );
}

/** A count typed in a number input: empty stays empty so the resolver names the field instead of guessing 0. */
export function countOf(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}
