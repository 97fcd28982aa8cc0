// Red / amber / green from decision criteria, for both directions, boundaries included.
import type { DecisionCriteria, KpiDirection, Rag } from '../../../src/domain/kpi';
import { decisionCriteriaProblems, evaluateIndicator } from '../../../src/domain/kpi';

describe('evaluateIndicator', () => {
  describe('higher is better (green ≥ 90, amber ≥ 75)', () => {
    const scale = { direction: 'higher_is_better' as const, decisionCriteria: { green: 90, amber: 75 } };
    it.each<[number, Rag]>([
      [100, 'green'],
      [90, 'green'],
      [89.99, 'amber'],
      [75, 'amber'],
      [74.99, 'red'],
      [0, 'red'],
      [-5, 'red'],
    ])('%d → %s', (value, rag) => {
      expect(evaluateIndicator(scale, value)).toBe(rag);
    });
  });

  describe('lower is better (green ≤ 2, amber ≤ 5)', () => {
    const scale = { direction: 'lower_is_better' as const, decisionCriteria: { green: 2, amber: 5 } };
    it.each<[number, Rag]>([
      [0, 'green'],
      [2, 'green'],
      [2.01, 'amber'],
      [5, 'amber'],
      [5.01, 'red'],
      [40, 'red'],
    ])('%d → %s', (value, rag) => {
      expect(evaluateIndicator(scale, value)).toBe(rag);
    });
  });

  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY])('%p → no_data', (value) => {
    expect(evaluateIndicator({ direction: 'higher_is_better', decisionCriteria: { green: 90, amber: 75 } }, value)).toBe('no_data');
  });
});

describe('decisionCriteriaProblems', () => {
  it.each<[KpiDirection, DecisionCriteria, number, readonly string[]]>([
    ['higher_is_better', { green: 90, amber: 75 }, 95, []],
    ['higher_is_better', { green: 90, amber: 75 }, 90, []],
    ['higher_is_better', { green: 75, amber: 90 }, 95, ['decisionCriteria.amber (90) must be below decisionCriteria.green (75) when higher is better']],
    ['higher_is_better', { green: 90, amber: 90 }, 95, ['decisionCriteria.amber (90) must be below decisionCriteria.green (90) when higher is better']],
    ['higher_is_better', { green: 90, amber: 75 }, 80, ['target (80) must be in the green band (≥ 90) when higher is better']],
    ['lower_is_better', { green: 2, amber: 5 }, 0, []],
    ['lower_is_better', { green: 2, amber: 5 }, 2, []],
    ['lower_is_better', { green: 5, amber: 2 }, 0, ['decisionCriteria.amber (2) must be above decisionCriteria.green (5) when lower is better']],
    ['lower_is_better', { green: 2, amber: 5 }, 3, ['target (3) must be in the green band (≤ 2) when lower is better']],
  ])('%s %j target %d → %j', (direction, criteria, target, messages) => {
    expect(decisionCriteriaProblems(direction, criteria, target).map((problem) => problem.message)).toEqual(messages);
  });
});
