// The review's lifecycle as recorded: who scheduled it, built the pack, minuted the meeting and published each
// version, and when — the trail an auditor asks for.
import type { ReviewViewData } from '../../../../src/contracts/management-review-views';
import { instantText, STATUS_LABELS } from './review-format';

const INTENT_LABELS = { schedule: 'Scheduled', preparePack: 'Pack built', recordHeld: 'Meeting minuted', publish: 'Published' } as const;

export function ReviewHistory({ history, nameOf }: { readonly history: ReviewViewData['history']; readonly nameOf: (accountId: string) => string }) {
  return (
    <section className="c9-section" aria-labelledby="c9-history-title" data-testid="review-history">
      <h2 id="c9-history-title">History</h2>
      <div className="c9-table-scroll">
        <table className="c9-table">
          <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Status</th><th scope="col">Note</th></tr></thead>
          <tbody>
            {[...history].reverse().map((entry, index) => (
              <tr key={`${entry.at}-${index}`}>
                <td>{instantText(entry.at)}</td>
                <td>{nameOf(entry.by)}</td>
                <td>{INTENT_LABELS[entry.intent]}</td>
                <td>{entry.from === null ? '' : `${STATUS_LABELS[entry.from]} → `}{STATUS_LABELS[entry.to]}</td>
                <td>{entry.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
