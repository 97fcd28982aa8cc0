// Activating a draft (from a date) and retiring an item (with a reason and a date), each guarded by the version the
// page loaded. The resolver's field errors show next to their input.
import { useState } from 'react';
import type { SyntheticEvent } from 'react';

import type { ResolverError } from '../../../../src/contracts/envelope';
import type { MonitoringItemView } from '../../../../src/contracts/matrix-payloads';
import { errorsFromResolver, NO_ERRORS } from './form-errors';
import { TextField } from './form-fields';
import { activateItem, retireItem } from './matrix-api';
import { MatrixPanel } from './matrix-panel';

function Failure({ error, id }: { readonly error: ResolverError | null; readonly id: string }) {
  if (error === null || (error.field !== undefined && error.field !== 'expectedVersion')) return null;
  const message = error.code === 'CONFLICT' ? `Someone else changed ${id} since you opened the page. Close this dialog to see their change, then try again.` : `Not saved: ${error.message}`;
  return <p className="c9-state c9-state--error" role="alert" data-testid={error.code === 'CONFLICT' ? 'save-conflict' : 'save-error'}>{message}</p>;
}

export function RetirePanel({ view, today, onDone, onClose }: { readonly view: MonitoringItemView; readonly today: string; readonly onDone: () => void; readonly onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [retiredOn, setRetiredOn] = useState(today);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSaving(true);
    void retireItem(view.item.id, reason, retiredOn, view.version).then((answer) => {
      setSaving(false);
      if (answer.state === 'ready') onDone(); else setFailure(answer.error);
    });
  };
  const errors = failure === null ? NO_ERRORS : errorsFromResolver(failure);
  return (
    <MatrixPanel title={`Retire ${view.item.id}`} testId="retire-dialog" onClose={onClose}>
      <form className="c9-edit" onSubmit={submit} noValidate aria-label={`Retire ${view.item.id}`}>
        <p>“{view.item.title}” will create no more checks. Checks already created stay as they are. A retired item cannot be edited or reactivated.</p>
        <TextField label="Reason" field="reason" errors={errors} value={reason} onChange={setReason} multiline hint="Kept in the item’s history for auditors, e.g. what replaces it." />
        <TextField label="Retired on" field="retiredOn" type="date" errors={errors} value={retiredOn} onChange={setRetiredOn} />
        <Failure error={failure} id={view.item.id} />
        <div className="c9-actions">
          <button type="submit" className="c9-button c9-button--danger" disabled={saving} data-testid="confirm-retire">{saving ? 'Retiring…' : 'Retire item'}</button>
          <button type="button" className="c9-button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </MatrixPanel>
  );
}

export function ActivatePanel({ view, today, onDone, onClose }: { readonly view: MonitoringItemView; readonly today: string; readonly onDone: () => void; readonly onClose: () => void }) {
  const [activeFrom, setActiveFrom] = useState(today);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSaving(true);
    void activateItem(view.item.id, activeFrom, view.version).then((answer) => {
      setSaving(false);
      if (answer.state === 'ready') onDone(); else setFailure(answer.error);
    });
  };
  const errors = failure === null ? NO_ERRORS : errorsFromResolver(failure);
  return (
    <MatrixPanel title={`Activate ${view.item.id}`} testId="activate-dialog" onClose={onClose}>
      <form className="c9-edit" onSubmit={submit} noValidate aria-label={`Activate ${view.item.id}`}>
        <p>“{view.item.title}” ({view.recurrenceText}) will create a monitoring check for every occurrence from this date on; earlier occurrences are not back-filled.</p>
        <TextField label="Active from" field="activeFrom" type="date" errors={errors} value={activeFrom} onChange={setActiveFrom} />
        <Failure error={failure} id={view.item.id} />
        <div className="c9-actions">
          <button type="submit" className="c9-button c9-button--primary" disabled={saving} data-testid="confirm-activate">{saving ? 'Activating…' : 'Activate item'}</button>
          <button type="button" className="c9-button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </MatrixPanel>
  );
}
