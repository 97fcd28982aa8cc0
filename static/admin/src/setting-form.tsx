// The frame every settings section shares: Save (with the version it loaded, so concurrent edits become CONFLICT),
// field errors next to their input, a section-level message otherwise, and the last changes (who/when).
import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';

import { fieldError } from '../../shared/field-errors';
import type { SaveState } from '../../shared/field-errors';
import { useDisplayNames } from '../../shared/people';
import { saveSetting } from './api';
import type { SettingKind, SettingValues, SettingView } from './api';

const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

export function SettingForm<K extends SettingKind>({ kind, title, setting, draft, fields, onSaved, children, save, setSave }: {
  readonly kind: K;
  readonly title: string;
  readonly setting: SettingView<SettingValues[K]>;
  readonly draft: SettingValues[K];
  /** The field names this form shows errors for; others appear above Save. */
  readonly fields: readonly string[];
  readonly onSaved: () => void;
  readonly children: ReactNode;
  readonly save: SaveState;
  readonly setSave: (save: SaveState) => void;
}) {
  const [conflictShown, setConflictShown] = useState(false);
  const names = useDisplayNames(setting.recentChanges.map((change) => change.by));
  const nameOf = (accountId: string) => names.get(accountId) ?? accountId;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSave({ state: 'saving' });
    void saveSetting(kind, draft, setting.version).then((answer) => {
      if (answer.state === 'ready') {
        setSave({ state: 'saved' });
        onSaved();
      } else {
        setConflictShown(answer.error.code === 'CONFLICT');
        setSave({ state: 'failed', error: answer.error });
      }
    });
  };

  const error = save.state === 'failed' ? save.error : undefined;
  const shownAtField = error?.field !== undefined && fields.some((field) => fieldError(save, field) !== undefined);

  return (
    <section className="c9-section" aria-labelledby={`c9-${kind}-title`} data-testid={`section-${kind}`}>
      <h2 id={`c9-${kind}-title`}>{title}</h2>
      <form className="c9-edit" onSubmit={submit} noValidate aria-label={title}>
        {children}
        {error !== undefined && error.code === 'CONFLICT' && conflictShown && (
          <div className="c9-state c9-state--error" role="alert" data-testid="save-conflict">
            Someone else changed this setting since you opened the page — reload to see their change, then edit again.{' '}
            <button type="button" className="c9-button" onClick={() => { setSave({ state: 'idle' }); onSaved(); }}>Reload</button>
          </div>
        )}
        {error !== undefined && error.code === 'INVALID_PAYLOAD' && shownAtField && (
          <p className="c9-state c9-state--error" role="alert">Not saved: fix the marked field.</p>
        )}
        {error !== undefined && error.code !== 'CONFLICT' && !shownAtField && (
          <p className="c9-state c9-state--error" role="alert" data-testid="save-error">Not saved: {error.message}</p>
        )}
        {save.state === 'saved' && <p className="c9-state c9-state--success" role="status" data-testid="save-ok">Saved.</p>}
        <div className="c9-actions">
          <button type="submit" className="c9-button c9-button--primary" disabled={save.state === 'saving'} data-testid={`save-${kind}`}>
            {save.state === 'saving' ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
      <div className="c9-history" data-testid={`history-${kind}`}>
        {setting.changedAt === null || setting.changedBy === null ? (
          <p className="c9-muted">Never changed: the defaults are in force.</p>
        ) : (
          <>
            <p className="c9-muted" data-testid="last-change">Last changed {when(setting.changedAt)} by {nameOf(setting.changedBy)} (version {setting.version}).</p>
            {setting.recentChanges.length > 1 && (
              <details>
                <summary>Recent changes</summary>
                <ul className="c9-list">
                  {setting.recentChanges.map((change) => <li key={change.seq} className="c9-muted">{when(change.at)} — {nameOf(change.by)}</li>)}
                </ul>
              </details>
            )}
          </>
        )}
      </div>
    </section>
  );
}
