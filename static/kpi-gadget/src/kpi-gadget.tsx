// ISMS KPI trends: the chosen KPIs over the last periods with target, red/amber/green, latest value, trend arrow
// and staleness; compact (sparklines) or full charts.
import { useEffect, useState } from 'react';
import { z } from 'zod';

import { kpiGadgetConfigurationSchema } from '../../../src/contracts/gadget-configuration';
import { kpiGadgetViewSchema } from '../../../src/contracts/gadget-views';
import type { KpiGadgetView, KpiSummary } from '../../../src/contracts/gadget-views';
import type { GadgetContext } from '../../shared/context';
import { refreshOf, savedConfiguration } from '../../shared/context';
import { EditForm, RadioGroup } from '../../shared/edit-form';
import { formatValue } from '../../shared/kpi-values';
import type { CommonSettings } from '../../shared/edit-form';
import { invokeGadget } from '../../shared/invoke';
import type { Loaded } from '../../shared/invoke';
import { EmptyState, ErrorState, Freshness, Loading } from '../../shared/states';
import { bandsText } from './rag-bands';
import { TrendChart } from './trend-chart';

const kpiViewSchema = kpiGadgetViewSchema;
type KpiView = KpiGadgetView;

/** The resolver's fields plus `display` (compact sparklines or full charts; the resolver ignores it). */
const savedSchema = kpiGadgetConfigurationSchema.extend({ display: z.enum(['compact', 'full']).optional() });
type Saved = z.infer<typeof savedSchema>;

const PERIOD_CHOICES = [3, 6, 12, 24] as const;
const RAG_LABEL: Record<string, { readonly text: string; readonly tone: string; readonly icon: string }> = {
  red: { text: 'Red', tone: 'danger', icon: '●' },
  amber: { text: 'Amber', tone: 'warning', icon: '◆' },
  green: { text: 'Green', tone: 'success', icon: '✔' },
  no_data: { text: 'No data', tone: 'neutral', icon: '–' },
};
const TREND: Record<KpiSummary['trend'], { readonly arrow: string; readonly text: string }> = {
  improving: { arrow: '↗', text: 'improving' },
  worsening: { arrow: '↘', text: 'worsening' },
  flat: { arrow: '→', text: 'flat' },
  insufficient_data: { arrow: '·', text: 'not enough data for a trend' },
};

