// Export of measurements as the CSV the import reads (plus indicator value, RAG, revision, who and when): the
// resolver builds the file, the browser saves it through an object URL.
import { useState } from 'react';

import type { ResolverError } from '../../../../src/contracts/envelope';
import { PageError } from '../../../shared/states';
import { exportMeasurements } from './kpi-api';

/** Saves `text` as a file named `filename` (works inside the Forge iframe: no navigation, no popup). */
export function saveTextFile(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => { URL.revokeObjectURL(url); }, 0);
}

export function ExportButton({ label, kpiId }: { readonly label: string; readonly kpiId?: string }) {
  const [state, setState] = useState<{ readonly state: 'idle' | 'exporting' } | { readonly state: 'done'; readonly rows: number; readonly filename: string } | { readonly state: 'failed'; readonly error: ResolverError }>({ state: 'idle' });
  const run = () => {
    setState({ state: 'exporting' });
    void exportMeasurements(kpiId).then((answer) => {
      if (answer.state === 'error') { setState({ state: 'failed', error: answer.error }); return; }
      saveTextFile(answer.data.filename, answer.data.csv);
      setState({ state: 'done', rows: answer.data.rows, filename: answer.data.filename });
    });
  };
  return (
    <>
      <button type="button" className="c9-button" onClick={run} disabled={state.state === 'exporting'} data-testid="export-csv">
        {state.state === 'exporting' ? 'Exporting…' : label}
      </button>
      {state.state === 'done' && <span className="c9-muted" role="status" data-testid="export-done">Saved {state.filename} ({state.rows} rows).</span>}
      {state.state === 'failed' && <PageError error={state.error} />}
    </>
  );
}
