// Every stored measurement in the window, newest period first: value, RAG, the base measures behind it, where it came
// from, who recorded it and when, and its revision — a corrected period opens its earlier values on request.
import { Fragment, useState } from 'react';

import type { KpiMeasurement } from '../../../../src/domain/kpi';
import type { Answer } from '../../../shared/invoke';
import { useDisplayNames } from '../../../shared/people';
import { EmptyState, PageError } from '../../../shared/states';
import { fetchMeasurementHistory, type KpiDetail, type MeasurementChange } from './kpi-api';
import { RagLozenge } from './kpi-badges';
import { formatNumber, formatValue, instantText, periodLabel } from './kpi-format';

const sourceText = (measurement: KpiMeasurement): string => (measurement.source.kind === 'manual' ? 'Manual entry' : `Automated: ${measurement.source.sourceName}`);
const dataText = (measurement: KpiMeasurement): string =>
  'value' in measurement ? `value ${formatNumber(measurement.value)}` : Object.entries(measurement.baseValues).map(([name, value]) => `${name} = ${formatNumber(value)}`).join(', ');

export function MeasurementTable({ view }: { readonly view: KpiDetail }) {
  const definition = view.kpi.definition;
  const [history, setHistory] = useState<Readonly<Record<string, Answer<{ changes: MeasurementChange[] }> | 'loading'>>>({});
  const rows = [...view.measurements].sort((a, b) => b.measurement.periodStart.localeCompare(a.measurement.periodStart));
  const historyPeople = Object.values(history).flatMap((answer) => (answer !== 'loading' && answer.state === 'ready' ? answer.data.changes.map((change) => change.by) : []));
  const names = useDisplayNames([...rows.map((row) => row.measurement.recordedBy), ...historyPeople]);
  const nameOf = (accountId: string) => names.get(accountId) ?? accountId;

  const open = (periodStart: KpiMeasurement['periodStart']) => {
    setHistory((current) => ({ ...current, [periodStart]: 'loading' }));
    void fetchMeasurementHistory(definition.id, periodStart).then((answer) => { setHistory((current) => ({ ...current, [periodStart]: answer })); });
  };

  return (
    <section className="c9-section" aria-labelledby="c9-history-title" data-testid="measurement-history">
      <h2 id="c9-history-title">Measurement history</h2>
      {rows.length === 0 ? (
        <EmptyState title="No measurements in this window">Record the first value above, import a CSV file, or connect a feeder (see the KPI ingestion guide).</EmptyState>
      ) : (
        <div className="c9-table-scroll">
          <table className="c9-table">
            <thead>
              <tr>
                <th scope="col">Period</th><th scope="col">Indicator</th><th scope="col">RAG</th><th scope="col">Recorded data</th><th scope="col">Comment</th>
                <th scope="col">Source</th><th scope="col">Recorded by</th><th scope="col">Recorded at</th><th scope="col">Revision</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const { measurement } = row;
                const earlier = history[measurement.periodStart];
                return (
                  <Fragment key={measurement.periodStart}>
                    <tr data-testid="measurement-row" data-period={measurement.periodStart}>
                      <th scope="row">{periodLabel(definition.collectionFrequency, measurement.periodStart)}</th>
                      <td data-testid="measurement-value">{formatValue(row.indicatorValue, definition.unit)}</td>
                      <td><RagLozenge rag={row.rag} /></td>
                      <td>{dataText(measurement)}</td>
                      <td data-testid="measurement-comment-text">{measurement.comment ?? ''}</td>
                      <td>{sourceText(measurement)}</td>
                      <td>{nameOf(measurement.recordedBy)}</td>
                      <td>{instantText(measurement.recordedAt)}</td>
                      <td>
                        {row.revision}
                        {row.revision > 1 && earlier === undefined && (
                          <> <button type="button" className="c9-link c9-no-print" onClick={() => { open(measurement.periodStart); }}>Earlier values</button></>
                        )}
                      </td>
                    </tr>
                    {earlier !== undefined && (
                      <tr className="c9-history-row">
                        <td colSpan={9}>
                          {earlier === 'loading' ? <span className="c9-muted">Loading earlier values…</span>
                            : earlier.state === 'error' ? <PageError error={earlier.error} />
                            : (
                              <ul className="c9-list" aria-label={`Values of ${periodLabel(definition.collectionFrequency, measurement.periodStart)}`}>
                                {earlier.data.changes.map((change) => (
                                  <li key={change.seq}>
                                    Revision {change.seq}: {dataText(change.after)} — {sourceText(change.after)}, by {nameOf(change.by)} at {instantText(change.at)}
                                    {change.before !== null && <span className="c9-muted"> (replaced {dataText(change.before)})</span>}
                                  </li>
                                ))}
                              </ul>
                            )}
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
