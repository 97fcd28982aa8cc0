// A small SVG line chart for one KPI: red/amber/green bands from its decision criteria, the target line, points
// coloured red/amber/green (with a text label for each in the accessible description), compact (sparkline) or full.
import type { KpiSummary } from '../../../src/contracts/gadget-views';
import { formatValue } from '../../shared/kpi-values';
import { bandEdges, bandsText, ragBands } from './rag-bands';

const BAND_FILL: Record<'red' | 'amber' | 'green', string> = {
  red: 'var(--ds-background-danger, #ffeceb)',
  amber: 'var(--ds-background-warning, #fff7d6)',
  green: 'var(--ds-background-success, #dcfff1)',
};

const RAG_COLOUR: Record<string, string> = {
  red: 'var(--ds-icon-danger, #c9372c)',
  amber: 'var(--ds-icon-warning, #e56910)',
  green: 'var(--ds-icon-success, #22a06b)',
  no_data: 'var(--ds-icon-subtle, #626f86)',
};

export function TrendChart({ kpi, compact }: { readonly kpi: KpiSummary; readonly compact: boolean }) {
  const width = compact ? 120 : 320;
  const height = compact ? 32 : 120;
  const pad = compact ? { left: 2, right: 2, top: 3, bottom: 3 } : { left: 34, right: 8, top: 8, bottom: 18 };
  const values = kpi.points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const all = [...values, kpi.target, ...bandEdges(kpi)];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (max - min < 1e-9) { min -= 1; max += 1; }
  const margin = (max - min) * 0.1;
  min -= margin;
  max += margin;
  const x = (index: number) => pad.left + (kpi.points.length <= 1 ? 0 : (index / (kpi.points.length - 1)) * (width - pad.left - pad.right));
  const y = (value: number) => pad.top + (1 - (value - min) / (max - min)) * (height - pad.top - pad.bottom);
  const targetY = y(kpi.target);
  const clampY = (value: number) => Math.min(height - pad.bottom, Math.max(pad.top, y(value)));
  const bands = ragBands(kpi).map((band) => ({ rag: band.rag, top: Number.isFinite(band.to) ? clampY(band.to) : pad.top, bottom: Number.isFinite(band.from) ? clampY(band.from) : height - pad.bottom }));
  const segments: string[] = [];
  let current = '';
  kpi.points.forEach((point, index) => {
    if (point.value === null) { if (current !== '') segments.push(current); current = ''; return; }
    current += `${current === '' ? 'M' : 'L'}${x(index).toFixed(1)},${y(point.value).toFixed(1)}`;
  });
  if (current !== '') segments.push(current);
  const described = kpi.points.map((point) => `${point.periodStart}: ${point.value === null ? 'no data' : `${formatValue(point.value, kpi.unit)} ${point.rag}`}`).join('; ');
  return (
    <svg className="c9-chart" viewBox={`0 0 ${width} ${height}`} width="100%" height={height} preserveAspectRatio="none" role="img"
      aria-label={`${kpi.name} over ${kpi.points.length} periods, target ${formatValue(kpi.target, kpi.unit)}; ${bandsText(kpi)}. ${described}`} data-testid="kpi-chart">
      {bands.map((band) => (
        <rect key={band.rag} x={pad.left} y={band.top} width={width - pad.left - pad.right} height={Math.max(0, band.bottom - band.top)} fill={BAND_FILL[band.rag]} data-band={band.rag} />
      ))}
      <line x1={pad.left} x2={width - pad.right} y1={targetY} y2={targetY} stroke="var(--ds-border-bold, #758195)" strokeDasharray="4 3" strokeWidth="1" vectorEffect="non-scaling-stroke" data-testid="kpi-target" />
      {!compact && (
        <g fill="var(--ds-text-subtlest, #626f86)" fontSize="9">
          <text x={pad.left - 4} y={targetY + 3} textAnchor="end">{kpi.target}</text>
          <text x={pad.left} y={height - 4}>{kpi.points[0]?.periodStart.slice(0, 7)}</text>
          <text x={width - pad.right} y={height - 4} textAnchor="end">{kpi.points.at(-1)?.periodStart.slice(0, 7)}</text>
        </g>
      )}
      {segments.map((path) => <path key={path} d={path} fill="none" stroke="var(--ds-text, #172b4d)" strokeWidth={compact ? 1.5 : 2} vectorEffect="non-scaling-stroke" />)}
      {kpi.points.map((point, index) =>
        point.value === null ? null : (
          <circle key={point.periodStart} cx={x(index)} cy={y(point.value)} r={compact ? 2 : 3} fill={RAG_COLOUR[point.rag]} data-rag={point.rag} />
        ),
      )}
    </svg>
  );
}
