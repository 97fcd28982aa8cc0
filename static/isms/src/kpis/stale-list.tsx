// "Measurement overdue": the active KPIs not fed on schedule, most overdue first — what the MR chases.
import type { StaleKpi } from './kpi-api';
import { daysText } from './kpi-format';

export function StaleList({ rows, nameOf, navigate }: {
  readonly rows: readonly StaleKpi[];
  readonly nameOf: (accountId: string) => string;
  readonly navigate: (path: string) => void;
}) {
  return (
    <section className="c9-section" aria-labelledby="c9-stale-title" data-testid="stale-list">
      <h2 id="c9-stale-title">Measurement overdue</h2>
      {rows.length === 0 ? (
        <p className="c9-state c9-state--success" data-testid="stale-none">Every active KPI has been measured on schedule.</p>
      ) : (
        <>
          <p className="c9-muted">A KPI is overdue when the value for its next collection period has not been recorded within the grace days after the period ended.</p>
          <div className="c9-table-scroll">
            <table className="c9-table">
              <thead>
                <tr><th scope="col">KPI</th><th scope="col">Missing period starting</th><th scope="col">Was due by</th><th scope="col">Overdue by</th><th scope="col">Collector</th><th scope="col">Owner</th></tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.kpiId} data-testid="stale-row" data-kpi={row.kpiId}>
                    <th scope="row">
                      <button type="button" className="c9-link" onClick={() => { navigate(`/kpis/${row.kpiId}`); }}>{row.name}</button>
                      <div className="c9-muted">{row.kpiId}</div>
                    </th>
                    <td>{row.staleness.missingPeriodStart}</td>
                    <td>{row.staleness.dueBy}</td>
                    <td><span className="c9-lozenge c9-tone-danger" data-testid="overdue-days">{daysText(row.staleness.daysOverdue)}</span></td>
                    <td>{nameOf(row.collector)}</td>
                    <td>{nameOf(row.owner)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
