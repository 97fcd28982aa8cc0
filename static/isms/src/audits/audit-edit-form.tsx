// Edits a planned audit (audits/update) with the version the page showed, so a concurrent change answers CONFLICT.
// Each resolver error appears next to the field it names; the answer's independence conflicts are reported at once.
import { useEffect, useState } from 'react';
import type { SyntheticEvent } from 'react';

import type { UpdateAuditPayload } from '../../../../src/contracts/audit-programme-payloads';
import { FieldError, FormOutcome, IDLE, invalidProps } from '../../../shared/field-errors';
import type { SaveState } from '../../../shared/field-errors';
import { fetchPeople, updateAudit, type AuditView, type Person, type ProgrammeView } from './api';
import { parseIdList } from '../../../shared/id-list';
import { parseLines } from './form-text';
import { cycleMonths, monthLabel } from './grid-model';

const FIELDS = ['title', 'month', 'scope', 'processes', 'objectives', 'criteria', 'auditors', 'leadAuditor', 'expectedVersion'] as const;

export function AuditEditForm({ programme, audit, onSaved, onCancel }: {
  readonly programme: ProgrammeView;
  readonly audit: AuditView;
  readonly onSaved: (message: string) => void;
  readonly onCancel: () => void;
}) {
  const [draft, setDraft] = useState({
    title: audit.title, month: audit.month, scope: audit.scope.join(', '), processes: audit.processes.join('\n'),
    objectives: audit.objectives, criteria: audit.criteria, auditors: [...audit.auditors], leadAuditor: audit.leadAuditor ?? '',
  });
  const [people, setPeople] = useState<readonly Person[]>([]);
  const [save, setSave] = useState<SaveState>(IDLE);
  useEffect(() => { void fetchPeople().then(setPeople); }, []);
  const known = new Set(people.map((person) => person.accountId));
  const choices = [...people, ...audit.auditors.filter((id) => !known.has(id)).map((accountId) => ({ accountId, displayName: accountId }))];
  const nameOf = (accountId: string) => choices.find((person) => person.accountId === accountId)?.displayName ?? accountId;
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => { setDraft({ ...draft, [key]: value }); };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSave({ state: 'saving' });
    void updateAudit({
      programmeId: programme.id, auditId: audit.id, expectedVersion: audit.version,
      // The resolver checks the ids and the month and names the field when one is wrong.
      title: draft.title, month: draft.month, scope: parseIdList(draft.scope) as UpdateAuditPayload['scope'], processes: parseLines(draft.processes),
      objectives: draft.objectives, criteria: draft.criteria, auditors: draft.auditors, leadAuditor: draft.leadAuditor === '' ? null : draft.leadAuditor,
    }).then((answer) => {
      if (answer.state === 'error') { setSave({ state: 'failed', error: answer.error }); return; }
      const count = answer.data.conflicts.length;
      onSaved(count === 0 ? `Saved (version ${answer.data.audit.version}).` : `Saved (version ${answer.data.audit.version}), but ${count} independence conflict${count === 1 ? '' : 's'} — see the audit team below.`);
    });
  };

  return (
    <section className="c9-section" aria-labelledby="c9-edit-title" data-testid="audit-edit">
      <h2 id="c9-edit-title">Edit {audit.id}</h2>
      <form className="c9-edit" onSubmit={submit} noValidate aria-label={`Edit audit ${audit.id}`}>
        <div className="c9-form-grid">
          <div className="c9-field">
            <label htmlFor="c9-aud-title">Title</label>
            <input id="c9-aud-title" type="text" value={draft.title} onChange={(event) => { set('title', event.target.value); }} {...invalidProps(save, 'title')} />
            <FieldError save={save} field="title" />
          </div>
          <div className="c9-field">
            <label htmlFor="c9-aud-month">Month</label>
            <select id="c9-aud-month" value={draft.month} onChange={(event) => { set('month', event.target.value as AuditView['month']); }} {...invalidProps(save, 'month')}>
              {cycleMonths(programme.cycle).map((month) => <option key={month} value={month}>{monthLabel(month)}</option>)}
            </select>
            <FieldError save={save} field="month" />
          </div>
        </div>
        <div className="c9-field">
          <label htmlFor="c9-aud-scope">Scope: clauses and controls</label>
          <input id="c9-aud-scope" type="text" value={draft.scope} onChange={(event) => { set('scope', event.target.value); }} {...invalidProps(save, 'scope')} />
          <span className="c9-hint">Separate with commas, e.g. “9.2, A.5.15, A.5.18”. A clause includes its sub-clauses.</span>
          <FieldError save={save} field="scope" />
        </div>
        <div className="c9-field">
          <label htmlFor="c9-aud-processes">Processes, entities or teams audited</label>
          <textarea id="c9-aud-processes" value={draft.processes} onChange={(event) => { set('processes', event.target.value); }} {...invalidProps(save, 'processes')} />
          <span className="c9-hint">One per line, named as in the monitoring matrix.</span>
          <FieldError save={save} field="processes" />
        </div>
        <div className="c9-field">
          <label htmlFor="c9-aud-objectives">Objectives</label>
          <textarea id="c9-aud-objectives" value={draft.objectives} onChange={(event) => { set('objectives', event.target.value); }} {...invalidProps(save, 'objectives')} />
          <FieldError save={save} field="objectives" />
        </div>
        <div className="c9-field">
          <label htmlFor="c9-aud-criteria">Criteria</label>
          <textarea id="c9-aud-criteria" value={draft.criteria} onChange={(event) => { set('criteria', event.target.value); }} {...invalidProps(save, 'criteria')} />
          <FieldError save={save} field="criteria" />
        </div>
        <fieldset className="c9-field c9-aud-people" {...invalidProps(save, 'auditors')}>
          <legend>Audit team</legend>
          {choices.map((person) => (
            <label key={person.accountId} className="c9-check">
              <input type="checkbox" value={person.accountId} checked={draft.auditors.includes(person.accountId)}
                onChange={(event) => { set('auditors', event.target.checked ? [...draft.auditors, person.accountId] : draft.auditors.filter((id) => id !== person.accountId)); }} />
              {person.displayName}
            </label>
          ))}
          <FieldError save={save} field="auditors" />
        </fieldset>
        <div className="c9-field">
          <label htmlFor="c9-aud-lead">Lead auditor</label>
          <select id="c9-aud-lead" value={draft.leadAuditor} onChange={(event) => { set('leadAuditor', event.target.value); }} {...invalidProps(save, 'leadAuditor')}>
            <option value="">Not chosen yet</option>
            {draft.auditors.map((accountId) => <option key={accountId} value={accountId}>{nameOf(accountId)}</option>)}
          </select>
          <FieldError save={save} field="leadAuditor" />
        </div>
        <FormOutcome save={save} fields={FIELDS} />
        <div className="c9-actions">
          <button type="submit" className="c9-button c9-button--primary" disabled={save.state === 'saving'} data-testid="save-audit">{save.state === 'saving' ? 'Saving…' : 'Save audit'}</button>
          <button type="button" className="c9-button" onClick={onCancel}>Cancel</button>
        </div>
      </form>
    </section>
  );
}
