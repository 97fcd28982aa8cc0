// Labelled inputs that show the resolver's error for their field next to them (aria-invalid + aria-describedby).
import type { ReactNode } from 'react';

import { FieldError, invalidProps } from '../../shared/field-errors';
import type { SaveState } from '../../shared/field-errors';

const inputId = (field: string) => `c9f-${field.replace(/[^A-Za-z0-9]/g, '-')}`;

interface FieldProps {
  /** The payload path the resolver names in its errors, e.g. "containment.correction". */
  readonly field: string;
  readonly label: ReactNode;
  readonly save: SaveState;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: ReactNode;
  readonly required?: boolean;
}

function Hint({ hint, field }: { readonly hint: ReactNode; readonly field: string }) {
  return hint === undefined ? null : <span className="c9-hint" id={`${inputId(field)}-hint`}>{hint}</span>;
}

/** aria-describedby names the error when there is one, else the hint. */
function described(save: SaveState, field: string, hint: ReactNode) {
  const props = invalidProps(save, field);
  return 'aria-describedby' in props || hint === undefined ? props : { ...props, 'aria-describedby': `${inputId(field)}-hint` };
}

export function TextField({ field, label, save, value, onChange, hint, required = false, multiline = false }: FieldProps & { readonly multiline?: boolean }) {
  const id = inputId(field);
  const common = { id, name: field, value, required, ...described(save, field, hint) };
  return (
    <div className="c9-field">
      <label htmlFor={id}>{label}{required && <span aria-hidden="true" className="c9f-required"> *</span>}</label>
      {multiline
        ? <textarea {...common} rows={3} onChange={(event) => { onChange(event.target.value); }} />
        : <input type="text" {...common} onChange={(event) => { onChange(event.target.value); }} />}
      <Hint hint={hint} field={field} />
      <FieldError save={save} field={field} />
    </div>
  );
}

export function DateField({ field, label, save, value, onChange, hint, required = false }: FieldProps) {
  const id = inputId(field);
  return (
    <div className="c9-field c9f-date">
      <label htmlFor={id}>{label}{required && <span aria-hidden="true" className="c9f-required"> *</span>}</label>
      <input type="date" id={id} name={field} value={value} required={required} {...described(save, field, hint)} onChange={(event) => { onChange(event.target.value); }} />
      <Hint hint={hint} field={field} />
      <FieldError save={save} field={field} />
    </div>
  );
}

/** Optional text and dates are left out of the payload when empty, so the resolver applies its default. */
export function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value.trim() === '' ? {} : ({ [key]: value } as Record<K, string>);
}
