// How the KPI page words numbers, periods, RAG, trends and staleness: one place, so the list, the detail, the chart's
// accessible summary and the print-out say the same thing.
import type { KpiTrend, Rag } from '../../../../src/domain/kpi';
import type { KpiDirection } from '../../../../src/domain/kpi/decision-criteria';
import type { KpiFrequency } from '../../../../src/domain/kpi/kpi-frequency';
import type { LocalDate } from '../../../../src/domain/local-date';

import { formatNumber, formatValue } from '../../../shared/kpi-values';

export { formatNumber, formatValue };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The collection period a start date names, in the words of its frequency: "Nov 2026", "Q4 2026", "H2 2026". */
export function periodLabel(frequency: KpiFrequency, periodStart: LocalDate): string {
  const year = periodStart.slice(0, 4);
  const month = Number(periodStart.slice(5, 7));
  switch (frequency) {
    case 'daily':
      return periodStart;
    case 'weekly':
      return `Week of ${periodStart}`;
    case 'monthly':
      return `${MONTHS[month - 1] ?? ''} ${year}`;
    case 'quarterly':
      return `Q${Math.ceil(month / 3)} ${year}`;
    case 'semi_annual':
      return `H${month <= 6 ? 1 : 2} ${year}`;
    case 'annual':
      return year;
  }
}

export const FREQUENCY_LABEL: Readonly<Record<KpiFrequency, string>> = {
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  semi_annual: 'Every six months',
  annual: 'Annually',
};

export const DIRECTION_LABEL: Readonly<Record<KpiDirection, string>> = { higher_is_better: 'Higher is better', lower_is_better: 'Lower is better' };

export const RAG_LABEL: Readonly<Record<Rag, string>> = { green: 'Green', amber: 'Amber', red: 'Red', no_data: 'No data' };
export const RAG_TONE: Readonly<Record<Rag, string>> = { green: 'c9-tone-success', amber: 'c9-tone-warning', red: 'c9-tone-danger', no_data: 'c9-tone-neutral' };

/** The decision criteria in words: "Green ≤ 3 · Amber ≤ 5 · Red > 5 incidents". */
export function criteriaText(direction: KpiDirection, criteria: { readonly green: number; readonly amber: number }, unit: string): string {
  const [better, worse] = direction === 'lower_is_better' ? ['≤', '>'] : ['≥', '<'];
  return `Green ${better} ${formatValue(criteria.green, unit)} · Amber ${better} ${formatValue(criteria.amber, unit)} · Red ${worse} ${formatValue(criteria.amber, unit)}`;
}

export function targetText(direction: KpiDirection, target: number, unit: string): string {
  return `${direction === 'lower_is_better' ? '≤' : '≥'} ${formatValue(target, unit)}`;
}

export interface TrendWords {
  /** ↑ rising, ↓ falling, → flat, – too few values. */
  readonly arrow: string;
  /** "Improving (falling)" — whether rising is good depends on the KPI's direction. */
  readonly label: string;
  readonly tone: string;
}

export function trendWords(trend: Pick<KpiTrend, 'direction' | 'slopePerPeriod'>): TrendWords {
  const slope = trend.slopePerPeriod ?? 0;
  const movement = slope > 0 ? 'rising' : slope < 0 ? 'falling' : 'flat';
  const arrow = slope > 0 ? '↑' : slope < 0 ? '↓' : '→';
  switch (trend.direction) {
    case 'improving':
      return { arrow, label: `Improving (${movement})`, tone: 'c9-tone-success' };
    case 'worsening':
      return { arrow, label: `Worsening (${movement})`, tone: 'c9-tone-danger' };
    case 'flat':
      return { arrow: '→', label: 'Flat', tone: 'c9-tone-neutral' };
    case 'insufficient_data':
      return { arrow: '–', label: 'Not enough values for a trend', tone: 'c9-tone-neutral' };
  }
}

/** "1 day", "52 days". */
export function daysText(days: number): string {
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** An ISO instant as "2026-11-22 09:15 UTC": precise and the same for every reader. */
export function instantText(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
