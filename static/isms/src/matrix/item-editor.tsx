// Adds or edits a monitoring item in a dialog. The contract's schema checks the form before it is sent (so every
// problem shows next to its input at once); the resolver checks again and its error lands next to its input too.
// Edits carry the version they loaded: someone else's change in between is a CONFLICT, never overwritten.
import { useEffect, useRef, useState } from 'react';
import type { SyntheticEvent } from 'react';

import type { ResolverError } from '../../../../src/contracts/envelope';
import { matrixCreatePayloadSchema } from '../../../../src/contracts/matrix-payloads';
import type { MonitoringItemView } from '../../../../src/contracts/matrix-payloads';
import { DEFAULT_REPORT_TYPE } from '../../../../src/domain/monitoring-vocabulary';
import { createItem, updateItem } from './matrix-api';
import { MatrixPanel } from './matrix-panel';
import { errorsFromIssues, errorsFromResolver, NO_ERRORS, unplacedErrors } from './form-errors';
import type { FieldErrors } from './form-errors';
import { definitionPayload } from './item-draft';
import type { ItemDraft } from './item-draft';
import { EDITOR_FIELDS, WhatFields, WhoFields } from './item-fields';
import { RecurrenceFields } from './recurrence-fields';

export function ItemEditor({ start, editing, onSaved, onClose }: {
  readonly start: ItemDraft;
  /** The item being edited (its version guards the save); undefined when adding. */
  readonly editing?: MonitoringItemView;
  readonly onSaved: (id: string) => void;
  readonly onClose: () => void;
}) {
  const [draft, setDraft] = useState(start);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const change = (patch: Partial<ItemDraft>) => { setDraft((current) => ({ ...current, ...patch })); };

  useEffect(() => {
    if (errors.size > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setFailure(null);
    const payload = { id: draft.id.trim(), definition: definitionPayload(draft, (method) => DEFAULT_REPORT_TYPE[method]) };
    const checked = matrixCreatePayloadSchema.safeParse(payload);
    if (!checked.success) { setErrors(errorsFromIssues(checked.error.issues)); return; }
    setErrors(NO_ERRORS);
    setSaving(true);
    const save = editing === undefined ? createItem(payload.id, payload.definition) : updateItem(payload.id, payload.definition, editing.version);
    void save.then((answer) => {
      setSaving(false);
      if (answer.state === 'ready') { onSaved(answer.data.key); return; }
      const atField = answer.error.field !== undefined && answer.error.field !== 'expectedVersion';
      setErrors(atField ? errorsFromResolver(answer.error) : NO_ERRORS);
      setFailure(answer.error);
    });
  };

  const unplaced = unplacedErrors(errors, EDITOR_FIELDS);
  return (
    <MatrixPanel title={editing === undefined ? 'Add monitoring item' : `Edit ${editing.item.id}`} testId="item-editor" onClose={onClose}>
      <form ref={form} className="c9-edit" onSubmit={submit} noValidate aria-label={editing === undefined ? 'New monitoring item' : `Monitoring item ${editing.item.id}`}>
        {editing?.item.status === 'active' && <p className="c9-muted">Checks already created keep the definition they were created with; changes apply to the next ones.</p>}
        <WhatFields draft={draft} errors={errors} change={change} isNew={editing === undefined} />
        <RecurrenceFields draft={draft} errors={errors} change={change} />
        <WhoFields draft={draft} errors={errors} change={change} />
        {errors.size > 0 && (
          <div className="c9-state c9-state--error" role="alert" data-testid="editor-invalid">
            Not saved: fix the {errors.size === 1 ? 'field' : `${errors.size} fields`} marked.
            {unplaced.length > 0 && <ul>{unplaced.map((message) => <li key={message}>{message}</li>)}</ul>}
          </div>
        )}
        {failure?.code === 'CONFLICT' && failure.field === 'expectedVersion' && (
          <p className="c9-state c9-state--error" role="alert" data-testid="save-conflict">
            Someone else changed {draft.id} since you opened it. Close this dialog to see their change, then edit again.
          </p>
        )}
        {failure !== null && failure.field === undefined && errors.size === 0 && (
          <p className="c9-state c9-state--error" role="alert" data-testid="save-error" data-code={failure.code}>Not saved: {failure.message}</p>
        )}
        <div className="c9-actions">
          <button type="submit" className="c9-button c9-button--primary" disabled={saving} data-testid="save-item">{saving ? 'Saving…' : editing === undefined ? 'Add item' : 'Save changes'}</button>
          <button type="button" className="c9-button" onClick={onClose}>Cancel</button>
        </div>
        {editing === undefined && <p className="c9-muted">New items start as drafts: activate one to start creating its checks.</p>}
      </form>
    </MatrixPanel>
  );
}
