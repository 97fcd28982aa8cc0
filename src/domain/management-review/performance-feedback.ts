// 9.3.2 d): feedback on information security performance, as trends over reporting periods (oldest first; the
// latest period is the one under review).
import { DomainError } from '../domain-error';
import { FINDING_KINDS, isNonconformity, type FindingKind } from '../finding';
import type { Rag } from '../kpi';
import { compareLocalDates } from '../local-date';
import { CHECK_OUTCOMES, type CheckOutcome } from '../monitoring-check';
import { periodTrend } from './period-trend';
import type { AuditSection, MonitoringSection, NonconformitySection, ObjectivesSection } from './review-pack';
import type { AuditPeriod, MonitoringInput, NonconformityPeriod, ReportingPeriod, SecurityObjectiveSummary } from './review-pack-inputs';

const RAGS: readonly Rag[] = ['red', 'amber', 'green', 'no_data'];

function chronological<P extends { readonly period: ReportingPeriod }>(field: string, periods: readonly P[]): P[] {
  for (const { period } of periods) {
    if (compareLocalDates(period.from, period.to) > 0) {
      throw new DomainError('INVALID_INPUT', `${field}.period "${period.label}" ends (${period.to}) before it starts (${period.from})`, { field: `${field}.period` });
    }
  }
  return [...periods].sort((a, b) => compareLocalDates(a.period.from, b.period.from));
}

function requireCount(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new DomainError('INVALID_INPUT', `${field} must be a whole number of 0 or more, got ${value}`, { field, value });
  return value;
}

export function nonconformitySection(input: readonly NonconformityPeriod[]): NonconformitySection {
  const periods = chronological('nonconformities', input);
  const series = (key: Exclude<keyof NonconformityPeriod, 'period'>): number[] => periods.map((p) => requireCount(`nonconformities.${key}`, p[key]));
  return {
    periods,
    nonconformitiesOpened: periodTrend(series('nonconformitiesOpened'), 'lower'),
    nonconformitiesClosed: periodTrend(series('nonconformitiesClosed'), 'higher'),
    correctiveActionsOpened: periodTrend(series('correctiveActionsOpened'), 'lower'),
    correctiveActionsClosed: periodTrend(series('correctiveActionsClosed'), 'higher'),
    correctiveActionsOverdue: periodTrend(series('correctiveActionsOverdue'), 'lower'),
  };
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

export function monitoringSection(input: MonitoringInput): MonitoringSection {
  const periods = chronological('monitoring', input.periods).map((p) => {
    const due = requireCount('monitoring.checksDue', p.checksDue);
    const onTime = requireCount('monitoring.checksDoneOnTime', p.checksDoneOnTime);
    if (onTime > due) throw new DomainError('INVALID_INPUT', `monitoring.checksDoneOnTime (${onTime}) must not exceed checksDue (${due})`, { field: 'monitoring.checksDoneOnTime' });
    return { ...p, onTimePercent: percent(onTime, due) };
  });
  const latest = periods.at(-1)?.outcomes ?? {};
  const outcomes = Object.fromEntries(CHECK_OUTCOMES.map((o) => [o, latest[o] ?? 0])) as Record<CheckOutcome, number>;
  const kpisByRag = Object.fromEntries(RAGS.map((rag) => [rag, input.kpis.filter((kpi) => kpi.rag === rag).length])) as Record<Rag, number>;
  return {
    periods,
    checksOnTime: periodTrend(periods.map((p) => p.onTimePercent), 'higher'),
    outcomes,
    kpis: input.kpis,
    kpisByRag,
    kpisWorsening: input.kpis.filter((kpi) => kpi.trend === 'worsening'),
    kpisStale: input.kpis.filter((kpi) => kpi.stale),
  };
}

export function auditSection(input: readonly AuditPeriod[]): AuditSection {
  const periods = chronological('audits', input);
  const nonconformitiesIn = (p: AuditPeriod): number => FINDING_KINDS.filter(isNonconformity).reduce((sum, kind) => sum + (p.findings[kind] ?? 0), 0);
  const latest = periods.at(-1)?.findings ?? {};
  return {
    periods,
    auditsHeld: periodTrend(periods.map((p) => requireCount('audits.auditsHeld', p.auditsHeld)), 'higher'),
    nonconformities: periodTrend(periods.map(nonconformitiesIn), 'lower'),
    findingsByKind: Object.fromEntries(FINDING_KINDS.map((kind) => [kind, latest[kind] ?? 0])) as Record<FindingKind, number>,
  };
}

export function objectivesSection(objectives: readonly SecurityObjectiveSummary[]): ObjectivesSection {
  return {
    objectives,
    achieved: objectives.filter((o) => o.achieved === true).length,
    notAchieved: objectives.filter((o) => o.achieved === false).length,
    notEvaluated: objectives.filter((o) => o.achieved === null).length,
  };
}
