// The KPIs sub-page of the ISMS page. Routes (subPath): "" the KPI register, "<KPI id>" one KPI, "<KPI id>/edit" its
// definition editor, "_new" a new definition ("_" cannot start a KPI id, so the route never hides a KPI).
import './kpis.css';

import { useEffect, useState } from 'react';

import type { SubPageProps } from '../sub-page';
import { DefinitionEditor } from './definition-editor';
import { fetchIsmsAccess } from '../isms-access';
import { KpiDetailView } from './kpi-detail';
import { KpiList } from './kpi-list';

export const NEW_KPI_ROUTE = '_new';

/** Whether the user may edit; false (read-only) until the resolver says otherwise, and when it cannot say. */
function useCanManage(): boolean {
  const [canManage, setCanManage] = useState(false);
  useEffect(() => {
    void fetchIsmsAccess().then((answer) => { setCanManage(answer.state === 'ready' && answer.data.canManage); });
  }, []);
  return canManage;
}

export function KpisPage({ accountId, subPath, navigate }: SubPageProps) {
  const canManage = useCanManage();
  const [kpiId = '', action = ''] = subPath.split('/');
  if (kpiId === '') return <KpiList canManage={canManage} navigate={navigate} />;
  if (kpiId === NEW_KPI_ROUTE) return <DefinitionEditor key="new" kpiId={null} accountId={accountId} canManage={canManage} navigate={navigate} />;
  if (action === 'edit') return <DefinitionEditor key={`edit-${kpiId}`} kpiId={kpiId} accountId={accountId} canManage={canManage} navigate={navigate} />;
  return <KpiDetailView key={kpiId} kpiId={kpiId} canManage={canManage} navigate={navigate} />;
}
