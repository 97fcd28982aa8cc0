// The programme at a glance: what the cycle is, what it still leaves uncovered, who is not independent where, the
// month grid and the audit list; the ownership register the independence check reads sits below them.
import { useDisplayNames } from '../../../shared/people';
import type { IsmsAccess } from '../../../../src/contracts/isms-access';
import type { ProgrammeView } from './api';
import { AuditList } from './audit-list';
import { CoverageGaps } from './coverage-gaps';
import { STATUS_LABELS, STATUS_TONES, cycleMonths, monthLabel, statusCounts } from './grid-model';
import { OwnershipSection } from './ownership-section';
import { ProgrammeGrid } from './programme-grid';

const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

export function ProgrammeOverview({ programme, access, navigate, onChanged }: {
  readonly programme: ProgrammeView;
  readonly access: IsmsAccess;
  readonly navigate: (path: string) => void;
  readonly onChanged: () => Promise<void>;
}) {
  const names = useDisplayNames([programme.plannedBy, ...programme.conflicts.map((conflict) => conflict.accountId)]);
  const nameOf = (accountId: string) => names.get(accountId) ?? accountId;
  const counts = statusCounts(programme.audits);
  const lastMonth = cycleMonths(programme.cycle).at(-1) ?? programme.cycle.start;
  return (
    <>
      <div className="c9-aud-header">
        <div>
          <h1>Audit programme {programme.id}</h1>
          <p className="c9-muted" data-testid="programme-summary">
            Cycle {monthLabel(programme.cycle.start)} – {monthLabel(lastMonth)} ({programme.cycle.months} months) · planned {when(programme.plannedAt)} by {nameOf(programme.plannedBy)} · version {programme.version}
          </p>
        </div>
        <div className="c9-no-print"><button type="button" className="c9-button" onClick={() => { window.print(); }}>Print programme</button></div>
      </div>
      <ul className="c9-aud-counts" aria-label="Audits by status">
        {(Object.keys(counts) as (keyof typeof counts)[]).map((status) => (
          <li key={status}><span className={`c9-lozenge ${STATUS_TONES[status]}`}>{STATUS_LABELS[status]}</span> <strong>{counts[status]}</strong></li>
        ))}
        {!access.canManage && <li className="c9-muted" data-testid="read-only-note">Read-only: only ISMS managers change the programme.</li>}
      </ul>
      <CoverageGaps programme={programme} />
      {programme.conflicts.length > 0 && (
        <section className="c9-section c9-aud-conflicts" aria-labelledby="c9-conflicts-title" data-testid="programme-conflicts">
          <h2 id="c9-conflicts-title">Independence conflicts ({programme.conflicts.length})</h2>
          <p>Auditors must not audit their own work (9.2.2 c). Change the team of these audits before they start:</p>
          <ul className="c9-list">
            {programme.conflicts.map((conflict, index) => (
              <li key={`${conflict.auditId}-${conflict.accountId}-${index}`}>
                <button type="button" className="c9-link" onClick={() => { navigate(`/audits/${conflict.auditId}`); }}>{conflict.auditId}</button>{' '}
                <strong>{nameOf(conflict.accountId)}</strong>: {conflict.reason.replace(conflict.accountId, nameOf(conflict.accountId))}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ProgrammeGrid programme={programme} navigate={navigate} />
      <AuditList programme={programme} navigate={navigate} />
      <OwnershipSection canManage={access.canManage} onSaved={onChanged} />
    </>
  );
}

