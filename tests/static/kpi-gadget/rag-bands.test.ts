import { bandEdges, bandsText, ragBands } from '../../../static/kpi-gadget/src/rag-bands';

describe('the red/amber/green bands of a KPI chart', () => {
  it('higher is better: red below amber, amber up to green, green above', () => {
    const kpi = { direction: 'higher_is_better', target: 98, decisionCriteria: { green: 95, amber: 90 }, unit: '%' } as const;
    expect(ragBands(kpi)).toEqual([
      { rag: 'red', from: -Infinity, to: 90 },
      { rag: 'amber', from: 90, to: 95 },
      { rag: 'green', from: 95, to: Infinity },
    ]);
    expect(bandEdges(kpi)).toEqual([90, 90, 95, 95, 87.5]);
    expect(bandsText(kpi)).toBe('green ≥ 95%, amber ≥ 90%, red beyond');
  });

  it('lower is better: green up to green, amber up to amber, red above', () => {
    const kpi = { direction: 'lower_is_better', target: 1, decisionCriteria: { green: 2, amber: 5 }, unit: '' } as const;
    expect(ragBands(kpi).map((band) => [band.rag, band.from, band.to])).toEqual([['green', -Infinity, 2], ['amber', 2, 5], ['red', 5, Infinity]]);
  });

  it('without criteria (an older summary) the target splits green from red', () => {
    const kpi = { direction: 'lower_is_better', target: 3, unit: 'h' } as const;
    expect(ragBands(kpi).map((band) => band.rag)).toEqual(['green', 'red']);
    expect(bandsText(kpi)).toBe('green ≤ 3 h');
  });
});
