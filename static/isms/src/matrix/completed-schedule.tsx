// The completed monitoring schedule (ISO/IEC 27001 9.1 record) for a window of due dates: counts, one row per check,
// printable (window.print with print CSS) and exportable as CSV for the certification body.
import { useCallback, useEffect, useState } from 'react';
import type { SyntheticEvent } from 'react';

import type { ResolverError } from '../../../../src/contracts/envelope';
import type { CompletedSchedule as Schedule } from '../../../../src/contracts/schedule-payloads';
import type { LocalDate } from '../../../../src/domain/local-date';
import { EmptyState, Loading, PageError } from '../../../shared/states';
import { downloadText } from './download-file';
import { errorsFromResolver, NO_ERRORS } from './form-errors';
import { TextField } from './form-fields';
import { exportSchedule, fetchSchedule } from './matrix-api';
import { ScheduleTable } from './schedule-table';
import { defaultScheduleWindow } from './schedule-window';

type Loaded = { readonly state: 'loading' } | { readonly state: 'error'; readonly error: ResolverError } | { readonly state: 'ready'; readonly schedule: Schedule };

export function CompletedSchedule({ today, viewerName }: { readonly today: LocalDate; readonly viewerName: string }) {
  const [range, setRange] = useState<{ readonly from: string; readonly to: string }>(() => defaultScheduleWindow(today));
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [exportError, setExportError] = useState<ResolverError | null>(null);

  const load = useCallback((from: string, to: string) => {
    setLoaded({ state: 'loading' });
    void fetchSchedule(from, to).then((answer) => { setLoaded(answer.state === 'ready' ? { state: 'ready', schedule: answer.data } : answer); });
  }, []);
  useEffect(() => { const initial = defaultScheduleWindow(today); load(initial.from, initial.to); }, [load, today]);

  const show = (event: SyntheticEvent) => { event.preventDefault(); load(range.from, range.to); };
  const exportCsv = () => {
    setExportError(null);
    void exportSchedule(range.from, range.to).then((answer) => { if (answer.state === 'ready') downloadText(answer.data.filename, answer.data.csv); else setExportError(answer.error); });
  };
  const errors = loaded.state === 'error' ? errorsFromResolver(loaded.error) : NO_ERRORS;
  const schedule = loaded.state === 'ready' ? loaded.schedule : null;

  return (
    <section aria-labelledby="c9-schedule-title" data-testid="completed-schedule">
      <form className="c9-toolbar c9-no-print c9-window" onSubmit={show} noValidate aria-label="Window of due dates">
        <TextField label="Due from" field="from" type="date" errors={errors} value={range.from} onChange={(from) => { setRange({ ...range, from }); }} />
        <TextField label="Due to" field="to" type="date" errors={errors} value={range.to} onChange={(to) => { setRange({ ...range, to }); }} />
        <button type="submit" className="c9-button c9-button--primary">Show</button>
        <button type="button" className="c9-button" onClick={() => { globalThis.print(); }} disabled={schedule === null} data-testid="print-schedule">Print</button>
        <button type="button" className="c9-button" onClick={exportCsv} disabled={schedule === null} data-testid="export-schedule">Export CSV</button>
      </form>
      {exportError !== null && <PageError error={exportError} testId="export-error" />}
      {loaded.state === 'loading' && <Loading what="the completed schedule" />}
      {loaded.state === 'error' && errors.size === 0 && <PageError error={loaded.error} />}
      {schedule !== null && (
        <>
          <h2 id="c9-schedule-title">Completed monitoring schedule: checks due {schedule.from} to {schedule.to}</h2>
          <p className="c9-muted" data-testid="schedule-as-of">Record as of {schedule.today}, prepared by {viewerName}. Source: Monitoring check issues in Jira and the monitoring matrix.</p>
          <ul className="c9-summary" data-testid="schedule-counts">
            <li className="c9-tone-neutral"><strong>{schedule.counts.due}</strong>due</li>
            <li className="c9-tone-success"><strong>{schedule.counts.done}</strong>done</li>
            <li className="c9-tone-success"><strong>{schedule.counts.doneOnTime}</strong>done on time</li>
            <li className={schedule.counts.overdue > 0 ? 'c9-tone-danger' : 'c9-tone-neutral'}><strong>{schedule.counts.overdue}</strong>overdue</li>
            <li className={schedule.counts.reportsLate > 0 ? 'c9-tone-warning' : 'c9-tone-neutral'}><strong>{schedule.counts.reportsLate}</strong>reports late</li>
          </ul>
          {schedule.truncated && <p className="c9-state c9-state--warning" role="status">More checks are due in this window than one page holds: narrow the window to see them all.</p>}
          {schedule.rows.length === 0 ? <EmptyState title="No monitoring checks were due in this window.">Choose a wider window of due dates.</EmptyState> : <ScheduleTable rows={schedule.rows} />}
        </>
      )}
    </section>
  );
}
