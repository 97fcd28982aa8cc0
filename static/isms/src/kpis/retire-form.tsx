// Retiring a KPI: a reason and a date are required; it then takes no new measurements and is never stale, while its
// definition and measurements stay as evidence. Sent with the version the page shows, so a concurrent edit conflicts.
import { useState } from 'react';
import type { SyntheticEvent } from 'react';

import { FieldError, FormOutcome, IDLE, invalidProps, type SaveState } from '../../../shared/field-errors';
import { retireKpi, type KpiDetail } from './kpi-api';

export function RetireForm({ view, onCancel, onRetired }: { readonly view: KpiDetail; readonly onCancel: () => void; readonly onRetired: () => void }) {
  const [reason, setReason] = useState('');
  const [retiredOn, setRetiredOn] = useState<string>(view.window.to);
  const [save, setSave] = useState<SaveState>(IDLE);
  const definition = view.kpi.definition;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSave({ state: 'saving' });
    void retireKpi(definition.id, reason, retiredOn, view.version).then((answer) => {
      if (answer.state === 'error') { setSave({ state: 'failed', error: answer.error }); return; }
      setSave({ state: 'saved' });
      onRetired();
    });
  };

  return (
    <section className="c9-section c9-state--warning c9-no-print" aria-labelledby="c9-retire-title" data-testid="retire-form">
      <h2 id="c9-retire-title">Retire {definition.id}</h2>
      <p>A retired KPI takes no new measurements and is no longer chased as overdue. Its definition and measurements stay readable as evidence. This cannot be undone: to measure it again, define a new KPI.</p>
      <form className="c9-edit" onSubmit={submit} noValidate aria-label={`Retire ${definition.id}`}>
        <div className="c9-field">
          <label htmlFor="c9-retire-reason">Reason</label>
          <textarea id="c9-retire-reason" value={reason} onChange={(event) => { setReason(event.target.value); }} {...invalidProps(save, 'reason')} />
          <FieldError save={save} field="reason" />
        </div>
        <div className="c9-field">
          <label htmlFor="c9-retire-on">Retired on</label>
          <input id="c9-retire-on" type="date" value={retiredOn} onChange={(event) => { setRetiredOn(event.target.value); }} {...invalidProps(save, 'retiredOn')} />
          <FieldError save={save} field="retiredOn" />
        </div>
        <FormOutcome save={save} fields={['reason', 'retiredOn']} savedText="Retired." />
        <div className="c9-actions">
          <button type="submit" className="c9-button c9-button--danger" disabled={save.state === 'saving'} data-testid="confirm-retire">{save.state === 'saving' ? 'Retiring…' : 'Retire KPI'}</button>
          <button type="button" className="c9-button" onClick={onCancel}>Cancel</button>
        </div>
      </form>
    </section>
  );
}
