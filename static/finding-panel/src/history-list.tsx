// The finding's full history, oldest first: who moved it from which stage to which, when, with their note.
import { FINDING_STAGE_LABELS } from '../../../src/adapters/jira/finding-issue-fields';
import type { FindingPanelView } from './api';
import { formatInstant, INTENT_LABELS } from './lifecycle';

export function HistoryList({ history, nameOf }: { readonly history: FindingPanelView['history']; readonly nameOf: (accountId: string) => string }) {
  return (
    <section className="c9-section" aria-labelledby="c9f-history-title" data-testid="history">
      <details className="c9f-details">
        <summary><h2 id="c9f-history-title" className="c9f-inline-heading">History ({history.length})</h2></summary>
        <ol className="c9-list c9f-history">
          {history.map((entry, index) => (
            <li key={`${entry.at}-${String(index)}`} data-intent={entry.intent}>
              <strong>{INTENT_LABELS[entry.intent]}</strong>
              <div className="c9-meta c9-muted">
                <span>{formatInstant(entry.at)}</span>
                <span>{nameOf(entry.by)}</span>
                <span>{entry.from === null ? '' : `${FINDING_STAGE_LABELS[entry.from]} → `}{FINDING_STAGE_LABELS[entry.to]}</span>
              </div>
              {entry.note !== null && <p className="c9f-note">{entry.note}</p>}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
