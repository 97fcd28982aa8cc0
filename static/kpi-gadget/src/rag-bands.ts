// The red/amber/green bands behind a KPI chart, from the KPI's decision criteria (src/domain/kpi/decision-criteria.ts:
// each threshold is the inclusive boundary on the good side of its band). Without criteria (summaries built before
// they were kept) the target splits the chart into green and red only.
import type { KpiSummary } from '../../../src/contracts/gadget-views';
import { formatValue } from '../../shared/kpi-values';

export interface Band {
  readonly rag: 'red' | 'amber' | 'green';
  /** Value range of the band, low to high (±Infinity at the open ends). */
  readonly from: number;
  readonly to: number;
}

export function ragBands(kpi: Pick<KpiSummary, 'direction' | 'target' | 'decisionCriteria'>): Band[] {
  const green = kpi.decisionCriteria?.green ?? kpi.target;
  const amber = kpi.decisionCriteria?.amber ?? green;
  if (kpi.direction === 'higher_is_better') {
    return [
      { rag: 'red', from: -Infinity, to: amber },
      ...(amber < green ? [{ rag: 'amber' as const, from: amber, to: green }] : []),
      { rag: 'green', from: green, to: Infinity },
    ];
  }
  return [
    { rag: 'green', from: -Infinity, to: green },
    ...(amber > green ? [{ rag: 'amber' as const, from: green, to: amber }] : []),
    { rag: 'red', from: amber, to: Infinity },
  ];
}

/** The values the chart's axis must include so every band shows: each threshold, and some red beyond amber. */
export function bandEdges(kpi: Pick<KpiSummary, 'direction' | 'target' | 'decisionCriteria'>): number[] {
  const edges = ragBands(kpi).flatMap((band) => [band.from, band.to]).filter((edge) => Number.isFinite(edge));
  const green = kpi.decisionCriteria?.green ?? kpi.target;
  const amber = kpi.decisionCriteria?.amber ?? green;
  const redDepth = Math.abs(green - amber) / 2;
  return redDepth === 0 ? edges : [...edges, kpi.direction === 'higher_is_better' ? amber - redDepth : amber + redDepth];
}

/** "green ≥ 95%, amber ≥ 90%" / "green ≤ 2, amber ≤ 5", for the chart's description. */
export function bandsText(kpi: Pick<KpiSummary, 'direction' | 'target' | 'decisionCriteria' | 'unit'>): string {
  const sign = kpi.direction === 'higher_is_better' ? '≥' : '≤';
  const criteria = kpi.decisionCriteria;
  if (criteria === undefined) return `green ${sign} ${formatValue(kpi.target, kpi.unit)}`;
  return `green ${sign} ${formatValue(criteria.green, kpi.unit)}, amber ${sign} ${formatValue(criteria.amber, kpi.unit)}, red beyond`;
}
