// The completed schedule's rows: which check was due when, who did it, when it was done and with what outcome,
// and whether its report reached the steering committee by its deadline.
import { router } from '@forge/bridge';

import type { CompletedScheduleRow, ScheduleState } from '../../../../src/contracts/schedule-payloads';
import { timeliness } from './schedule-window';

const STATE: Readonly<Record<ScheduleState, { readonly label: string; readonly tone: string }>> = {
  done: { label: 'Done', tone: 'c9-tone-success' },
  open: { label: 'Open', tone: 'c9-tone-neutral' },
  overdue: { label: 'Overdue', tone: 'c9-tone-danger' },
};

function Flag({ onTime, pending }: { readonly onTime: boolean | null; readonly pending: string }) {
  const flag = timeliness(onTime, pending);
  return <span className={`c9-badge ${flag.tone}`}>{flag.label}</span>;
}

export function ScheduleTable({ rows }: { readonly rows: readonly CompletedScheduleRow[] }) {
  return (
    <div className="c9-table-scroll">
      <table className="c9-table c9-schedule-table" data-testid="schedule-table">
        <caption className="c9-visually-hidden">Monitoring checks due in the window</caption>
        <thead>
          <tr>
            <th scope="col">Check</th><th scope="col">Monitoring item</th><th scope="col">Due</th><th scope="col">Responsible</th><th scope="col">State</th>
            <th scope="col">Done on</th><th scope="col">Outcome</th><th scope="col">Report due</th><th scope="col">Report sent</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.checkKey} data-check={row.checkKey} data-state={row.state}>
              <td className="c9-nowrap">
                <button type="button" className="c9-link" onClick={() => { void router.navigate({ target: 'issue', issueKey: row.checkKey }); }}>{row.checkKey}</button>
              </td>
              <td>
                {row.itemId !== null && <strong>{row.itemId} </strong>}
                {row.itemTitle ?? <>{row.summary}{row.itemId !== null && <span className="c9-muted"> (item no longer in the matrix)</span>}</>}
              </td>
              <td className="c9-nowrap">{row.dueOn ?? '—'}</td>
              <td>{row.responsible?.displayName ?? <span className="c9-muted">Unassigned</span>}</td>
              <td>
                <span className={`c9-lozenge ${STATE[row.state].tone}`}>{STATE[row.state].label}</span>
                {row.status.toLowerCase() !== STATE[row.state].label.toLowerCase() && <><br /><span className="c9-muted">Jira: {row.status}</span></>}
              </td>
              <td className="c9-nowrap">{row.doneOn === null ? <span className="c9-muted">—</span> : <>{row.doneOn} <Flag onTime={row.doneOnTime} pending="" /></>}</td>
              <td>{row.outcome ?? <span className="c9-muted">—</span>}</td>
              <td className="c9-nowrap">{row.reportDueOn ?? <span className="c9-muted">—</span>}</td>
              <td className="c9-nowrap">
                {row.reportSentOn ?? (row.reportDueOn === null ? <span className="c9-muted">—</span> : <span className="c9-muted">Not sent</span>)}{' '}
                {row.reportDueOn !== null && <Flag onTime={row.reportOnTime} pending="Not yet due" />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
