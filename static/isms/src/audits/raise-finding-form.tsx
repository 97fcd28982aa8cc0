// Raises a finding from this audit (findings/raise): source "Internal audit", source reference = the audit id, so
// the finding is listed here and found by JQL. One request id per finding being written: a retried click returns the
// same issue instead of creating a second one; after a success the form starts a new finding with a new id.
import { useState } from 'react';
import type { SyntheticEvent } from 'react';

import { FINDING_KINDS, FINDING_KIND_LABELS, type FindingKind } from '../../../../src/domain/finding';
import { RadioGroup } from '../../../shared/edit-form';
import { FieldError, FormOutcome, IDLE, invalidProps } from '../../../shared/field-errors';
import type { SaveState } from '../../../shared/field-errors';
import { raiseFinding, type AuditView } from './api';
import { parseIdList } from '../../../shared/id-list';
import { findingDescription } from './form-text';

const FIELDS = ['kind', 'references', 'title', 'description', 'sourceRef', 'requestId'] as const;
const newRequestId = (auditId: string): string => `audit:${auditId}:${crypto.randomUUID()}`;
const EMPTY = { kind: 'minor_nonconformity' as FindingKind, references: '', title: '', description: '', evidence: '' };

export function RaiseFindingForm({ audit, onRaised }: { readonly audit: AuditView; readonly onRaised: (issueKey: string) => void }) {
  const [draft, setDraft] = useState(EMPTY);
  const [requestId, setRequestId] = useState(() => newRequestId(audit.id));
  const [save, setSave] = useState<SaveState>(IDLE);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => { setDraft({ ...draft, [key]: value }); };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSave({ state: 'saving' });
    void raiseFinding({
      requestId, kind: draft.kind, source: 'internal_audit', sourceRef: audit.id, references: parseIdList(draft.references),
      title: draft.title, description: findingDescription(draft.description, draft.evidence),
    }).then((answer) => {
      if (answer.state === 'error') { setSave({ state: 'failed', error: answer.error }); return; }
      setSave(IDLE);
      setDraft(EMPTY);
      setRequestId(newRequestId(audit.id));
      onRaised(answer.data.issueKey);
    });
  };

  return (
    <form className="c9-edit c9-aud-raise c9-no-print" onSubmit={submit} noValidate aria-labelledby="c9-raise-title" data-testid="raise-finding">
      <h3 id="c9-raise-title">Raise a finding from {audit.id}</h3>
      <RadioGroup legend="Kind" name="c9-finding-kind" value={draft.kind} onChange={(kind) => { set('kind', kind); }}
        options={FINDING_KINDS.map((kind) => ({ value: kind, label: FINDING_KIND_LABELS[kind] }))} />
      <FieldError save={save} field="kind" />
      <div className="c9-field">
        <label htmlFor="c9-finding-refs">Clauses / controls</label>
        <input id="c9-finding-refs" type="text" value={draft.references} onChange={(event) => { set('references', event.target.value); }} {...invalidProps(save, 'references')} />
        <span className="c9-hint">The requirements concerned, separated by commas (required for a nonconformity). In scope: {audit.scope.join(', ')}.</span>
        <FieldError save={save} field="references" />
      </div>
      <div className="c9-field">
        <label htmlFor="c9-finding-title">Title</label>
        <input id="c9-finding-title" type="text" value={draft.title} onChange={(event) => { set('title', event.target.value); }} {...invalidProps(save, 'title')} />
        <span className="c9-hint">Becomes the Jira issue summary.</span>
        <FieldError save={save} field="title" />
      </div>
      <div className="c9-field">
        <label htmlFor="c9-finding-description">Description</label>
        <textarea id="c9-finding-description" value={draft.description} onChange={(event) => { set('description', event.target.value); }} {...invalidProps(save, 'description')} />
        <span className="c9-hint">What was found against which requirement.</span>
        <FieldError save={save} field="description" />
      </div>
      <div className="c9-field">
        <label htmlFor="c9-finding-evidence">Objective evidence</label>
        <textarea id="c9-finding-evidence" value={draft.evidence} onChange={(event) => { set('evidence', event.target.value); }} />
        <span className="c9-hint">Records, samples and interviews the finding rests on; added to the description.</span>
      </div>
      <FormOutcome save={save} fields={FIELDS} />
      <div className="c9-actions">
        <button type="submit" className="c9-button c9-button--primary" disabled={save.state === 'saving'} data-testid="submit-finding">{save.state === 'saving' ? 'Raising…' : 'Raise finding'}</button>
      </div>
    </form>
  );
}
