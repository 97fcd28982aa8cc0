// One KPI's measurements over time, as the ISMS manager shows it to management: the value per collection period,
// coloured by RAG, over the red/amber/green bands of its decision criteria, with the target line and the moving
// average. Screen readers get a one-paragraph summary (role="img") and the same data as a table.
import type { KpiDetail } from './kpi-api';
import { bandMargins, labelledIndexes, linePaths, ragBands, valueAxis, xScale, yScale, type BandRag, type PlotArea } from './chart-geometry';
import { criteriaText, FREQUENCY_LABEL, formatNumber, formatValue, periodLabel, RAG_LABEL, RAG_TONE, targetText, trendWords } from './kpi-format';

const WIDTH = 760;
const HEIGHT = 280;
const AREA: PlotArea = { left: 64, right: WIDTH - 16, top: 12, bottom: HEIGHT - 36 };

const BAND_FILL: Readonly<Record<BandRag, string>> = {
  green: 'var(--ds-background-success, #dcfff1)',
  amber: 'var(--ds-background-warning, #fff7d6)',
  red: 'var(--ds-background-danger, #ffeceb)',
};
const POINT_FILL: Readonly<Record<string, string>> = {
  green: 'var(--ds-icon-success, #22a06b)',
  amber: 'var(--ds-icon-warning, #e56910)',
  red: 'var(--ds-icon-danger, #c9372c)',
  no_data: 'var(--ds-icon-subtle, #626f86)',
};

/** The summary a screen reader reads for the chart. */
export function chartSummary(detail: KpiDetail): string {
  const definition = detail.kpi.definition;
  const frequency = definition.collectionFrequency;
  const first = detail.points[0];
  const last = detail.points.at(-1);
  const range = first === undefined || last === undefined ? 'no periods' : `from ${periodLabel(frequency, first.periodStart)} to ${periodLabel(frequency, last.periodStart)}`;
  const latest = detail.latest === null ? 'No value measured yet.' : `Latest ${formatValue(detail.latest.value, definition.unit)} (${RAG_LABEL[detail.latest.rag]}) for ${periodLabel(frequency, detail.latest.periodStart)}.`;
  const gaps = detail.points.filter((point) => point.value === null).length;
  return [
    `${definition.name}: ${detail.points.length} ${FREQUENCY_LABEL[frequency].toLowerCase()} periods ${range}.`,
    latest,
    `Target ${targetText(definition.direction, definition.target, definition.unit)}; ${criteriaText(definition.direction, definition.decisionCriteria, definition.unit)}.`,
    `Trend: ${trendWords(detail.trend).label}.`,
    gaps > 0 ? `${gaps} period${gaps === 1 ? '' : 's'} without a value.` : '',
  ].filter((part) => part !== '').join(' ');
}

export function KpiChart({ detail }: { readonly detail: KpiDetail }) {
  const definition = detail.kpi.definition;
  const frequency = definition.collectionFrequency;
  const values = detail.points.map((point) => point.value);
  const shown = [...values.filter((value): value is number => value !== null), definition.target, ...bandMargins(definition.direction, definition.decisionCriteria)];
  const axis = valueAxis(shown);
  const y = yScale(axis, AREA);
  const x = xScale(detail.points.length, AREA);
  const targetY = y(definition.target);
  const average = detail.trend.movingAverage;
  return (
    <figure className="c9-kpi-chart" data-testid="kpi-chart-figure">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={chartSummary(detail)} data-testid="kpi-chart">
        {ragBands(definition.direction, definition.decisionCriteria, axis).map((band) => (
          <rect key={band.rag} x={AREA.left} width={AREA.right - AREA.left} y={y(band.to)} height={y(band.from) - y(band.to)} fill={BAND_FILL[band.rag]} data-band={band.rag} />
        ))}
        <g className="c9-chart-axis">
          {axis.ticks.map((tick) => (
            <g key={tick}>
              <line x1={AREA.left} x2={AREA.right} y1={y(tick)} y2={y(tick)} stroke="var(--ds-border, #091e4224)" />
              <text x={AREA.left - 6} y={y(tick) + 4} textAnchor="end">{formatNumber(tick)}</text>
            </g>
          ))}
          {labelledIndexes(detail.points.length, 8).map((index) => {
            const point = detail.points[index];
            return point === undefined ? null : <text key={point.periodStart} x={x(index)} y={AREA.bottom + 20} textAnchor="middle">{periodLabel(frequency, point.periodStart)}</text>;
          })}
          <text x={14} y={(AREA.top + AREA.bottom) / 2} textAnchor="middle" transform={`rotate(-90 14 ${(AREA.top + AREA.bottom) / 2})`}>{definition.unit}</text>
        </g>
        <line x1={AREA.left} x2={AREA.right} y1={targetY} y2={targetY} stroke="var(--ds-text, #172b4d)" strokeDasharray="6 4" strokeWidth="1.5" data-testid="kpi-target-line" />
        <text x={AREA.right - 4} y={targetY - 5} textAnchor="end" className="c9-chart-target-label">Target {targetText(definition.direction, definition.target, definition.unit)}</text>
        {linePaths(average, x, y).map((path) => <path key={`avg-${path}`} d={path} fill="none" stroke="var(--ds-border-discovery, #8f7ee7)" strokeWidth="2" strokeDasharray="2 3" data-testid="kpi-average-line" />)}
        {linePaths(values, x, y).map((path) => <path key={path} d={path} fill="none" stroke="var(--ds-border-bold, #758195)" strokeWidth="2" />)}
        {detail.points.map((point, index) =>
          point.value === null ? null : (
            <circle key={point.periodStart} cx={x(index)} cy={y(point.value)} r="5" fill={POINT_FILL[point.rag]} stroke="var(--ds-surface, #fff)" strokeWidth="1.5" data-rag={point.rag} data-period={point.periodStart} data-testid="kpi-chart-point">
              <title>{`${periodLabel(frequency, point.periodStart)}: ${formatValue(point.value, definition.unit)} (${RAG_LABEL[point.rag]})`}</title>
            </circle>
          ),
        )}
      </svg>
      <figcaption className="c9-chart-legend c9-muted">
        <span><span className="c9-swatch c9-swatch--line" aria-hidden="true" /> Measured value (dot colour = RAG)</span>
        <span><span className="c9-swatch c9-swatch--target" aria-hidden="true" /> Target</span>
        <span><span className="c9-swatch c9-swatch--average" aria-hidden="true" /> {detail.trend.window}-period moving average</span>
        <span><span className="c9-swatch c9-swatch--bands" aria-hidden="true" /> Bands: {criteriaText(definition.direction, definition.decisionCriteria, definition.unit)}</span>
      </figcaption>
      <details className="c9-chart-data">
        <summary>Chart data as a table</summary>
        <table className="c9-table" data-testid="kpi-chart-table">
          <caption>{definition.name} per period ({definition.unit})</caption>
          <thead><tr><th scope="col">Period</th><th scope="col">Value</th><th scope="col">RAG</th><th scope="col">Moving average</th></tr></thead>
          <tbody>
            {detail.points.map((point, index) => (
              <tr key={point.periodStart}>
                <th scope="row">{periodLabel(frequency, point.periodStart)}</th>
                <td>{formatValue(point.value, definition.unit)}</td>
                <td><span className={`c9-lozenge ${RAG_TONE[point.rag]}`}>{RAG_LABEL[point.rag]}</span></td>
                <td>{formatValue(average[index] ?? null, definition.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
