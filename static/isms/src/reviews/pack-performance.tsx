// 9.3.2 d) feedback on information security performance, as trends over two periods: nonconformities and corrective
// actions, monitoring and measurement results (checks and KPIs), audit results, and the objectives.
import type { PeriodTrend } from '../../../../src/domain/management-review/period-trend';
import type { ReviewPack } from '../../../../src/domain/management-review/review-pack';
import { FINDING_KINDS } from '../../../../src/domain/finding';
import { CHECK_OUTCOMES } from '../../../../src/domain/monitoring-check';
import { InputBlock, NoData, Table } from './pack-blocks';
import { findingKindLabel, words } from './review-format';

const TREND_TONE = { improving: 'c9-tone-success', worsening: 'c9-tone-danger', flat: 'c9-tone-neutral', insufficient_data: 'c9-tone-neutral' } as const;
const RAG_TONE = { green: 'c9-tone-success', amber: 'c9-tone-warning', red: 'c9-tone-danger', no_data: 'c9-tone-neutral' } as const;

const count = (value: number | null): string => (value === null ? '—' : String(value));
const trendRow = (name: string, trend: PeriodTrend) => [name, count(trend.previous), count(trend.latest), <span className={`c9-lozenge ${TREND_TONE[trend.direction]}`}>{words(trend.direction)}</span>];
const TREND_HEAD = ['Measure', 'Previous period', 'Period under review', 'Trend'];

export function PerformanceBlocks({ pack }: { readonly pack: ReviewPack }) {
  const { missing } = pack;
  const nc = pack.nonconformities;
  const m = pack.monitoring;
  const au = pack.audits;
  const o = pack.objectives;
  return (
    <>
      <InputBlock input="nonconformities" missing={missing}>
        {nc === null ? <NoData /> : (
          <Table head={TREND_HEAD} rows={[
            trendRow('Nonconformities opened', nc.nonconformitiesOpened),
            trendRow('Nonconformities closed', nc.nonconformitiesClosed),
            trendRow('Corrective actions opened', nc.correctiveActionsOpened),
            trendRow('Corrective actions closed', nc.correctiveActionsClosed),
            trendRow('Corrective actions overdue', nc.correctiveActionsOverdue),
          ]} />
        )}
      </InputBlock>
      <InputBlock input="monitoring" missing={missing}>
        {m === null ? <NoData /> : (
          <>
            <Table caption="Monitoring checks" head={['Period', 'Checks due', 'Done on time', 'On time', ...CHECK_OUTCOMES.map(words)]} rows={m.periods.map((period) => [
              period.period.label, period.checksDue, period.checksDoneOnTime, period.onTimePercent === null ? '—' : `${period.onTimePercent}%`,
              ...CHECK_OUTCOMES.map((outcome) => period.outcomes[outcome] ?? 0),
            ])} />
            <p>KPIs: {m.kpisByRag.green} green, {m.kpisByRag.amber} amber, {m.kpisByRag.red} red, {m.kpisByRag.no_data} without data; {m.kpisWorsening.length} worsening, {m.kpisStale.length} not fed on schedule.</p>
            <Table caption="KPIs" head={['KPI', 'RAG', 'Trend', 'Fed on schedule']} rows={m.kpis.map((kpi) => [
              kpi.name, <span className={`c9-lozenge ${RAG_TONE[kpi.rag]}`}>{words(kpi.rag)}</span>, words(kpi.trend), kpi.stale ? 'no (stale)' : 'yes',
            ])} />
          </>
        )}
      </InputBlock>
      <InputBlock input="audits" missing={missing}>
        {au === null ? <NoData /> : (
          <Table head={['Period', 'Audits planned', 'Audits held', ...FINDING_KINDS.map(findingKindLabel)]} rows={au.periods.map((period) => [
            period.period.label, period.auditsPlanned, period.auditsHeld, ...FINDING_KINDS.map((kind) => period.findings[kind] ?? 0),
          ])} />
        )}
      </InputBlock>
      <InputBlock input="objectives" missing={missing}>
        {o === null ? <NoData /> : (
          <>
            <p>{o.achieved} achieved, {o.notAchieved} not achieved, {o.notEvaluated} not evaluated.</p>
            <Table head={['Objective', 'Target', 'Actual', 'Achieved']} rows={o.objectives.map((objective) => [
              objective.title, objective.target, objective.actual ?? 'not measured', objective.achieved === null ? 'not evaluated' : objective.achieved ? 'yes' : 'no',
            ])} />
          </>
        )}
      </InputBlock>
    </>
  );
}
