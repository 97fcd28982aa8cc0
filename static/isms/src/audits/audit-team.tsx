// The audit team with an independence warning next to each person who would audit their own work (9.2.2 c).
import { useDisplayNames } from '../../../shared/people';
import type { AuditView, IndependenceConflict } from './api';

/** The lead first, then the rest of the team (the lead may be missing from `auditors` in older records). */
export function teamOf(audit: Pick<AuditView, 'auditors' | 'leadAuditor'>): string[] {
  const rest = audit.auditors.filter((accountId) => accountId !== audit.leadAuditor);
  return audit.leadAuditor === null ? rest : [audit.leadAuditor, ...rest];
}

export function AuditTeam({ audit, conflicts }: { readonly audit: AuditView; readonly conflicts: readonly IndependenceConflict[] }) {
  const team = teamOf(audit);
  const names = useDisplayNames(team);
  const nameOf = (accountId: string) => names.get(accountId) ?? accountId;
  return (
    <section className="c9-section" aria-labelledby="c9-team-title" data-testid="audit-team">
      <h2 id="c9-team-title">Audit team</h2>
      {team.length === 0 && <p className="c9-state c9-state--warning">No auditors yet: choose a team and a lead auditor before the audit can start.</p>}
      {audit.leadAuditor === null && team.length > 0 && <p className="c9-state c9-state--warning">No lead auditor yet: the audit cannot start without one.</p>}
      <ul className="c9-list">
        {team.map((accountId) => {
          const own = conflicts.filter((conflict) => conflict.accountId === accountId);
          return (
            <li key={accountId} data-testid="team-member" data-account={accountId} data-conflicts={own.length}>
              <strong>{nameOf(accountId)}</strong> <span className="c9-muted">{accountId === audit.leadAuditor ? 'Lead auditor' : 'Auditor'}</span>
              {own.length > 0 && (
                <div className="c9-state c9-state--warning c9-aud-warning" role="alert" data-testid="independence-warning">
                  <strong>Not independent of this audit’s scope:</strong>
                  <ul>{own.map((conflict, index) => <li key={`${conflict.subject}-${index}`}>{conflict.reason.replace(accountId, nameOf(accountId))}</li>)}</ul>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {conflicts.length > 0 && audit.status === 'planned' && <p className="c9-muted">The audit cannot start until the team is independent: replace the people marked above.</p>}
    </section>
  );
}
