// The findings this audit raised (Finding issues whose source is this audit, read from Jira as the user), each
// linking to its issue, and the form to raise another while the audit runs or after it reported.
import { useCallback, useEffect, useState } from 'react';

import { FINDING_KIND_LABELS } from '../../../../src/domain/finding';
import { openIssue, openIssueSearch } from '../../../shared/jql';
import type { Answer } from '../../../shared/invoke';
import { Loading, PageError } from '../../../shared/states';
import { auditFindingsJql, fetchAuditFindings, type AuditFinding, type AuditView } from './api';
import { RaiseFindingForm } from './raise-finding-form';

const KIND_TONES = { major_nonconformity: 'c9-tone-danger', minor_nonconformity: 'c9-tone-warning', observation: 'c9-tone-discovery', opportunity_for_improvement: 'c9-tone-neutral' } as const;

export function AuditFindings({ audit, projectKey, canRaise }: { readonly audit: AuditView; readonly projectKey: string | null; readonly canRaise: boolean }) {
  const [findings, setFindings] = useState<Answer<readonly AuditFinding[]> | null>(null);
  const [raised, setRaised] = useState<string | null>(null);
  const project = projectKey ?? 'ISMS';
  const load = useCallback(async () => { setFindings(await fetchAuditFindings(project, audit.id)); }, [project, audit.id]);
  useEffect(() => { void load(); }, [load]);
  const mayRaise = canRaise && (audit.status === 'in_progress' || audit.status === 'reported');

  return (
    <section className="c9-section" aria-labelledby="c9-findings-title" data-testid="audit-findings">
      <h2 id="c9-findings-title">Findings from this audit</h2>
      {raised !== null && (
        <p className="c9-state c9-state--success" role="status" data-testid="finding-raised">
          Raised <button type="button" className="c9-link" onClick={() => { openIssue(raised); }}>{raised}</button>: the finding is a Jira issue; work it from there.
        </p>
      )}
      {findings === null && <Loading what="the findings of this audit" />}
      {findings?.state === 'error' && <PageError error={findings.error} testId="findings-error" />}
      {findings?.state === 'ready' && (findings.data.length === 0 ? (
        <p className="c9-muted" data-testid="no-findings">No findings raised from {audit.id} yet.</p>
      ) : (
        <table className="c9-table" data-testid="findings-table">
          <thead><tr><th scope="col">Issue</th><th scope="col">Kind</th><th scope="col">Finding</th><th scope="col">Clauses / controls</th><th scope="col">Raised</th><th scope="col">Status</th></tr></thead>
          <tbody>
            {findings.data.map((finding) => (
              <tr key={finding.issueKey} data-issue={finding.issueKey}>
                <td><button type="button" className="c9-link" data-testid="finding-link" onClick={() => { openIssue(finding.issueKey); }}>{finding.issueKey}</button></td>
                <td>{finding.kind === null ? '' : <span className={`c9-badge ${KIND_TONES[finding.kind]}`}>{FINDING_KIND_LABELS[finding.kind]}</span>}</td>
                <td>{finding.summary}</td>
                <td>{finding.references.join(', ')}</td>
                <td>{finding.raisedOn ?? ''}</td>
                <td>{finding.statusName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <p className="c9-no-print"><button type="button" className="c9-link" onClick={() => { openIssueSearch(auditFindingsJql(project, audit.id)); }}>Open these findings in issue search</button></p>
      {mayRaise && <RaiseFindingForm audit={audit} onRaised={(issueKey) => { setRaised(issueKey); void load(); }} />}
      {canRaise && audit.status === 'planned' && <p className="c9-muted">Findings are raised once the audit has started.</p>}
    </section>
  );
}
