// Moving an audit on: start (fieldwork; refused while the team is not independent), report (reference, date,
// conclusion) and cancel (with a reason). Each form shows the resolver's field errors next to the field; the use
// cases are idempotent, so a retried click never creates a second Jira issue.
import { useState } from 'react';
import type { SyntheticEvent } from 'react';

import { FieldError, FormOutcome, IDLE, invalidProps } from '../../../shared/field-errors';
import type { SaveState } from '../../../shared/field-errors';
import type { Answer } from '../../../shared/invoke';
import { cancelAudit, reportAudit, startAudit, type AuditView, type IndependenceConflict } from './api';

type Step = 'start' | 'report' | 'cancel';
const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function AuditLifecycle({ audit, conflicts, onChanged }: {
  readonly audit: AuditView;
  readonly conflicts: readonly IndependenceConflict[];
  readonly onChanged: (message: string) => void;
}) {
  const [open, setOpen] = useState<Step | null>(null);
  const [save, setSave] = useState<SaveState>(IDLE);
  const [form, setForm] = useState({ startedOn: '', reportRef: '', reportedOn: '', conclusion: '', reason: '', cancelledOn: '' });
  if (audit.status === 'reported' || audit.status === 'cancelled') return null;
  const ref = { programmeId: audit.programmeId, auditId: audit.id };
  const set = (key: keyof typeof form, value: string) => { setForm({ ...form, [key]: value }); };

  const run = (call: () => Promise<Answer<AuditView>>, done: (audit: AuditView) => string) => (event: SyntheticEvent) => {
    event.preventDefault();
    setSave({ state: 'saving' });
    void call().then((answer) => {
      if (answer.state === 'error') { setSave({ state: 'failed', error: answer.error }); return; }
      setSave(IDLE);
      setOpen(null);
      onChanged(done(answer.data));
    });
  };
  const toggle = (step: Step) => { setSave(IDLE); setOpen(open === step ? null : step); };
  const busy = save.state === 'saving';

  return (
    <section className="c9-section c9-no-print" aria-labelledby="c9-lifecycle-title" data-testid="audit-lifecycle">
      <h2 id="c9-lifecycle-title">Run this audit</h2>
      <div className="c9-actions">
        {audit.status === 'planned' && <button type="button" className="c9-button c9-button--primary" aria-expanded={open === 'start'} onClick={() => { toggle('start'); }} data-testid="open-start">Start audit…</button>}
        {audit.status === 'in_progress' && <button type="button" className="c9-button c9-button--primary" aria-expanded={open === 'report'} onClick={() => { toggle('report'); }} data-testid="open-report">Report audit…</button>}
        <button type="button" className="c9-button" aria-expanded={open === 'cancel'} onClick={() => { toggle('cancel'); }} data-testid="open-cancel">Cancel audit…</button>
      </div>

      {open === 'start' && (
        <form className="c9-edit c9-aud-step" onSubmit={run(() => startAudit({ ...ref, startedOn: optional(form.startedOn) }), (started) => `Started on ${started.status === 'in_progress' ? started.startedOn : ''}; Jira issue ${started.jiraIssueKey ?? '(pending)'}.`)} noValidate aria-label="Start audit">
          {conflicts.length > 0 && <p className="c9-state c9-state--warning" role="alert">This team is not independent of the scope, so Clause9 will refuse to start the audit. Edit the team first.</p>}
          <div className="c9-field">
            <label htmlFor="c9-start-on">Fieldwork started on</label>
            <input id="c9-start-on" type="date" value={form.startedOn} onChange={(event) => { set('startedOn', event.target.value); }} {...invalidProps(save, 'startedOn')} />
            <span className="c9-hint">Leave empty for today. Starting creates the “Internal audit” issue, assigned to the lead auditor.</span>
            <FieldError save={save} field="startedOn" />
          </div>
          {save.state === 'failed' && save.error.field === 'auditors'
            ? <p className="c9-state c9-state--error" role="alert" data-testid="start-refused">{save.error.message}</p>
            : <FormOutcome save={save} fields={['startedOn']} />}
          <div className="c9-actions"><button type="submit" className="c9-button c9-button--primary" disabled={busy} data-testid="confirm-start">{busy ? 'Starting…' : 'Start audit'}</button></div>
        </form>
      )}

      {open === 'report' && (
        <form className="c9-edit c9-aud-step" onSubmit={run(() => reportAudit({ ...ref, reportRef: form.reportRef, reportedOn: optional(form.reportedOn), conclusion: optional(form.conclusion) }), (reported) => `Reported${reported.status === 'reported' ? ` on ${reported.reportedOn}` : ''}; the Jira issue is done.`)} noValidate aria-label="Report audit">
          <div className="c9-form-grid">
            <div className="c9-field">
              <label htmlFor="c9-report-ref">Report reference</label>
              <input id="c9-report-ref" type="text" value={form.reportRef} onChange={(event) => { set('reportRef', event.target.value); }} {...invalidProps(save, 'reportRef')} />
              <span className="c9-hint">Where the signed report is kept, e.g. “AR-{audit.id}”.</span>
              <FieldError save={save} field="reportRef" />
            </div>
            <div className="c9-field">
              <label htmlFor="c9-reported-on">Reported on</label>
              <input id="c9-reported-on" type="date" value={form.reportedOn} onChange={(event) => { set('reportedOn', event.target.value); }} {...invalidProps(save, 'reportedOn')} />
              <span className="c9-hint">Leave empty for today; not before the start.</span>
              <FieldError save={save} field="reportedOn" />
            </div>
          </div>
          <div className="c9-field">
            <label htmlFor="c9-conclusion">Summary and conclusion</label>
            <textarea id="c9-conclusion" value={form.conclusion} onChange={(event) => { set('conclusion', event.target.value); }} {...invalidProps(save, 'conclusion')} />
            <span className="c9-hint">Conformity and effectiveness of the audited area, as reported to management.</span>
            <FieldError save={save} field="conclusion" />
          </div>
          <FormOutcome save={save} fields={['reportRef', 'reportedOn', 'conclusion']} />
          <div className="c9-actions"><button type="submit" className="c9-button c9-button--primary" disabled={busy} data-testid="confirm-report">{busy ? 'Reporting…' : 'Report audit'}</button></div>
        </form>
      )}

      {open === 'cancel' && (
        <form className="c9-edit c9-aud-step" onSubmit={run(() => cancelAudit({ ...ref, reason: form.reason, cancelledOn: optional(form.cancelledOn) }), () => 'Cancelled. Its scope no longer counts as covered.')} noValidate aria-label="Cancel audit">
          <div className="c9-field">
            <label htmlFor="c9-cancel-reason">Reason</label>
            <textarea id="c9-cancel-reason" value={form.reason} onChange={(event) => { set('reason', event.target.value); }} {...invalidProps(save, 'reason')} />
            <FieldError save={save} field="reason" />
          </div>
          <div className="c9-field">
            <label htmlFor="c9-cancelled-on">Cancelled on</label>
            <input id="c9-cancelled-on" type="date" value={form.cancelledOn} onChange={(event) => { set('cancelledOn', event.target.value); }} {...invalidProps(save, 'cancelledOn')} />
            <span className="c9-hint">Leave empty for today.</span>
            <FieldError save={save} field="cancelledOn" />
          </div>
          <FormOutcome save={save} fields={['reason', 'cancelledOn']} />
          <div className="c9-actions"><button type="submit" className="c9-button c9-button--danger" disabled={busy} data-testid="confirm-cancel">{busy ? 'Cancelling…' : 'Cancel audit'}</button></div>
        </form>
      )}
    </section>
  );
}
