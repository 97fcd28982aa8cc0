// The cycle as a month grid: rows are clauses 4–10 and the Annex A control sets, columns the months of the cycle.
// Each cell links to the audits of that month reaching the row (lozenge colour = status); a row with uncovered
// requirements is marked as a gap, and the current month is highlighted.
import type { ProgrammeView } from './api';
import { STATUS_LABELS, STATUS_TONES, buildProgrammeGrid, monthLabel } from './grid-model';

const thisMonth = (): string => new Date().toISOString().slice(0, 7);

export function ProgrammeGrid({ programme, navigate }: { readonly programme: ProgrammeView; readonly navigate: (path: string) => void }) {
  const grid = buildProgrammeGrid(programme);
  const current = thisMonth();
  return (
    <section className="c9-section" aria-labelledby="c9-grid-title" data-testid="programme-grid">
      <h2 id="c9-grid-title">Cycle at a glance</h2>
      <p className="c9-muted">
        Each row is an audit area; a cell lists the audits of that month whose scope reaches it.
        Status: <span className={`c9-lozenge ${STATUS_TONES.planned}`}>{STATUS_LABELS.planned}</span>{' '}
        <span className={`c9-lozenge ${STATUS_TONES.in_progress}`}>{STATUS_LABELS.in_progress}</span>{' '}
        <span className={`c9-lozenge ${STATUS_TONES.reported}`}>{STATUS_LABELS.reported}</span>{' '}
        <span className={`c9-lozenge ${STATUS_TONES.cancelled}`}>{STATUS_LABELS.cancelled}</span>{' '}
        <span className="c9-badge c9-tone-danger">Gap</span> = requirements no audit of this cycle reaches.
      </p>
      <div className="c9-table-scroll">
        <table className="c9-table c9-aud-grid">
          <caption className="c9-visually-hidden">Audits per area and month of the cycle {programme.id}</caption>
          <thead>
            <tr>
              <th scope="col" className="c9-aud-grid-area">Area</th>
              {grid.months.map((month) => (
                <th scope="col" key={month} className={month === current ? 'c9-aud-now' : undefined} aria-current={month === current ? 'date' : undefined}>
                  {monthLabel(month).split(' ')[0]}<br /><span className="c9-muted">{month.slice(0, 4)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.areaId} data-area={row.areaId} data-gap={row.uncovered.length > 0} className={row.uncovered.length > 0 ? 'c9-aud-gap-row' : undefined}>
                <th scope="row" className="c9-aud-grid-area">
                  {row.title}
                  {row.uncovered.length > 0 && (
                    <> <span className="c9-badge c9-tone-danger" data-testid="gap-badge">Gap: {row.uncovered.length} of {row.requirements} uncovered</span></>
                  )}
                </th>
                {row.cells.map((audits, index) => (
                  <td key={grid.months[index]} className={grid.months[index] === current ? 'c9-aud-now' : undefined}>
                    {audits.map((audit) => (
                      <button type="button" key={audit.id} className={`c9-lozenge c9-aud-chip ${STATUS_TONES[audit.status]}`} data-testid="grid-audit" data-audit={audit.id} data-status={audit.status}
                        title={`${audit.id} ${audit.title} — ${STATUS_LABELS[audit.status]}`} aria-label={`${audit.id} ${audit.title}, ${STATUS_LABELS[audit.status]}`}
                        onClick={() => { navigate(`/audits/${audit.id}`); }}>
                        {audit.id}
                      </button>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {grid.outsideCycle.length > 0 && (
        <p className="c9-state c9-state--warning">
          Outside the cycle, so covering nothing: {grid.outsideCycle.map((audit) => `${audit.id} (${audit.month})`).join(', ')}.
        </p>
      )}
    </section>
  );
}
