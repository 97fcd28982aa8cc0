// Trends: direction read against the KPI's direction, least-squares slope and moving average; plus properties.
import fc from 'fast-check';

import type { KpiDirection, TrendDirection } from '../../../src/domain/kpi';
import { leastSquaresSlope, movingAverage, series, trend } from '../../../src/domain/kpi';
import { addDays } from '../../../src/domain/local-date';
import { thrownDomainError } from '../thrown-domain-error';
import { d, incidentsKpi, valueMeasurement } from './kpi-builders';

const points = (values: readonly (number | null)[]) => values.map((value) => ({ value }));

describe('trend', () => {
  it.each<[readonly (number | null)[], KpiDirection, TrendDirection, number | null]>([
    [[80, 85, 90, 95], 'higher_is_better', 'improving', 5],
    [[80, 85, 90, 95], 'lower_is_better', 'worsening', 5],
    [[5, 4, 3, 2], 'lower_is_better', 'improving', -1],
    [[5, 4, 3, 2], 'higher_is_better', 'worsening', -1],
    [[7, 7, 7, 7], 'higher_is_better', 'flat', 0],
    [[7, null, 7, null, 7], 'lower_is_better', 'flat', 0],
    [[1, null, null, 4], 'higher_is_better', 'improving', 1], // gaps keep their place on the time axis
    [[3, 1, 3, 1], 'higher_is_better', 'worsening', -0.4],
    [[42], 'higher_is_better', 'insufficient_data', null],
    [[null, 42, null], 'higher_is_better', 'insufficient_data', null],
    [[], 'lower_is_better', 'insufficient_data', null],
  ])('%j with %s → %s (slope %p)', (values, direction, expected, slope) => {
    const result = trend(points(values), 2, direction);

    expect(result.direction).toBe(expected);
    if (slope === null) expect(result.slopePerPeriod).toBeNull();
    else expect(result.slopePerPeriod).toBeCloseTo(slope, 12);
  });

  it.each<[number, TrendDirection]>([
    [0, 'improving'],
    [0.01, 'improving'],
    [0.02, 'flat'],
  ])('with a dead band of %d of the mean level, a 1.5%% rise is %s', (flatRelativeChange, expected) => {
    expect(trend(points([100, 100.5, 101, 101.5]), 2, 'higher_is_better', { flatRelativeChange }).direction).toBe(expected);
  });

  it.each([0, 1.5, -1])('refuses a window of %d', (window) => {
    expect(thrownDomainError('INVALID_INPUT', () => trend(points([1, 2]), window, 'higher_is_better')).details).toMatchObject({ field: 'window' });
  });
});

describe('movingAverage', () => {
  it.each<[readonly (number | null)[], number, readonly (number | null)[]]>([
    [[1, 2, 3, 4, 5], 1, [1, 2, 3, 4, 5]],
    [[1, 2, 3, 4, 5], 3, [null, null, 2, 3, 4]],
    [[1, 2, 3], 5, [null, null, null]],
    [[2, null, 4, null, null, null], 2, [null, 2, 4, 4, null, null]], // gaps are skipped, not counted as 0
    [[], 3, []],
  ])('%j over %d → %j', (values, window, expected) => {
    expect(movingAverage(values, window)).toEqual(expected);
  });
});

describe('properties', () => {
  const level = fc.double({ min: -1e9, max: 1e9, noNaN: true });

  it('the moving average of a constant series is that constant', () => {
    fc.assert(
      fc.property(level, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 30 }), (constant, length, window) => {
        const averages = movingAverage(new Array<number>(length).fill(constant), window);
        return averages.every((average, index) => (index < window - 1 ? average === null : average === constant));
      }),
    );
  });

  it('a constant series is flat for either direction', () => {
    fc.assert(
      fc.property(level, fc.integer({ min: 2, max: 400 }), fc.constantFrom<KpiDirection>('higher_is_better', 'lower_is_better'), (constant, length, direction) => {
        return trend(points(new Array<number>(length).fill(constant)), 3, direction).direction === 'flat';
      }),
    );
  });

  const strictlyIncreasing = fc
    .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 300 }))
    .map(([start, steps]) => steps.reduce<number[]>((series, step) => [...series, (series.at(-1) ?? start) + step], [start]));

  it('strictly increasing values improve when higher is better and worsen when lower is better', () => {
    fc.assert(
      fc.property(strictlyIncreasing, (values) => {
        return trend(points(values), 3, 'higher_is_better').direction === 'improving' && trend(points(values), 3, 'lower_is_better').direction === 'worsening';
      }),
    );
  });

  it('the least-squares slope of an exact line is its step', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 2, max: 500 }), (start, step, length) => {
        const slope = leastSquaresSlope(Array.from({ length }, (_, x) => start + step * x));
        return slope !== null && Math.abs(slope - step) < 1e-9;
      }),
    );
  });
});

describe('performance', () => {
  // The 100 ms budget is measured by bench/domain-kpi-trend.ts (about 5–10 ms). Jest runs code inside a vm sandbox
  // that slows tight loops 10–30×, so here the budget only guards against accidental quadratic work, which on 3,650
  // points would take seconds.
  it('evaluates, trends and averages a 10-year daily series (3,650 points) in linear time', () => {
    const start = d('2016-01-01');
    const kpi = incidentsKpi({ collectionFrequency: 'daily', reportingFrequency: 'weekly', effectiveFrom: start });
    const measurements = Array.from({ length: 3650 }, (_, day) => valueMeasurement(addDays(start, day), (day * 7) % 11, { kpiId: kpi.id }));
    const run = () => trend(series(kpi, measurements, start, addDays(start, 3649)), 30, kpi.direction);
    run(); // warm-up

    const timings = Array.from({ length: 5 }, () => {
      const began = performance.now();
      run();
      return performance.now() - began;
    }).sort((a, b) => a - b);

    expect(timings[2]).toBeLessThan(1_000);
    expect(run().movingAverage).toHaveLength(3650);
  });
});
