// The configuration form of a Clause9 Automation action: one labelled field per declared input, each change handed
// to Automation with view.submit (so leaving and coming back keeps it), and the form's own submit on Automation's
// "Next" (AUTOMATION_ACTION_SUBMIT). Fields Automation reports invalid are marked with its message.
import { events, view } from '@forge/bridge';
import { useEffect, useRef, useState } from 'react';

import { ACTION_FIELDS, inputValue } from './action-fields';

type Values = Record<string, string>;

interface Props {
  readonly moduleKey: string;
  readonly initial: Readonly<Record<string, unknown>>;
  readonly invalid: Readonly<Record<string, string>>;
}

function typed(moduleKey: string, values: Values): Record<string, string | number> {
  const result: Record<string, string | number> = {};
  for (const field of ACTION_FIELDS[moduleKey] ?? []) {
    const value = inputValue(field, values[field.name] ?? '');
    if (value !== undefined) result[field.name] = value;
  }
  return result;
}

export function ActionForm({ moduleKey, initial, invalid }: Props) {
  const fields = ACTION_FIELDS[moduleKey] ?? [];
  const [values, setValues] = useState<Values>(() => Object.fromEntries(fields.map((field) => [field.name, initial[field.name] === undefined ? '' : String(initial[field.name])])));
  const latest = useRef(values);
  latest.current = values;

  useEffect(() => {
    const subscription = events.on('AUTOMATION_ACTION_SUBMIT', () => view.submit(typed(moduleKey, latest.current)));
    return () => {
      void subscription.then((handle) => {
        handle.unsubscribe();
      });
    };
  }, [moduleKey]);

  if (fields.length === 0) return <p>This Automation action has no settings here.</p>;
  const change = (name: string, text: string): void => {
    const next = { ...values, [name]: text };
    setValues(next);
    void view.submit(typed(moduleKey, next));
  };
  return (
    <form style={{ display: 'grid', gap: 'var(--ds-space-150, 12px)', font: 'var(--ds-font-body, 14px sans-serif)', color: 'var(--ds-text, #172b4d)' }} onSubmit={(event) => {
      event.preventDefault();
    }}>
      {fields.map((field) => (
        <label key={field.name} style={{ display: 'grid', gap: 'var(--ds-space-050, 4px)' }}>
          <span>
            {field.label}
            {field.required ? ' *' : ''}
          </span>
          <input name={field.name} value={values[field.name] ?? ''} required={field.required} aria-invalid={invalid[field.name] !== undefined} onChange={(event) => {
            change(field.name, event.target.value);
          }} />
          <small style={{ color: invalid[field.name] === undefined ? 'var(--ds-text-subtlest, #626f86)' : 'var(--ds-text-danger, #ae2e24)' }}>{invalid[field.name] ?? field.hint}</small>
        </label>
      ))}
    </form>
  );
}
