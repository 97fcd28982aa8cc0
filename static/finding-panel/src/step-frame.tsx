// The frame of every step form: its heading, the fields, the outcome (field errors are next to their fields; a
// conflict offers a reload), and the submit / cancel buttons.
import type { ReactNode, SyntheticEvent } from 'react';

import { FormOutcome } from '../../shared/field-errors';
import type { SaveState } from '../../shared/field-errors';

export function StepFrame({ title, testId, save, fields, submitLabel, onSubmit, onCancel, onReload, children, danger = false }: {
  readonly title: string;
  readonly testId: string;
  readonly save: SaveState;
  /** Fields the form shows errors next to; any other error is shown above the buttons. */
  readonly fields: readonly string[];
  readonly submitLabel: string;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly onReload: () => void;
  readonly children: ReactNode;
  readonly danger?: boolean;
}) {
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (save.state !== 'saving') onSubmit();
  };
  const headingId = `${testId}-title`;
  return (
    <form className="c9-edit c9f-step-form c9-no-print" onSubmit={submit} noValidate aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId}>{title}</h3>
      {children}
      <FormOutcome save={save} fields={fields} />
      {save.state === 'failed' && save.error.code === 'CONFLICT' && (
        <div className="c9-actions"><button type="button" className="c9-button" onClick={onReload}>Reload the finding</button></div>
      )}
      <div className="c9-actions">
        <button type="submit" className={`c9-button ${danger ? 'c9-button--danger' : 'c9-button--primary'}`} disabled={save.state === 'saving'}>
          {save.state === 'saving' ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="c9-button c9-button--subtle" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
