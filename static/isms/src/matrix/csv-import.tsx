// Importing the matrix from a CSV file: choose a file → the file is checked without storing anything (a dry run) →
// every bad row is listed (row, column, rule) and nothing can be stored until the file is clean → import, then the
// created/updated counts. The same file text is sent both times, so the import is exactly what was previewed.
import { useState } from 'react';

import type { ResolverError } from '../../../../src/contracts/envelope';
import type { IsmsAccess } from '../../../../src/contracts/isms-access';
import type { MatrixImportReport } from '../../../../src/contracts/matrix-payloads';
import { PageError } from '../../../shared/states';
import { ImportChanges, ImportErrors, summariseImport } from './import-report';
import { importMatrix } from './matrix-api';

type Step =
  | { readonly step: 'choose' }
  | { readonly step: 'checking' | 'importing'; readonly name: string; readonly csv: string; readonly preview?: MatrixImportReport }
  | { readonly step: 'preview'; readonly name: string; readonly csv: string; readonly preview: MatrixImportReport }
  | { readonly step: 'imported'; readonly name: string; readonly report: MatrixImportReport }
  | { readonly step: 'failed'; readonly name: string; readonly error: ResolverError };

export function CsvImport({ access, onImported }: { readonly access: IsmsAccess; readonly onImported: (message: string) => void }) {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [inputKey, setInputKey] = useState(0);

  if (!access.canManage) return <p className="c9-state" data-testid="read-only-note">Importing needs an ISMS manager. {access.reason ?? ''}</p>;

  const check = (file: File) => {
    void file.text().then(async (csv) => {
      setState({ step: 'checking', name: file.name, csv });
      const answer = await importMatrix(csv, true);
      setState(answer.state === 'ready' ? { step: 'preview', name: file.name, csv, preview: answer.data } : { step: 'failed', name: file.name, error: answer.error });
    });
  };
  const store = (name: string, csv: string, preview: MatrixImportReport) => {
    setState({ step: 'importing', name, csv, preview });
    void importMatrix(csv, false).then((answer) => {
      if (answer.state === 'error') { setState({ step: 'failed', name, error: answer.error }); return; }
      if (answer.data.errors.length > 0) { setState({ step: 'preview', name, csv, preview: answer.data }); return; }
      setState({ step: 'imported', name, report: answer.data });
      onImported(`Imported ${name}: ${summariseImport(answer.data.summary)}.`);
    });
  };
  const again = () => { setState({ step: 'choose' }); setInputKey((key) => key + 1); };

  return (
    <section className="c9-section" aria-labelledby="c9-import-title" data-testid="csv-import">
      <h2 id="c9-import-title">Import the matrix from CSV</h2>
      <p className="c9-muted">
        One row per item, columns as in the export (Export CSV on the Matrix tab gives a file to start from). Rows are matched by id: new ids are added, changed rows
        update their item, identical rows change nothing. The file is checked first; nothing is stored while any row has a problem.
      </p>
      <div className="c9-field">
        <label htmlFor="c9-import-file">CSV file</label>
        <input key={inputKey} id="c9-import-file" type="file" accept=".csv,text/csv" data-testid="import-file" disabled={state.step === 'checking' || state.step === 'importing'}
          onChange={(event) => { const file = event.target.files?.[0]; if (file !== undefined) check(file); }} />
      </div>
      {state.step === 'checking' && <p className="c9-state" role="status">Checking {state.name}… nothing is stored yet.</p>}
      {state.step === 'failed' && <PageError error={state.error} testId="import-failed" />}
      {(state.step === 'preview' || state.step === 'importing') && state.preview !== undefined && (
        state.preview.errors.length > 0 ? <ImportErrors report={state.preview} /> : (
          <div data-testid="import-preview">
            <p className="c9-state c9-state--success" role="status">
              {state.name}: {state.preview.rows} rows, all valid — {summariseImport(state.preview.summary)}. Nothing is stored until you import.
            </p>
            <ImportChanges report={state.preview} />
            <div className="c9-actions">
              <button type="button" className="c9-button c9-button--primary" data-testid="confirm-import" disabled={state.step === 'importing' || state.preview.changes.length === 0}
                onClick={() => { if (state.preview !== undefined) store(state.name, state.csv, state.preview); }}>
                {state.step === 'importing' ? 'Importing…' : state.preview.changes.length === 0 ? 'Nothing to import' : `Import ${state.preview.changes.length} changed rows`}
              </button>
              <button type="button" className="c9-button" onClick={again}>Choose another file</button>
            </div>
          </div>
        )
      )}
      {state.step === 'imported' && (
        <div data-testid="import-done">
          <p className="c9-state c9-state--success" role="status">Imported {state.name}: {summariseImport(state.report.summary)}.</p>
          <ImportChanges report={state.report} />
          <button type="button" className="c9-button" onClick={again}>Import another file</button>
        </div>
      )}
    </section>
  );
}
