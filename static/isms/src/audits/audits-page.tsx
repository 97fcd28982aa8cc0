// The internal audit programme (ISO/IEC 27001 9.2.2): the cycle as a month grid with its coverage gaps and
// independence conflicts, the list of audits, and (subPath = audit id) one audit with its lifecycle and findings.
// Everything comes from the audit resolver; ISMS managers edit, everyone who can browse the project reads.
import { useCallback, useEffect, useState } from 'react';

import type { ResolverError } from '../../../../src/contracts/envelope';
import { EmptyState, Loading, PageError } from '../../../shared/states';
import type { SubPageProps } from '../sub-page';
import type { IsmsAccess } from '../../../../src/contracts/isms-access';
import { accessOrReadOnly, fetchIsmsAccess } from '../isms-access';
import { fetchProgramme, type ProgrammeView } from './api';
import { AuditDetail } from './audit-detail';
import { PlanProgrammeForm } from './plan-programme-form';
import { ProgrammeOverview } from './programme-overview';
import './audits.css';

type Load = { readonly state: 'loading' } | { readonly state: 'error'; readonly error: ResolverError } | { readonly state: 'ready'; readonly programme: ProgrammeView | null; readonly access: IsmsAccess };

export function AuditsPage({ projectKey, subPath, navigate }: SubPageProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  const reload = useCallback(async () => {
    const [programme, access] = await Promise.all([fetchProgramme(), fetchIsmsAccess()]);
    if (programme.state === 'error') { setLoad({ state: 'error', error: programme.error }); return; }
    // Without the access answer the page still shows the programme, read-only.
    setLoad({ state: 'ready', programme: programme.data, access: accessOrReadOnly(access) });
  }, []);

  useEffect(() => { void reload(); }, [reload]);

  if (load.state === 'loading') return <><h1>Audit programme</h1><Loading what="the audit programme" /></>;
  if (load.state === 'error') return <><h1>Audit programme</h1><PageError error={load.error} /></>;
  const { programme, access } = load;
  if (programme === null) {
    return (
      <>
        <h1>Audit programme</h1>
        {access.canManage ? <PlanProgrammeForm today={new Date().toISOString().slice(0, 10)} onPlanned={() => { void reload(); }} /> : (
          <EmptyState title="No audit programme yet">
            An ISMS manager plans the internal audit programme for a cycle (usually 12 months) so that clauses 4–10 and every
            applicable Annex A control are audited. Ask your ISMS manager to plan it; it then appears here as a month grid.
          </EmptyState>
        )}
      </>
    );
  }
  const auditId = subPath.split('/')[0] ?? '';
  if (auditId !== '') {
    const audit = programme.audits.find((candidate) => candidate.id === auditId);
    if (audit === undefined) {
      return (
        <>
          <h1>Audit programme</h1>
          <p className="c9-state c9-state--error" role="alert" data-testid="audit-not-found">
            Programme {programme.id} has no audit “{auditId}”.{' '}
            <button type="button" className="c9-link" onClick={() => { navigate('/audits'); }}>Back to the programme</button>
          </p>
        </>
      );
    }
    return <AuditDetail key={audit.id} programme={programme} audit={audit} access={access} projectKey={projectKey} navigate={navigate} onChanged={reload} />;
  }
  return <ProgrammeOverview programme={programme} access={access} navigate={navigate} onChanged={reload} />;
}
