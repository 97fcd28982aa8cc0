// Benchmark: expand one year of occurrences for 2,000 varied monitoring items (daily to annual, month-end days,
// nth/last weekdays, count- and date-limited series started up to ten years earlier), and one daily scheduling sweep
// over the same items. Warm-up runs first; the figure is the median. Items come from a seeded generator, so every run
// measures the same matrix.
// Alone: `npx tsx bench/domain-occurrences.ts`; with the others: `npm run bench`.
import { checksToSchedule } from '../src/domain/check-scheduling';
import { addDays, fromEpochDay, localDate, toEpochDay } from '../src/domain/local-date';
import type { Weekday } from '../src/domain/local-date';
import type { ActiveMonitoringItem } from '../src/domain/monitoring-item';
import { occurrencesBetween } from '../src/domain/recurrence';
import type { MonthDayRule, Recurrence, RecurrenceEnd, RecurrenceRule } from '../src/domain/recurrence';
import type { BenchResult } from './bench-result';

const ITEMS = 2000;
const WARM_UP_RUNS = 5;
const MEASURED_RUNS = 21;
const FROM = localDate('2026-01-01');
const TO = localDate('2027-01-01');
const SWEEP_DAY = localDate('2026-06-15');

/** mulberry32: small, seeded, good enough to vary a matrix. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function generateItems(): ActiveMonitoringItem[] {
  const next = random(27001);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const weekday = (): Weekday => int(1, 7) as Weekday;
  const monthDay = (): MonthDayRule =>
    next() < 0.7 ? { kind: 'day_of_month', day: next() < 0.3 ? int(29, 31) : int(1, 28) } : { kind: 'weekday_of_month', week: next() < 0.3 ? 'last' : (int(1, 4) as 1 | 2 | 3 | 4), weekday: weekday() };
  const rule = (): RecurrenceRule => {
    const pick = next();
    if (pick < 0.1) return { frequency: 'daily', interval: 1 };
    if (pick < 0.15) return { frequency: 'daily', interval: int(2, 3) };
    if (pick < 0.4) return { frequency: 'weekly', interval: int(1, 2), weekdays: [...new Set([weekday(), weekday(), weekday()].slice(0, int(1, 3)))] };
    if (pick < 0.8) return { frequency: 'monthly', interval: int(1, 2), on: monthDay() };
    if (pick < 0.9) return { frequency: 'quarterly', interval: 1, on: monthDay() };
    if (pick < 0.95) return { frequency: 'semi_annual', interval: 1, on: monthDay() };
    return { frequency: 'annual', interval: 1, on: monthDay() };
  };
  return Array.from({ length: ITEMS }, (_, index): ActiveMonitoringItem => {
    const startsOn = fromEpochDay(toEpochDay(localDate('2016-01-01')) + int(0, 3650));
    const endPick = next();
    const ends: RecurrenceEnd =
      endPick < 0.7 ? { kind: 'never' } : endPick < 0.85 ? { kind: 'on_date', until: addDays(startsOn, int(365, 4000)) } : { kind: 'after_count', count: int(10, 500) };
    const recurrence: Recurrence = { startsOn, rule: rule(), ends };
    return {
      id: `item-${index}`,
      status: 'active',
      activeFrom: startsOn,
      title: `Monitoring item ${index}`,
      entity: { kind: 'control', name: `Control ${index}` },
      covers: ['9.1'],
      riskIds: [],
      element: 'policy_adherence',
      method: 'checklist_inspection',
      approach: 'proactive',
      recurrence,
      leadTimeDays: int(0, 14),
      responsibleAccountId: 'acc-owner',
      analysis: { analystAccountId: 'acc-analyst', withinWorkingDays: 2 },
      reportType: 'checklist_report',
      spotCheckOfCriticalTask: false,
    };
  });
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

function expandYear(items: readonly ActiveMonitoringItem[]): number {
  let count = 0;
  for (const item of items) count += occurrencesBetween(item.recurrence, FROM, TO).length;
  return count;
}

export async function run(): Promise<BenchResult[]> {
  const items = generateItems();
  const occurrences = expandYear(items);
  const existing = new Set<string>();
  for (let i = 0; i < WARM_UP_RUNS; i += 1) {
    expandYear(items);
    checksToSchedule(items, existing, SWEEP_DAY);
  }
  const expandMs: number[] = [];
  const sweepMs: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i += 1) {
    expandMs.push(time(() => expandYear(items)));
    sweepMs.push(time(() => checksToSchedule(items, existing, SWEEP_DAY)));
  }
  return Promise.resolve([
    { name: `occurrences of ${ITEMS} monitoring items over one year (median ms)`, value: median(expandMs), unit: 'ms', target: '< 100' },
    { name: `occurrences produced by that expansion`, value: occurrences, unit: 'dates' },
    { name: `daily scheduling sweep over ${ITEMS} items (median ms)`, value: median(sweepMs), unit: 'ms' },
  ]);
}

if (process.argv[1]?.endsWith('domain-occurrences.ts')) {
  void run().then((results) => {
    console.table(results.map((result) => ({ figure: result.name, value: Number(result.value.toFixed(2)), unit: result.unit, target: result.target ?? '' })));
  });
}
