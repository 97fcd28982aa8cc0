// One internal audit as the record a certification body reads: scope, processes, objectives, criteria, dates, team
// (with independence warnings where assigned), report or cancellation, history, and the findings it raised.
// ISMS managers edit a planned audit, start, report or cancel it; auditors raise findings from it.
import { useState } from 'react';

import { openIssue } from '../../../shared/jql';
import { useDisplayNames } from '../../../shared/people';
import type { IsmsAccess } from '../../../../src/contracts/isms-access';
import type { AuditView, ProgrammeView } from './api';
import { AuditEditForm } from './audit-edit-form';
import { AuditFindings } from './audit-findings';
import { AuditLifecycle } from './audit-lifecycle';
import { AuditTeam } from './audit-team';
import { STATUS_LABELS, STATUS_TONES, describeRequirement, monthLabel } from './grid-model';

const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
const INTENT_LABELS: Readonly<Record<string, string>> = { plan: 'Planned', assignAuditors: 'Team changed', reschedule: 'Rescheduled', start: 'Started', report: 'Reported', cancel: 'Cancelled' };

export function AuditDetail({ programme, audit, access, projectKey, navigate, onChanged }: {
  readonly programme: ProgrammeView;
  readonly audit: AuditView;
  readonly access: IsmsAccess;
  readonly projectKey: string | null;
  readonly navigate: (path: string) => void;
  readonly onChanged: () => Promise<void>;
}) {
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const conflicts = programme.conflicts.filter((conflict) => conflict.auditId === audit.id);
  const names = useDisplayNames(audit.history.map((entry) => entry.by));
  const changed = (message: string) => { setEditing(false); setNotice(message); void onChanged(); };

  return (
    <article data-testid="audit-detail" data-audit={audit.id} data-status={audit.status}>
      <p className="c9-no-print"><button type="button" className="c9-link" onClick={() => { navigate('/audits'); }}>← Audit programme {programme.id}</button></p>
      <div className="c9-aud-header">
        <h1>{audit.id}: {audit.title} <span className={`c9-lozenge ${STATUS_TONES[audit.status]}`} data-testid="audit-status">{STATUS_LABELS[audit.status]}</span></h1>
        <div className="c9-no-print"><button type="button" className="c9-button" onClick={() => { window.print(); }}>Print audit record</button></div>
      </div>
      <p className="c9-muted">
        {monthLabel(audit.month)} · programme {programme.id} · version {audit.version} ·{' '}
        {audit.jiraIssueKey === null ? 'Jira issue created when the audit starts' : <>Jira issue <button type="button" className="c9-link" data-testid="audit-issue" onClick={() => { openIssue(audit.jiraIssueKey ?? ''); }}>{audit.jiraIssueKey}</button></>}
      </p>
      {notice !== null && <p className="c9-state c9-state--success" role="status" data-testid="audit-notice">{notice}</p>}

      {editing ? (
        <AuditEditForm programme={programme} audit={audit} onSaved={(message) => { changed(message); }} onCancel={() => { setEditing(false); }} />
      ) : (
        <section className="c9-section" aria-labelledby="c9-scope-title" data-testid="audit-facts">
          <h2 id="c9-scope-title">Scope and criteria</h2>
          <dl className="c9-aud-facts">
            <dt>Scope</dt>
            <dd data-testid="audit-scope"><ul className="c9-aud-ids">{audit.scope.map((id) => <li key={id}>{describeRequirement(id)}</li>)}</ul></dd>
            <dt>Processes</dt>
            <dd>{audit.processes.length === 0 ? <span className="c9-muted">None named</span> : audit.processes.join('; ')}</dd>
            <dt>Objectives</dt>
            <dd className="c9-aud-text">{audit.objectives}</dd>
            <dt>Criteria</dt>
            <dd className="c9-aud-text" data-testid="audit-criteria">{audit.criteria}</dd>
            <dt>Month</dt>
            <dd>{monthLabel(audit.month)}</dd>
            {audit.status !== 'planned' && audit.status !== 'cancelled' && <><dt>Started</dt><dd>{audit.startedOn}</dd></>}
          </dl>
          {access.canManage && audit.status === 'planned' && (
            <div className="c9-actions c9-no-print"><button type="button" className="c9-button" data-testid="edit-audit" onClick={() => { setNotice(null); setEditing(true); }}>Edit audit</button></div>
          )}
        </section>
      )}

      <AuditTeam audit={audit} conflicts={conflicts} />

      {audit.status === 'reported' && (
        <section className="c9-section" aria-labelledby="c9-report-title" data-testid="audit-report">
          <h2 id="c9-report-title">Audit report</h2>
          <dl className="c9-aud-facts">
            <dt>Report</dt><dd data-testid="report-ref">{audit.reportRef}</dd>
            <dt>Reported on</dt><dd data-testid="reported-on">{audit.reportedOn}</dd>
            <dt>Conclusion</dt><dd className="c9-aud-text" data-testid="report-conclusion">{audit.conclusion ?? <span className="c9-muted">Not recorded with the audit; see the report.</span>}</dd>
          </dl>
        </section>
      )}
      {audit.status === 'cancelled' && (
        <section className="c9-section" aria-labelledby="c9-cancel-title" data-testid="audit-cancellation">
          <h2 id="c9-cancel-title">Cancelled</h2>
          <p>Cancelled on {audit.cancelledOn}: {audit.reason}</p>
          <p className="c9-muted">A cancelled audit covers nothing: its scope shows as a gap unless another audit of the cycle reaches it.</p>
        </section>
      )}

      {access.canManage && !editing && <AuditLifecycle audit={audit} conflicts={conflicts} onChanged={changed} />}

      <AuditFindings audit={audit} projectKey={projectKey} canRaise={access.canRaiseFindings} />

      <section className="c9-section" aria-labelledby="c9-history-title" data-testid="audit-history">
        <h2 id="c9-history-title">History</h2>
        <table className="c9-table">
          <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Note</th></tr></thead>
          <tbody>
            {audit.history.map((entry, index) => (
              <tr key={`${entry.at}-${index}`}>
                <td>{when(entry.at)}</td>
                <td>{names.get(entry.by) ?? entry.by}</td>
                <td>{INTENT_LABELS[entry.intent] ?? entry.intent}{entry.from !== entry.to && entry.from !== null ? ` (${entry.from.replace('_', ' ')} → ${entry.to.replace('_', ' ')})` : ''}</td>
                <td>{entry.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
