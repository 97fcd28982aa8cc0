// One KPI: its status at a glance, the chart of its measurements, the form to record one, every stored measurement
// with who recorded it, when and from where, and the full ISO/IEC 27004 definition with its change history.
import { useCallback, useEffect, useState } from 'react';

import { recentPeriods } from '../../../../src/domain/kpi/kpi-window';
import { daysBetween, type LocalDate } from '../../../../src/domain/local-date';
import type { Loaded } from '../../../shared/invoke';
import { Loading, PageError } from '../../../shared/states';
import { ExportButton } from './csv-download';
import { DefinitionView } from './definition-view';
import { fetchKpi, type KpiDetail } from './kpi-api';
import { RagLozenge, ScheduleMark, TrendMark } from './kpi-badges';
import { KpiChart } from './kpi-chart';
import { formatValue, periodLabel, targetText } from './kpi-format';
import { MeasurementForm } from './measurement-form';
import { MeasurementTable } from './measurement-table';
import { RetireForm } from './retire-form';

const WINDOW_CHOICES = [12, 24, 36] as const;
/** The longest window kpis/get answers (src/app/get-kpi.ts MAX_WINDOW_DAYS). */
const MAX_WINDOW_DAYS = 1_100;

export function KpiDetailView({ kpiId, canManage, navigate }: { readonly kpiId: string; readonly canManage: boolean; readonly navigate: (path: string) => void }) {
  const [from, setFrom] = useState<LocalDate | undefined>(undefined);
  const [detail, setDetail] = useState<Loaded<KpiDetail>>({ state: 'loading' });
  const [retiring, setRetiring] = useState(false);

  const load = useCallback(async () => { setDetail(await fetchKpi(kpiId, from)); }, [kpiId, from]);
  useEffect(() => { void load(); }, [load]);

  const back = <button type="button" className="c9-link c9-no-print" onClick={() => { navigate('/kpis'); }} data-testid="back-to-list">← All KPIs</button>;
  if (detail.state === 'loading') return <>{back}<Loading what={`KPI ${kpiId}`} /></>;
  if (detail.state === 'error') return <>{back}<h1>KPI {kpiId}</h1><PageError error={detail.error} /></>;

  const view = detail.data;
  const definition = view.kpi.definition;
  const frequency = definition.collectionFrequency;
  const active = view.kpi.status === 'active';
  const windows = WINDOW_CHOICES.map((count) => ({ count, from: recentPeriods(frequency, view.window.to, count).from })).filter((choice) => daysBetween(choice.from, view.window.to) <= MAX_WINDOW_DAYS);
  const chosen = windows.find((choice) => choice.from === view.window.from)?.count ?? 12;

  return (
    <article data-testid="kpi-detail" data-kpi={definition.id}>
      {back}
      <h1>{definition.name} <span className="c9-muted c9-kpi-id">{definition.id}</span></h1>
      <div className="c9-inline c9-kpi-status">
        <RagLozenge rag={view.latest?.rag ?? 'no_data'} />
        <TrendMark trend={view.trend} />
        <ScheduleMark view={view} frequency={frequency} />
        <span className="c9-muted">Definition version {view.version}</span>
      </div>
      <div className="c9-toolbar c9-no-print" role="toolbar" aria-label="KPI actions">
        {canManage && active && <button type="button" className="c9-button" onClick={() => { navigate(`/kpis/${definition.id}/edit`); }} data-testid="edit-kpi">Edit definition</button>}
        {canManage && active && <button type="button" className="c9-button" aria-expanded={retiring} onClick={() => { setRetiring(!retiring); }} data-testid="retire-kpi">Retire KPI</button>}
        <ExportButton label="Export measurements (CSV)" kpiId={definition.id} />
        <button type="button" className="c9-button c9-button--subtle" onClick={() => { window.print(); }}>Print</button>
      </div>
      {retiring && <RetireForm view={view} onCancel={() => { setRetiring(false); }} onRetired={() => { setRetiring(false); void load(); }} />}
      {view.kpi.status === 'retired' && (
        <p className="c9-state c9-state--warning" data-testid="retired-note">Retired on {view.kpi.retiredOn}: {view.kpi.retirementReason} It takes no new measurements; its definition and measurements stay as evidence.</p>
      )}
      <dl className="c9-kpi-facts">
        <div><dt>Latest value</dt><dd data-testid="detail-latest">{view.latest === null ? 'no data' : `${formatValue(view.latest.value, definition.unit)} (${periodLabel(frequency, view.latest.periodStart)})`}</dd></div>
        <div><dt>Target</dt><dd>{targetText(definition.direction, definition.target, definition.unit)}</dd></div>
        <div><dt>Collected</dt><dd>{periodLabel(frequency, view.window.from)} – {periodLabel(frequency, view.window.to)} shown</dd></div>
      </dl>
      <section className="c9-section" aria-labelledby="c9-chart-title">
        <div className="c9-section-head">
          <h2 id="c9-chart-title">Measurements over time</h2>
          <div className="c9-field c9-inline c9-no-print">
            <label htmlFor="c9-window">Show</label>
            <select id="c9-window" value={chosen} onChange={(event) => { setFrom(windows.find((choice) => choice.count === Number(event.target.value))?.from); }}>
              {windows.map((choice) => <option key={choice.count} value={choice.count}>last {choice.count} periods</option>)}
            </select>
          </div>
        </div>
        <KpiChart detail={view} />
      </section>
      {canManage && active && <MeasurementForm view={view} onRecorded={() => { void load(); }} />}
      <MeasurementTable view={view} />
      <DefinitionView view={view} />
    </article>
  );
}
