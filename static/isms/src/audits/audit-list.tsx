// Every audit of the programme in month order, with status, lead, scope, Jira issue and independence warnings.
import { useDisplayNames } from '../../../shared/people';
import { openIssue } from '../../../shared/jql';
import type { ProgrammeView } from './api';
import { STATUS_LABELS, STATUS_TONES, monthLabel } from './grid-model';

export function AuditList({ programme, navigate }: { readonly programme: ProgrammeView; readonly navigate: (path: string) => void }) {
  const names = useDisplayNames(programme.audits.flatMap((audit) => (audit.leadAuditor === null ? [] : [audit.leadAuditor])));
  const conflicted = new Set(programme.conflicts.map((conflict) => conflict.auditId));
  const audits = [...programme.audits].sort((a, b) => (a.month === b.month ? a.id.localeCompare(b.id) : a.month < b.month ? -1 : 1));
  return (
    <section className="c9-section" aria-labelledby="c9-audits-title" data-testid="audit-list">
      <h2 id="c9-audits-title">Audits ({audits.length})</h2>
      <div className="c9-table-scroll">
        <table className="c9-table c9-aud-list">
          <thead>
            <tr><th scope="col">Audit</th><th scope="col">Month</th><th scope="col">Status</th><th scope="col">Lead auditor</th><th scope="col">Scope</th><th scope="col">Jira issue</th></tr>
          </thead>
          <tbody>
            {audits.map((audit) => (
              <tr key={audit.id} data-audit={audit.id}>
                <td>
                  <button type="button" className="c9-link" onClick={() => { navigate(`/audits/${audit.id}`); }}>{audit.id} {audit.title}</button>
                  {conflicted.has(audit.id) && <> <span className="c9-badge c9-tone-warning" data-testid="list-conflict">Independence conflict</span></>}
                </td>
                <td>{monthLabel(audit.month)}</td>
                <td><span className={`c9-lozenge ${STATUS_TONES[audit.status]}`}>{STATUS_LABELS[audit.status]}</span></td>
                <td>{audit.leadAuditor === null ? <span className="c9-muted">Not chosen</span> : names.get(audit.leadAuditor) ?? audit.leadAuditor}</td>
                <td>{audit.scope.join(', ')}</td>
                <td>{audit.jiraIssueKey === null ? <span className="c9-muted" title="The Internal audit issue is created when the audit starts">Not started</span> : <button type="button" className="c9-link" onClick={() => { openIssue(audit.jiraIssueKey ?? ''); }}>{audit.jiraIssueKey}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
