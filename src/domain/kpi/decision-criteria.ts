// ISO/IEC 27004 decision criteria: thresholds that turn an indicator value into red / amber / green.
// Each threshold is the inclusive boundary on the good side of its band:
//   higher_is_better: value ≥ green → green; value ≥ amber → amber; otherwise red   (so green > amber)
//   lower_is_better:  value ≤ green → green; value ≤ amber → amber; otherwise red   (so green < amber)
// The target must lie in the green band: meeting the target cannot show as amber.
export const KPI_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export type Rag = 'red' | 'amber' | 'green' | 'no_data';

export interface DecisionCriteria {
  readonly green: number;
  readonly amber: number;
}

export interface IndicatorScale {
  readonly direction: KpiDirection;
  readonly decisionCriteria: DecisionCriteria;
}

/** `no_data` for a missing or non-finite value, so a gap never shows as red or green. */
export function evaluateIndicator(scale: IndicatorScale, value: number | null | undefined): Rag {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no_data';
  const { green, amber } = scale.decisionCriteria;
  if (scale.direction === 'higher_is_better') return value >= green ? 'green' : value >= amber ? 'amber' : 'red';
  return value <= green ? 'green' : value <= amber ? 'amber' : 'red';
}

export interface CriteriaProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** What is inconsistent between direction, thresholds and target; empty when they agree. */
export function decisionCriteriaProblems(direction: KpiDirection, criteria: DecisionCriteria, target: number): readonly CriteriaProblem[] {
  const { green, amber } = criteria;
  const problems: CriteriaProblem[] = [];
  if (direction === 'higher_is_better') {
    if (!(amber < green)) {
      problems.push({ path: ['decisionCriteria', 'amber'], message: `decisionCriteria.amber (${amber}) must be below decisionCriteria.green (${green}) when higher is better` });
    }
    if (!(target >= green)) problems.push({ path: ['target'], message: `target (${target}) must be in the green band (≥ ${green}) when higher is better` });
  } else {
    if (!(amber > green)) {
      problems.push({ path: ['decisionCriteria', 'amber'], message: `decisionCriteria.amber (${amber}) must be above decisionCriteria.green (${green}) when lower is better` });
    }
    if (!(target <= green)) problems.push({ path: ['target'], message: `target (${target}) must be in the green band (≤ ${green}) when lower is better` });
  }
  return problems;
}
