// What a matrix CSV import found or did: every bad row (row, column, rule), or the changes the file makes.
import type { MatrixImportAction, MatrixImportReport } from '../../../../src/contracts/matrix-payloads';

const ACTION_LABEL: Readonly<Record<MatrixImportAction, string>> = { create: 'new', update: 'updated', activate: 'activated', retire: 'retired', unchanged: 'unchanged' };
const ACTIONS: readonly MatrixImportAction[] = ['create', 'update', 'activate', 'retire', 'unchanged'];

/** "3 new, 1 updated, 38 unchanged" (zero counts left out). */
export function summariseImport(summary: Readonly<Record<MatrixImportAction, number>>): string {
  const parts = ACTIONS.filter((action) => summary[action] > 0).map((action) => `${summary[action]} ${ACTION_LABEL[action]}`);
  return parts.length === 0 ? 'no changes' : parts.join(', ');
}

export function ImportErrors({ report }: { readonly report: MatrixImportReport }) {
  return (
    <div data-testid="import-errors">
      <p className="c9-state c9-state--error" role="alert">
        Nothing was stored: {report.errors.length === 1 ? '1 problem' : `${report.errors.length} problems`} in {report.rows === 1 ? '1 row' : `${report.rows} rows`}.
        Fix {report.errors.length === 1 ? 'it' : 'them'} in the file and choose it again.
      </p>
      <table className="c9-table c9-compact">
        <caption>Problems by spreadsheet row (the header is row 1)</caption>
        <thead><tr><th scope="col">Row</th><th scope="col">Column</th><th scope="col">Rule</th></tr></thead>
        <tbody>
          {report.errors.map((error) => (
            <tr key={`${error.row}-${error.column}-${error.rule}`} data-row={error.row} data-column={error.column}>
              <td>{error.row}</td><td><code>{error.column}</code></td><td>{error.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ImportChanges({ report }: { readonly report: MatrixImportReport }) {
  if (report.changes.length === 0) return null;
  return (
    <table className="c9-table c9-compact" data-testid="import-changes">
      <caption>{report.applied ? 'What the import changed' : 'What the import will change'}</caption>
      <thead><tr><th scope="col">Row</th><th scope="col">Item</th><th scope="col">Change</th></tr></thead>
      <tbody>
        {report.changes.map((change) => (
          <tr key={change.row} data-key={change.key}>
            <td>{change.row}</td><td>{change.key}</td><td>{change.actions.map((action) => ACTION_LABEL[action]).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
