// The KPI register: every KPI with its latest value, RAG, trend, when it was last measured and whether it is overdue;
// above it the KPIs whose measurement is overdue; tools to define KPIs, import and export measurements.
import { useCallback, useEffect, useState } from 'react';

import type { Answer } from '../../../shared/invoke';
import { useDisplayNames } from '../../../shared/people';
import { EmptyState, Loading, PageError } from '../../../shared/states';
import { CsvImport } from './csv-import';
import { ExportButton } from './csv-download';
import { fetchKpis, fetchStaleKpis, type KpiView, type StaleKpi } from './kpi-api';
import { RagLozenge, ScheduleMark, TrendMark } from './kpi-badges';
import { formatValue, periodLabel, targetText } from './kpi-format';
import { StaleList } from './stale-list';

type Lists = { readonly kpis: Answer<KpiView[]>; readonly stale: Answer<StaleKpi[]> };

export function KpiList({ canManage, navigate }: { readonly canManage: boolean; readonly navigate: (path: string) => void }) {
  const [includeRetired, setIncludeRetired] = useState(false);
  const [lists, setLists] = useState<Lists | null>(null);
  const [importing, setImporting] = useState(false);

  const load = useCallback(async () => {
    const [kpis, stale] = await Promise.all([fetchKpis(includeRetired), fetchStaleKpis()]);
    setLists({ kpis, stale });
  }, [includeRetired]);
  useEffect(() => { void load(); }, [load]);

  const people = lists?.kpis.state === 'ready' ? lists.kpis.data.map((view) => view.kpi.definition.owner) : [];
  const staleIds = lists?.stale.state === 'ready' ? lists.stale.data.flatMap((row) => [row.owner, row.collector]) : [];
  const names = useDisplayNames([...people, ...staleIds]);
  const nameOf = (accountId: string) => names.get(accountId) ?? accountId;

  return (
    <>
      <h1>KPIs</h1>
      <p className="c9-muted">Key performance indicators in the ISO/IEC 27004 measurement model: what management needs to know, how it is measured and when it is red.</p>
      <div className="c9-toolbar c9-no-print" role="toolbar" aria-label="KPI actions">
        {canManage && <button type="button" className="c9-button c9-button--primary" onClick={() => { navigate('/kpis/_new'); }} data-testid="new-kpi">Define a KPI</button>}
        {canManage && <button type="button" className="c9-button" aria-expanded={importing} onClick={() => { setImporting(!importing); }} data-testid="open-import">Import measurements (CSV)</button>}
        <ExportButton label="Export all measurements (CSV)" />
        <label className="c9-check">
          <input type="checkbox" checked={includeRetired} onChange={(event) => { setIncludeRetired(event.target.checked); }} data-testid="include-retired" />
          Show retired KPIs
        </label>
        <button type="button" className="c9-button c9-button--subtle" onClick={() => { window.print(); }}>Print</button>
      </div>
      {!canManage && <p className="c9-muted" data-testid="read-only-note">Read-only: only ISMS managers define KPIs and record measurements.</p>}
      {importing && <CsvImport onClose={() => { setImporting(false); }} onImported={() => { void load(); }} />}
      {lists === null && <Loading what="KPIs" />}
      {lists?.stale.state === 'error' && <PageError error={lists.stale.error} />}
      {lists?.stale.state === 'ready' && <StaleList rows={lists.stale.data} nameOf={nameOf} navigate={navigate} />}
      {lists?.kpis.state === 'error' && <PageError error={lists.kpis.error} />}
      {lists?.kpis.state === 'ready' && <KpiTable kpis={lists.kpis.data} nameOf={nameOf} navigate={navigate} canManage={canManage} />}
    </>
  );
}

function KpiTable({ kpis, nameOf, navigate, canManage }: {
  readonly kpis: readonly KpiView[];
  readonly nameOf: (accountId: string) => string;
  readonly navigate: (path: string) => void;
  readonly canManage: boolean;
}) {
  if (kpis.length === 0) {
    return (
      <EmptyState title="No KPIs defined yet">
        {canManage ? 'Define the first KPI with “Define a KPI”: its information need, measures, target and thresholds.' : 'An ISMS manager defines the KPIs; ask them to add the first one.'}
      </EmptyState>
    );
  }
  const sorted = [...kpis].sort((a, b) => a.kpi.definition.id.localeCompare(b.kpi.definition.id));
  return (
    <section className="c9-section" aria-labelledby="c9-kpi-register">
      <h2 id="c9-kpi-register">KPI register</h2>
      <div className="c9-table-scroll">
        <table className="c9-table c9-kpi-table" data-testid="kpi-table">
          <thead>
            <tr>
              <th scope="col">KPI</th><th scope="col">Latest value</th><th scope="col">RAG</th><th scope="col">Trend</th>
              <th scope="col">Target</th><th scope="col">Last measured</th><th scope="col">Schedule</th><th scope="col">Owner</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((view) => {
              const definition = view.kpi.definition;
              const frequency = definition.collectionFrequency;
              return (
                <tr key={definition.id} data-testid="kpi-row" data-kpi={definition.id} data-stale={view.staleness?.status === 'stale'}>
                  <th scope="row">
                    <button type="button" className="c9-link" onClick={() => { navigate(`/kpis/${definition.id}`); }}>{definition.name}</button>
                    <div className="c9-muted">{definition.id}</div>
                  </th>
                  <td data-testid="latest-value">{view.latest === null ? <span className="c9-muted">no data</span> : formatValue(view.latest.value, definition.unit)}</td>
                  <td><RagLozenge rag={view.latest?.rag ?? 'no_data'} /></td>
                  <td><TrendMark trend={view.trend} /></td>
                  <td>{targetText(definition.direction, definition.target, definition.unit)}</td>
                  <td data-testid="last-measured">{view.latest === null ? <span className="c9-muted">never in the last {view.points.length} periods</span> : periodLabel(frequency, view.latest.periodStart)}</td>
                  <td><ScheduleMark view={view} frequency={frequency} /></td>
                  <td>{nameOf(definition.owner)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
