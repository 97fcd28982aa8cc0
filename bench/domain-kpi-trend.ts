// Benchmark: a 10-year daily KPI series (3,650 points) — build the series with a RAG evaluation of every point,
// then trend (least-squares slope) and a 30-day moving average. Warm-up runs first; the figure is the median.
// Alone: `npx tsx bench/domain-kpi-trend.ts`; with the others: `npm run bench`.
import type { KpiDefinition, KpiMeasurement } from '../src/domain/kpi';
import { series, trend } from '../src/domain/kpi';
import type { LocalDate } from '../src/domain/local-date';
import { addDays, localDate } from '../src/domain/local-date';
import type { BenchResult } from './bench-result';

const DAYS = 3650;
const WARM_UP_RUNS = 5;
const MEASURED_RUNS = 31;
const START = localDate('2016-01-01');
const END = addDays(START, DAYS - 1);

const definition: KpiDefinition = {
  id: 'KPI-PHISHING-CLICK-RATE',
  name: 'Phishing simulation click rate',
  informationNeed: 'Is staff awareness of phishing improving?',
  baseMeasures: [
    { name: 'clicked', unit: 'people', measurementMethod: 'Recipients who clicked the simulated link' },
    { name: 'sent', unit: 'people', measurementMethod: 'Recipients of the simulation' },
  ],
  derivedMeasures: [{ name: 'click_rate', unit: '%', formula: 'clicked / sent * 100' }],
  indicator: { measure: 'click_rate', analyticalModel: 'Share of recipients who clicked' },
  unit: '%',
  direction: 'lower_is_better',
  target: 2,
  decisionCriteria: { green: 3, amber: 8 },
  collectionFrequency: 'daily',
  reportingFrequency: 'monthly',
  owner: 'acc-mr-1',
  collector: 'acc-analyst-1',
  audience: ['ISMS Steering Committee'],
  dataSource: { kind: 'automated', sourceName: 'phishing-simulator' },
  effectiveFrom: START,
};

/** Base-measure values through the formula (the slower path); one day in 50 missing, one in 97 with 0 sent. */
function measurements(): KpiMeasurement[] {
  const result: KpiMeasurement[] = [];
  for (let day = 0; day < DAYS; day += 1) {
    if (day % 50 === 49) continue;
    const periodStart: LocalDate = addDays(START, day);
    const sent = day % 97 === 0 ? 0 : 200;
    const clicked = Math.max(0, Math.round(20 - day / 250 + ((day * 37) % 9) - 4));
    result.push({ kpiId: definition.id, periodStart, recordedBy: 'acc-analyst-1', recordedAt: `${periodStart}T23:00:00Z`, source: definition.dataSource, baseValues: { clicked, sent } });
  }
  return result;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(run: () => unknown): number {
  const began = performance.now();
  run();
  return performance.now() - began;
}

export async function run(): Promise<BenchResult[]> {
  const data = measurements();
  const points = series(definition, data, START, END);
  for (let i = 0; i < WARM_UP_RUNS; i += 1) trend(series(definition, data, START, END), 30, definition.direction);
  const seriesMs: number[] = [];
  const trendMs: number[] = [];
  const totalMs: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i += 1) {
    seriesMs.push(time(() => series(definition, data, START, END)));
    trendMs.push(time(() => trend(points, 30, definition.direction)));
    totalMs.push(time(() => trend(series(definition, data, START, END), 30, definition.direction)));
  }
  return Promise.resolve([
    { name: `KPI series, ${DAYS} daily points: formula + RAG per point (median ms)`, value: median(seriesMs), unit: 'ms' },
    { name: `KPI trend + 30-day moving average over ${DAYS} points (median ms)`, value: median(trendMs), unit: 'ms' },
    { name: `10-year daily KPI: series + RAG + trend + moving average (median ms)`, value: median(totalMs), unit: 'ms', target: '< 100' },
  ]);
}

if (process.argv[1]?.endsWith('domain-kpi-trend.ts')) {
  void run().then((results) => {
    console.table(results.map((result) => ({ figure: result.name, value: Number(result.value.toFixed(2)), unit: result.unit, target: result.target ?? '' })));
  });
}
