// Importing measurements from CSV in two steps: "Check file" runs the import as a dry run (nothing stored) and lists
// every bad row with its column and rule; only a clean file can then be imported, and the same text is sent again.
import { useState } from 'react';

import type { ResolverError } from '../../../../src/contracts/envelope';
import { MAX_CSV_PART_BYTES, MAX_CSV_PARTS } from '../../../../src/contracts/csv-upload';
import type { Answer } from '../../../shared/invoke';
import { PageError } from '../../../shared/states';
import { csvParts } from './csv-parts';
import { importMeasurements, type MeasurementImportReport } from './kpi-api';

type Step =
  | { readonly state: 'idle' | 'checking' | 'importing' }
  | { readonly state: 'checked' | 'imported'; readonly report: MeasurementImportReport }
  | { readonly state: 'failed'; readonly error: ResolverError };

/** Sends the file (in parts when large) and answers the import report. */
async function runImport(text: string, dryRun: boolean): Promise<Answer<MeasurementImportReport>> {
  const parts = csvParts(text);
  if (parts === null) return { state: 'error', error: { code: 'INVALID_PAYLOAD', message: `The file is too large: at most ${MAX_CSV_PARTS} parts of ${MAX_CSV_PART_BYTES} bytes can be sent.`, field: 'csv' } };
  const uploadId = `kpi-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  for (const [index, csv] of parts.entries()) {
    const answer = await importMeasurements(parts.length === 1 ? { csv, dryRun } : { csv, dryRun, part: { uploadId, index: index + 1, count: parts.length } });
    if (answer.state === 'error') return answer;
    if (!('status' in answer.data)) return { state: 'ready', data: answer.data };
  }
  return { state: 'error', error: { code: 'INTERNAL', message: 'Clause9 received every part but did not run the import; check the file again.' } };
}

export function CsvImport({ onClose, onImported }: { readonly onClose: () => void; readonly onImported: () => void }) {
  const [file, setFile] = useState<{ readonly name: string; readonly text: string } | null>(null);
  const [step, setStep] = useState<Step>({ state: 'idle' });

  const run = (dryRun: boolean) => {
    if (file === null) return;
    setStep({ state: dryRun ? 'checking' : 'importing' });
    void runImport(file.text, dryRun).then((answer) => {
      if (answer.state === 'error') { setStep({ state: 'failed', error: answer.error }); return; }
      setStep({ state: dryRun || !answer.data.applied ? 'checked' : 'imported', report: answer.data });
      if (!dryRun && answer.data.applied) onImported();
    });
  };

  const choose = (chosen: File | undefined) => {
    setStep({ state: 'idle' });
    if (chosen === undefined) { setFile(null); return; }
    void chosen.text().then((text) => { setFile({ name: chosen.name, text }); });
  };

  const report = step.state === 'checked' || step.state === 'imported' ? step.report : null;
  const clean = step.state === 'checked' && step.report.errors.length === 0;
  return (
    <section className="c9-section c9-no-print" aria-labelledby="c9-import-title" data-testid="csv-import">
      <h2 id="c9-import-title">Import measurements from CSV</h2>
      <p className="c9-muted">
        Columns: <code>kpi_id</code>, <code>period_start</code> (any date in the period), and either <code>value</code> or <code>base_values</code>{' '}
        (<code>name=3;other=4</code>); optional <code>source</code> (manual or automated) and <code>source_name</code>. A file exported here imports unchanged.
        One bad row and nothing is stored; a new value for a recorded period supersedes it and keeps the old one in its history.
      </p>
      <div className="c9-field">
        <label htmlFor="c9-import-file">CSV file</label>
        <input id="c9-import-file" type="file" accept=".csv,text/csv" onChange={(event) => { choose(event.target.files?.[0]); }} data-testid="import-file" />
      </div>
      <div className="c9-actions">
        <button type="button" className="c9-button" disabled={file === null || step.state === 'checking' || step.state === 'importing'} onClick={() => { run(true); }} data-testid="import-check">
          {step.state === 'checking' ? 'Checking…' : 'Check file'}
        </button>
        <button type="button" className="c9-button c9-button--primary" disabled={!clean} onClick={() => { run(false); }} data-testid="import-apply">
          {step.state === 'importing' ? 'Importing…' : 'Import'}
        </button>
        <button type="button" className="c9-button c9-button--subtle" onClick={onClose}>Close</button>
      </div>
      {step.state === 'failed' && <PageError error={step.error} testId="import-error" />}
      {report !== null && <ImportReport report={report} fileName={file?.name ?? ''} />}
    </section>
  );
}

function ImportReport({ report, fileName }: { readonly report: MeasurementImportReport; readonly fileName: string }) {
  const { record, supersede, unchanged } = report.summary;
  if (report.errors.length > 0) {
    return (
      <div data-testid="import-errors">
        <p className="c9-state c9-state--error" role="alert">
          {fileName} has {report.errors.length} problem{report.errors.length === 1 ? '' : 's'} in {report.rows} rows. Nothing was stored: fix the rows below and check the file again.
        </p>
        <table className="c9-table">
          <caption>Problems by row (row 1 is the header)</caption>
          <thead><tr><th scope="col">Row</th><th scope="col">Column</th><th scope="col">Rule</th></tr></thead>
          <tbody>
            {report.errors.map((error) => (
              <tr key={`${error.row}-${error.column}-${error.rule}`} data-testid="import-error-row" data-row={error.row} data-column={error.column}>
                <td>{error.row}</td><td><code>{error.column}</code></td><td>{error.rule}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  const counts = `${record} new value${record === 1 ? '' : 's'}, ${supersede} correction${supersede === 1 ? '' : 's'} of recorded periods, ${unchanged} unchanged`;
  return report.applied ? (
    <p className="c9-state c9-state--success" role="status" data-testid="import-done">Imported {fileName}: {counts}.</p>
  ) : (
    <div className="c9-state" role="status" data-testid="import-preview">
      <p>{fileName} is valid ({report.rows} rows): importing it stores {counts}. Nothing is stored until you choose Import.</p>
      {report.changes.length > 0 && (
        <ul className="c9-import-changes">
          {report.changes.slice(0, 20).map((change) => <li key={change.key}>Row {change.row}: {change.key.replace(':', ' · ')} — {change.actions.includes('supersede') ? 'corrects the recorded value' : 'new value'}</li>)}
          {report.changes.length > 20 && <li>…and {report.changes.length - 20} more.</li>}
        </ul>
      )}
    </div>
  );
}
