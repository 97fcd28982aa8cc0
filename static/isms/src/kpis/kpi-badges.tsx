// The small status marks the KPI list and detail share: RAG lozenge, trend arrow, schedule (stale) marker.
import type { KpiTrend, Rag } from '../../../../src/domain/kpi';
import type { KpiFrequency } from '../../../../src/domain/kpi/kpi-frequency';
import type { KpiView } from './kpi-api';
import { daysText, periodLabel, RAG_LABEL, RAG_TONE, trendWords } from './kpi-format';

export function RagLozenge({ rag }: { readonly rag: Rag }) {
  return <span className={`c9-lozenge ${RAG_TONE[rag]}`} data-testid="rag" data-rag={rag}>{RAG_LABEL[rag]}</span>;
}

export function TrendMark({ trend }: { readonly trend: Pick<KpiTrend, 'direction' | 'slopePerPeriod'> }) {
  const words = trendWords(trend);
  return (
    <span className={`c9-badge ${words.tone}`} data-testid="trend" data-trend={trend.direction} title={words.label}>
      <span aria-hidden="true">{words.arrow}</span> {words.label}
    </span>
  );
}

/** Overdue (with how long and which period is missing), on schedule (next due), or retired. */
export function ScheduleMark({ view, frequency }: { readonly view: Pick<KpiView, 'staleness' | 'kpi'>; readonly frequency: KpiFrequency }) {
  const { staleness } = view;
  if (view.kpi.status === 'retired') return <span className="c9-lozenge c9-tone-neutral" data-testid="schedule" data-status="retired">Retired {view.kpi.retiredOn}</span>;
  if (staleness === null) return null;
  if (staleness.status === 'stale') {
    return (
      <span className="c9-lozenge c9-tone-danger" data-testid="schedule" data-status="stale" title={`The value for ${periodLabel(frequency, staleness.missingPeriodStart)} was due by ${staleness.dueBy}`}>
        Overdue {daysText(staleness.daysOverdue)}
      </span>
    );
  }
  return <span className="c9-muted" data-testid="schedule" data-status="fresh">Next due by {staleness.dueBy}</span>;
}
