// The KPI chart's numbers: a round value axis that covers values, target and both bands, the RAG bands in axis order,
// gaps that break the line, and which period labels fit.
import { bandMargins, labelledIndexes, linePaths, niceStep, ragBands, valueAxis, xScale, yScale } from '../../../static/isms/src/kpis/chart-geometry';

describe('value axis', () => {
  it.each([
    [10, 5, 2],
    [22, 5, 5],
    [0.9, 5, 0.2],
    [1000, 4, 250],
  ])('a span of %p in about %p steps uses a step of %p', (span, count, step) => {
    expect(niceStep(span, count)).toBe(step);
  });

  it('starts counts at 0 when 0 is near, and keeps a narrow high range tight', () => {
    expect(valueAxis([1, 5, 6])).toEqual({ min: 0, max: 6, ticks: [0, 2, 4, 6] });
    expect(valueAxis([78, 96.5, 100])).toEqual({ min: 75, max: 100, ticks: [75, 80, 85, 90, 95, 100] });
  });

  it('widens a flat series without going below 0 for values that are not negative', () => {
    expect(valueAxis([0, 0]).min).toBe(0);
    expect(valueAxis([0, 0]).max).toBeGreaterThan(0);
    expect(valueAxis([-4, 2]).min).toBeLessThan(0);
  });
});

describe('RAG bands', () => {
  it('lower is better: green from the bottom, red beyond amber; the margins show half an amber band of red', () => {
    const criteria = { green: 3, amber: 5 };
    expect(bandMargins('lower_is_better', criteria)).toEqual([6, 2]);
    expect(ragBands('lower_is_better', criteria, { min: 0, max: 6 })).toEqual([
      { rag: 'green', from: 0, to: 3 },
      { rag: 'amber', from: 3, to: 5 },
      { rag: 'red', from: 5, to: 6 },
    ]);
  });

  it('higher is better: red at the bottom, green above its threshold; bands outside the axis are left out', () => {
    const criteria = { green: 95, amber: 85 };
    expect(bandMargins('higher_is_better', criteria)).toEqual([80, 100]);
    expect(ragBands('higher_is_better', criteria, { min: 90, max: 100 })).toEqual([
      { rag: 'amber', from: 90, to: 95 },
      { rag: 'green', from: 95, to: 100 },
    ]);
  });
});

describe('plot', () => {
  const area = { left: 0, right: 100, top: 0, bottom: 50 };

  it('maps values upwards and periods to the centres of equal slots', () => {
    const y = yScale({ min: 0, max: 10 }, area);
    expect([y(0), y(10), y(5)]).toEqual([50, 0, 25]);
    const x = xScale(4, area);
    expect([0, 1, 2, 3].map(x)).toEqual([12.5, 37.5, 62.5, 87.5]);
  });

  it('breaks the line at a period without a value', () => {
    expect(linePaths([1, 2, null, 4], (index) => index * 10, (value) => value)).toEqual(['M0.0,1.0 L10.0,2.0', 'M30.0,4.0']);
    expect(linePaths([null, null], (index) => index, (value) => value)).toEqual([]);
  });

  it('labels every nth period and always the last', () => {
    expect(labelledIndexes(12, 8)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(labelledIndexes(5, 8)).toEqual([0, 1, 2, 3, 4]);
    expect(labelledIndexes(0, 8)).toEqual([]);
  });
});
