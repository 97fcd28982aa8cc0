// Trends, which management needs more than single values (ISO 27001 9.3.2 d): the least-squares slope per period,
// its direction read against the KPI's `direction`, and a trailing moving average. Both are single O(n) passes.
// Numerics: values are taken relative to the first value (an anchor), so a constant series gives exactly slope 0
// and a moving average equal to the constant, and large levels with small changes keep their precision.
import { DomainError } from '../domain-error';
import type { KpiDirection } from './decision-criteria';

export type TrendDirection = 'improving' | 'worsening' | 'flat' | 'insufficient_data';

export interface KpiTrend {
  readonly direction: TrendDirection;
  /** Change per period of the fitted line; null with fewer than two values. */
  readonly slopePerPeriod: number | null;
  /** Trailing average over `window` periods, one entry per point. */
  readonly movingAverage: readonly (number | null)[];
  readonly window: number;
}

export interface TrendOptions {
  /**
   * Dead band: "flat" when the fitted change across the range is at most this fraction of the mean absolute value.
   * Default 0 — any fitted rise or fall counts; a gadget may pass e.g. 0.01 to ignore noise.
   */
  readonly flatRelativeChange?: number;
}

type Values = readonly (number | null)[];

function firstValue(values: Values): number | null {
  for (const value of values) if (value !== null) return value;
  return null;
}

/**
 * Entry i averages the non-null values among points i−window+1 … i; null before the first full window and when
 * the window holds no value. Gaps therefore neither count as 0 nor stall the line.
 */
export function movingAverage(values: Values, window: number): (number | null)[] {
  if (!Number.isInteger(window) || window < 1) throw new DomainError('INVALID_INPUT', `window must be a whole number ≥ 1, got ${window}`, { field: 'window', window });
  const anchor = firstValue(values) ?? 0;
  const averages: (number | null)[] = new Array<number | null>(values.length);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i += 1) {
    const entering = values[i];
    if (entering !== null && entering !== undefined) {
      sum += entering - anchor;
      count += 1;
    }
    const leaving = i >= window ? values[i - window] : null;
    if (leaving !== null && leaving !== undefined) {
      sum -= leaving - anchor;
      count -= 1;
    }
    averages[i] = i >= window - 1 && count > 0 ? anchor + sum / count : null;
  }
  return averages;
}

/** Slope of the least-squares line through (period index, value), skipping nulls; null with < 2 values. */
export function leastSquaresSlope(values: Values): number | null {
  const anchor = firstValue(values) ?? 0;
  let n = 0;
  let sumX = 0;
  let sumY = 0;
  values.forEach((value, x) => {
    if (value === null) return;
    n += 1;
    sumX += x;
    sumY += value - anchor;
  });
  if (n < 2) return null;
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxy = 0;
  let sxx = 0;
  values.forEach((value, x) => {
    if (value === null) return;
    sxy += (x - meanX) * (value - anchor - meanY);
    sxx += (x - meanX) * (x - meanX);
  });
  return sxx === 0 ? null : sxy / sxx;
}

export function trend(points: readonly { readonly value: number | null }[], window: number, direction: KpiDirection, options: TrendOptions = {}): KpiTrend {
  const flatRelativeChange = options.flatRelativeChange ?? 0;
  if (!(flatRelativeChange >= 0)) {
    throw new DomainError('INVALID_INPUT', `flatRelativeChange must be ≥ 0, got ${flatRelativeChange}`, { field: 'flatRelativeChange' });
  }
  const values = points.map((point) => point.value);
  const average = movingAverage(values, window);
  const slope = leastSquaresSlope(values);
  if (slope === null) return { direction: 'insufficient_data', slopePerPeriod: null, movingAverage: average, window };
  let first = -1;
  let last = -1;
  let sumAbs = 0;
  let n = 0;
  values.forEach((value, index) => {
    if (value === null) return;
    if (first < 0) first = index;
    last = index;
    sumAbs += Math.abs(value);
    n += 1;
  });
  const fittedChange = slope * (last - first);
  const flat = Math.abs(fittedChange) <= flatRelativeChange * (sumAbs / n);
  const rising = fittedChange > 0;
  const better = direction === 'higher_is_better' ? rising : !rising;
  return { direction: flat ? 'flat' : better ? 'improving' : 'worsening', slopePerPeriod: slope, movingAverage: average, window };
}
