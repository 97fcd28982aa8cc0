// The numbers behind the KPI chart, kept pure so they are tested without a browser: the value axis (covering the
// values, the target and both thresholds, with round tick values), the red/amber/green bands the decision criteria
// cut the axis into, and where each period sits on the time axis.
import type { KpiDirection } from '../../../../src/domain/kpi/decision-criteria';

export interface ValueAxis {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
}

/** A step of 1, 2, 2.5 or 5 × 10ⁿ giving about `count` intervals over `span`. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** An axis from a round number at or below everything shown to one at or above it; never below 0 when nothing is. */
export function valueAxis(values: readonly number[], tickCount = 5): ValueAxis {
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { min: 0, max: 1, ticks: [0, 1] };
  // Counts start at 0 when 0 is near (within the data's own span): a cut-off axis would exaggerate small changes.
  if (low > 0 && low < high - low) low = 0;
  if (high - low < 1e-9) {
    const pad = Math.abs(high) > 0 ? Math.abs(high) * 0.1 : 1;
    low = low >= 0 ? Math.max(0, low - pad) : low - pad;
    high += pad;
  }
  const step = niceStep(high - low, tickCount);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let tick = min; tick <= max + step / 1e6; tick += step) ticks.push(Number(tick.toFixed(10)));
  return { min, max, ticks };
}

/**
 * Values the axis must also cover so every band shows: half the amber band's width beyond the amber threshold (into
 * red) and beyond the green threshold (deeper into green), the latter never crossing 0 when the thresholds do not.
 */
export function bandMargins(direction: KpiDirection, criteria: { readonly green: number; readonly amber: number }): [number, number] {
  const half = Math.abs(criteria.green - criteria.amber) / 2;
  const sign = direction === 'lower_is_better' ? 1 : -1;
  const deepGreen = criteria.green - sign * half;
  const floor = Math.min(criteria.green, criteria.amber) >= 0 ? Math.max(0, deepGreen) : deepGreen;
  return [criteria.amber + sign * half, floor];
}

export type BandRag = 'green' | 'amber' | 'red';

export interface ValueBand {
  readonly rag: BandRag;
  /** Value range of the band, clipped to the axis; `from` < `to`. */
  readonly from: number;
  readonly to: number;
}

/** The bands in axis order (lowest first): lower is better → green, amber, red; higher is better → red, amber, green. */
export function ragBands(direction: KpiDirection, criteria: { readonly green: number; readonly amber: number }, axis: Pick<ValueAxis, 'min' | 'max'>): ValueBand[] {
  const clip = (value: number) => Math.min(axis.max, Math.max(axis.min, value));
  const bands: ValueBand[] =
    direction === 'lower_is_better'
      ? [
          { rag: 'green', from: axis.min, to: clip(criteria.green) },
          { rag: 'amber', from: clip(criteria.green), to: clip(criteria.amber) },
          { rag: 'red', from: clip(criteria.amber), to: axis.max },
        ]
      : [
          { rag: 'red', from: axis.min, to: clip(criteria.amber) },
          { rag: 'amber', from: clip(criteria.amber), to: clip(criteria.green) },
          { rag: 'green', from: clip(criteria.green), to: axis.max },
        ];
  return bands.filter((band) => band.to > band.from);
}

export interface PlotArea {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Maps a value to its y coordinate (SVG y grows downwards). */
export function yScale(axis: Pick<ValueAxis, 'min' | 'max'>, area: PlotArea): (value: number) => number {
  return (value) => area.bottom - ((value - axis.min) / (axis.max - axis.min)) * (area.bottom - area.top);
}

/** The centre of period `index` of `count`, each period an equal slot across the plot. */
export function xScale(count: number, area: PlotArea): (index: number) => number {
  const slot = (area.right - area.left) / Math.max(1, count);
  return (index) => area.left + slot * (index + 0.5);
}

/** Line paths through consecutive values; a gap (null) breaks the line rather than bridging it. */
export function linePaths(values: readonly (number | null)[], x: (index: number) => number, y: (value: number) => number): string[] {
  const paths: string[] = [];
  let current = '';
  values.forEach((value, index) => {
    if (value === null) {
      if (current !== '') paths.push(current);
      current = '';
      return;
    }
    current += `${current === '' ? 'M' : ' L'}${x(index).toFixed(1)},${y(value).toFixed(1)}`;
  });
  if (current !== '') paths.push(current);
  return paths;
}

/** Which period labels fit under the axis: every nth, always the last. */
export function labelledIndexes(count: number, maxLabels: number): number[] {
  if (count <= 0) return [];
  const every = Math.max(1, Math.ceil(count / Math.max(1, maxLabels)));
  const indexes: number[] = [];
  for (let index = (count - 1) % every; index < count; index += every) indexes.push(index);
  return indexes;
}
