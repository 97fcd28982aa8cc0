// Labelled inputs with their error next to them (aria-invalid + aria-describedby), for the matrix dialogs.
import type { ReactNode } from 'react';

import { errorId, FieldMessage, invalidAttributes } from './form-errors';
import type { FieldErrors } from './form-errors';

const inputId = (field: string): string => `c9-input-${field.replace(/[^A-Za-z0-9]/g, '-')}`;

interface FieldProps {
  readonly label: string;
  /** The payload path the resolver names in its errors, e.g. "definition.leadTimeDays". */
  readonly field: string;
  readonly errors: FieldErrors;
  readonly hint?: ReactNode;
  readonly wide?: boolean;
}

function describedBy(errors: FieldErrors, field: string, hint: boolean): string | undefined {
  const ids = [...(invalidAttributes(errors, field)['aria-invalid'] ? [errorId(field)] : []), ...(hint ? [`${inputId(field)}-hint`] : [])];
  return ids.length === 0 ? undefined : ids.join(' ');
}

export function TextField({ label, field, errors, hint, wide, value, onChange, type = 'text', readOnly, multiline }: FieldProps & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'date' | 'number';
  readonly readOnly?: boolean;
  readonly multiline?: boolean;
}) {
  const id = inputId(field);
  const common = {
    id, name: field, value, readOnly,
    'aria-invalid': invalidAttributes(errors, field)['aria-invalid'],
    'aria-describedby': describedBy(errors, field, hint !== undefined),
  };
  return (
    <div className={`c9-field${wide === true ? ' c9-field--wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline === true
        ? <textarea {...common} onChange={(event) => { onChange(event.target.value); }} />
        : <input {...common} type={type === 'number' ? 'text' : type} inputMode={type === 'number' ? 'numeric' : undefined} onChange={(event) => { onChange(event.target.value); }} />}
      {hint !== undefined && <span className="c9-hint" id={`${id}-hint`}>{hint}</span>}
      <FieldMessage errors={errors} field={field} />
    </div>
  );
}

export function SelectField<T extends string>({ label, field, errors, hint, wide, value, options, onChange }: FieldProps & {
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
}) {
  const id = inputId(field);
  return (
    <div className={`c9-field${wide === true ? ' c9-field--wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={field} value={value} aria-invalid={invalidAttributes(errors, field)['aria-invalid']} aria-describedby={describedBy(errors, field, hint !== undefined)}
        onChange={(event) => { onChange(options.find((option) => option.value === event.target.value)?.value ?? value); }}>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
      {hint !== undefined && <span className="c9-hint" id={`${id}-hint`}>{hint}</span>}
      <FieldMessage errors={errors} field={field} />
    </div>
  );
}