function KpiCard({ kpi, compact }: { readonly kpi: KpiSummary; readonly compact: boolean }) {
  const rag = RAG_LABEL[kpi.latest?.rag ?? 'no_data'] ?? { text: 'No data', tone: 'neutral', icon: '–' };
  const trend = TREND[kpi.trend];
  return (
    <li data-testid="kpi" data-kpi-id={kpi.id} data-stale={kpi.stale.status}>
      <div className="c9-row-title" style={{ justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <strong>{kpi.name}</strong>
        <span className="c9-meta">
          <span data-testid="kpi-latest">{kpi.latest?.value == null ? '—' : formatValue(kpi.latest.value, kpi.unit)}</span>
          <span className={`c9-badge c9-tone-${rag.tone}`}><span aria-hidden="true">{rag.icon}</span> {rag.text}</span>
          <span title={trend.text} data-testid="kpi-trend"><span aria-hidden="true">{trend.arrow}</span><span className="c9-visually-hidden">{trend.text}</span></span>
        </span>
      </div>
      <TrendChart kpi={kpi} compact={compact} />
      <div className="c9-meta c9-muted">
        <span>target {kpi.direction === 'higher_is_better' ? '≥' : '≤'} {formatValue(kpi.target, kpi.unit)}</span>
        {!compact && <span data-testid="kpi-bands">{bandsText(kpi)}</span>}
        {!compact && <span>{trend.text}</span>}
        {kpi.stale.status === 'stale' && (
          <span className="c9-badge c9-tone-warning" data-testid="kpi-stale">
            <span aria-hidden="true">◷</span> Stale: measurement {kpi.stale.daysOverdue} day{kpi.stale.daysOverdue === 1 ? '' : 's'} overdue (due {kpi.stale.dueBy})
          </span>
        )}
      </div>
    </li>
  );
}

function KpiList({ view, saved }: { readonly view: KpiView; readonly saved: Saved }) {
  if (view.kpis.length === 0) {
    return (
      <>
        <EmptyState title="No KPIs yet.">Define KPIs in Clause9 → KPIs and record measurements; their trends appear here after the next daily sweep.</EmptyState>
        <Freshness computedAt={view.computedAt} />
      </>
    );
  }
  const stale = view.kpis.filter((kpi) => kpi.stale.status === 'stale').length;
  return (
    <>
      {stale > 0 && <p className="c9-state c9-tone-warning">{stale} of {view.kpis.length} KPIs are stale: record their measurements.</p>}
      <ul className="c9-list" data-display={saved.display ?? 'full'}>{view.kpis.map((kpi) => <KpiCard key={kpi.id} kpi={kpi} compact={saved.display === 'compact'} />)}</ul>
      <Freshness computedAt={view.computedAt} />
    </>
  );
}

function KpiEdit({ saved, refresh }: { readonly saved: Saved; readonly refresh: number }) {
  const [common, setCommon] = useState<CommonSettings>({ project: saved.project ?? '', refresh });
  const [kpiIds, setKpiIds] = useState<string[] | undefined>(saved.kpiIds);
  const [periods, setPeriods] = useState(saved.periods ?? 12);
  const [display, setDisplay] = useState<'compact' | 'full'>(saved.display ?? 'full');
  const [available, setAvailable] = useState<Loaded<KpiView>>({ state: 'loading' });
  useEffect(() => {
    void invokeGadget('gadget/kpi-trends', kpiViewSchema, { periods: 2 }).then(setAvailable);
  }, []);
  const all = available.state === 'ready' ? available.data.kpis : [];
  const chosen = kpiIds ?? all.map((kpi) => kpi.id);
  const toggle = (id: string, on: boolean) => { setKpiIds(all.map((kpi) => kpi.id).filter((each) => (each === id ? on : chosen.includes(each)))); };
  const allChosen = kpiIds === undefined || (all.length > 0 && all.every((kpi) => kpiIds.includes(kpi.id)));
  return (
    <EditForm title="ISMS KPI trends" common={common} onCommon={setCommon}
      toSave={chosen.length === 0 && all.length > 0 ? 'Choose at least one KPI.' : chosen.length > 20 ? 'Choose at most 20 KPIs.' : { ...(allChosen ? {} : { kpiIds: chosen }), periods, display }}>
      <fieldset className="c9-field">
        <legend>KPIs</legend>
        {available.state === 'loading' && <span role="status">Loading KPIs…</span>}
        {available.state === 'error' && <ErrorState error={available.error} />}
        {available.state === 'ready' && all.length === 0 && <span className="c9-muted">No KPIs defined yet: all KPIs will show once there are some.</span>}
        {all.map((kpi) => (
          <label key={kpi.id} className="c9-check">
            <input type="checkbox" name="kpiIds" value={kpi.id} checked={chosen.includes(kpi.id)} onChange={(event) => { toggle(kpi.id, event.target.checked); }} />
            {kpi.name}
          </label>
        ))}
      </fieldset>
      <div className="c9-field">
        <label htmlFor="c9-periods">Period</label>
        <select id="c9-periods" value={periods} onChange={(event) => { setPeriods(Number(event.target.value)); }}>
          {PERIOD_CHOICES.map((count) => <option key={count} value={count}>Last {count} periods</option>)}
        </select>
      </div>
      <RadioGroup legend="Display" name="display" value={display} onChange={setDisplay}
        options={[{ value: 'full', label: 'Full charts' }, { value: 'compact', label: 'Compact (sparklines)' }]} />
    </EditForm>
  );
}

export function KpiGadget({ context }: { readonly context: GadgetContext }) {
  const saved = savedConfiguration(context.saved, savedSchema, {});
  const [load, setLoad] = useState<Loaded<KpiView>>({ state: 'loading' });
  useEffect(() => {
    if (context.mode === 'view') void invokeGadget('gadget/kpi-trends', kpiViewSchema).then(setLoad);
  }, [context.mode]);
  if (context.mode === 'edit') return <KpiEdit saved={saved} refresh={refreshOf(context.saved)} />;
  if (load.state === 'loading') return <Loading what="KPI trends" />;
  if (load.state === 'error') return <ErrorState error={load.error} />;
  return <KpiList view={load.data} saved={saved} />;
}
