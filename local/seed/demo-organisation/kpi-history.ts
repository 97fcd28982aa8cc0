// 18 months of KPI measurements ending with the last complete period before the demo's "today", telling a story:
// incidents and response times falling, phishing clicks down after training, patching recovering from a dip,
// corrective actions still amber, and the awareness KPI not fed for two quarters (stale).
import type { KpiDefinition, KpiMeasurement } from '../../../src/domain/kpi';
import { nextPeriodStart, periodOf } from '../../../src/domain/kpi';
import type { LocalDate } from '../../../src/domain/local-date';
import { addDays, addMonths, minLocalDate } from '../../../src/domain/local-date';

type Values = number | Record<string, number>;

/** Deterministic noise in [-1, 1] from a KPI id and a period index, so every run seeds the same history. */
function noise(seed: string, index: number): number {
  let hash = 2166136261;
  for (const char of `${seed}#${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return ((hash >>> 0) % 2001) / 1000 - 1;
}

/** `from` → `to` over `count` periods, plus noise of ± `spread`. Index 0 is the oldest period. */
function path(seed: string, index: number, count: number, from: number, to: number, spread: number): number {
  return from + ((to - from) * index) / Math.max(1, count - 1) + noise(seed, index) * spread;
}

const round = (value: number, digits = 0): number => Number(value.toFixed(digits));

const STORIES: Record<string, (index: number, count: number) => Values> = {
  'KPI-INC': (i, n) => Math.max(0, round(path('inc', i, n, 6.5, 2, 1.2))),
  'KPI-MTTR': (i, n) => {
    const incidents = Math.max(1, round(path('inc', i, n, 6.5, 2, 1.2)));
    return { response_hours: round(incidents * path('mttr', i, n, 9.5, 3.4, 0.8), 1), incidents_responded: incidents };
  },
  'KPI-PHISH': (i, n) => {
    const sent = 412 + i * 4;
    const rate = i === n - 5 ? 7.4 : path('phish', i, n, 9, 2.6, 0.7); // a spike when a new campaign template landed
    return { clicked: round((sent * rate) / 100), sent };
  },
  'KPI-PATCH': (i, n) => {
    const due = 40 + round(noise('patch-due', i) * 8);
    const pct = i >= n - 9 && i <= n - 7 ? 78 + i - (n - 9) : path('patch', i, n, 84, 96.5, 1.5); // the migration dip
    return { patched_in_sla: Math.min(due, round((due * pct) / 100)), due };
  },
  'KPI-CHK': (i, n) => {
    const due = 52 + round(noise('chk-due', i) * 4);
    return { done_on_time: Math.min(due, round((due * path('chk', i, n, 70, 92, 3)) / 100)), checks_due: due };
  },
  'KPI-CA': (i, n) => {
    const closed = 5 + round(Math.abs(noise('ca-closed', i)) * 5);
    return { closed_on_time: Math.min(closed, round((closed * path('ca', i, n, 58, 80, 6)) / 100)), closed };
  },
  'KPI-AWARE': (i) => [86, 88, 91, 93, 96, 97][i] ?? 95,
};

/** How many of the most recent periods have no measurement (the KPI is stale). */
const GAPS: Record<string, number> = { 'KPI-AWARE': 2 };

export function demoMeasurements(definitions: readonly KpiDefinition[], today: LocalDate): KpiMeasurement[] {
  const measurements: KpiMeasurement[] = [];
  for (const definition of definitions) {
    const story = STORIES[definition.id];
    if (story === undefined) throw new Error(`no history story for ${definition.id}`);
    const frequency = definition.collectionFrequency;
    const current = periodOf(frequency, today);
    let start = periodOf(frequency, addMonths(today, -18));
    const periods: LocalDate[] = [];
    while (start < current) {
      periods.push(start);
      start = nextPeriodStart(frequency, start);
    }
    const kept = periods.slice(0, periods.length - (GAPS[definition.id] ?? 0));
    kept.forEach((periodStart, index) => {
      const values = story(index, periods.length);
      const recordedOn = minLocalDate(addDays(nextPeriodStart(frequency, periodStart), 2), today);
      const recordedAt = `${recordedOn}T09:15:00.000Z`;
      const facts = { kpiId: definition.id, periodStart, recordedBy: definition.collector, recordedAt, source: definition.dataSource };
      measurements.push(typeof values === 'number' ? { ...facts, value: values } : { ...facts, baseValues: values });
    });
  }
  return measurements;
}
