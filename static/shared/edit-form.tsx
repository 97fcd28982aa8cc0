// The parts every gadget edit view has: project, auto-refresh, Save and Cancel (view.submit / view.close).
import { view } from '@forge/bridge';
import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';

import { REFRESH_CHOICES } from './context';

const PROJECT_KEY = /^[A-Z][A-Z0-9_]{1,9}$/;

export interface CommonSettings {
  readonly project: string;
  readonly refresh: number;
}

export function EditForm({ title, common, onCommon, toSave, children }: {
  readonly title: string;
  readonly common: CommonSettings;
  readonly onCommon: (common: CommonSettings) => void;
  /** The gadget's own configuration (without project/refresh), or a message saying why it can't be saved. */
  readonly toSave: Readonly<Record<string, unknown>> | string;
  readonly children: ReactNode;
}) {
  const [saving, setSaving] = useState<'idle' | 'saving' | 'failed'>('idle');
  const projectValid = common.project === '' || PROJECT_KEY.test(common.project);
  const problem = !projectValid ? 'Project must be a Jira project key, e.g. ISMS.' : typeof toSave === 'string' ? toSave : null;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (problem !== null || typeof toSave === 'string') return;
    setSaving('saving');
    const configuration = { ...toSave, ...(common.project === '' ? {} : { project: common.project }), ...(common.refresh > 0 ? { refresh: common.refresh } : {}) };
    view.submit(configuration).catch(() => { setSaving('failed'); });
  };

  return (
    <form className="c9-edit" onSubmit={submit} aria-label={`${title} settings`}>
      <div className="c9-field">
        <label htmlFor="c9-project">Project</label>
        <input id="c9-project" value={common.project} placeholder="ISMS" aria-invalid={!projectValid}
          onChange={(event) => { onCommon({ ...common, project: event.target.value.toUpperCase() }); }} />
        <span className="c9-muted">The ISMS project Clause9 set up. Leave empty for it.</span>
      </div>
      {children}
      <div className="c9-field">
        <label htmlFor="c9-refresh">Refresh automatically</label>
        <select id="c9-refresh" value={common.refresh} onChange={(event) => { onCommon({ ...common, refresh: Number(event.target.value) }); }}>
          {REFRESH_CHOICES.map((minutes) => <option key={minutes} value={minutes}>{minutes === 0 ? 'Never' : `Every ${minutes} minutes`}</option>)}
        </select>
      </div>
      {problem !== null && <p className="c9-state--error c9-state" role="alert">{problem}</p>}
      {saving === 'failed' && <p className="c9-state--error c9-state" role="alert">Could not save. Try again; if it keeps failing, reload the dashboard.</p>}
      <div className="c9-actions">
        <button type="submit" className="c9-button c9-button--primary" id="c9-save" disabled={problem !== null || saving === 'saving'}>Save</button>
        <button type="button" className="c9-button" id="c9-cancel" onClick={() => { void view.close(); }}>Cancel</button>
      </div>
    </form>
  );
}

/** A group of checkboxes over a fixed list, with a legend. */
export function CheckboxGroup<T extends string>({ legend, name, options, selected, onChange }: {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly selected: readonly T[];
  readonly onChange: (selected: T[]) => void;
}) {
  return (
    <fieldset className="c9-field">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="c9-check">
          <input type="checkbox" name={name} value={option.value} checked={selected.includes(option.value)}
            onChange={(event) => { onChange(options.map((each) => each.value).filter((value) => (value === option.value ? event.target.checked : selected.includes(value)))); }} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export function RadioGroup<T extends string>({ legend, name, options, value, onChange }: {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}) {
  return (
    <fieldset className="c9-field">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="c9-check">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => { onChange(option.value); }} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
