// An item's change history, newest first: version, when (UTC), who, what kind of change, and each changed field
// before → after. Pages of 20, "Show older changes" for more.
import { useCallback, useEffect, useState } from 'react';

import type { ResolverError } from '../../../../src/contracts/envelope';
import type { MonitoringItemChangeView, MonitoringItemView } from '../../../../src/contracts/matrix-payloads';
import { useDisplayNames } from '../../../shared/people';
import { Loading, PageError } from '../../../shared/states';
import { describeField, describeStatusChange, FIELD_LABELS } from './history-values';
import { fetchHistory } from './matrix-api';
import { MatrixPanel } from './matrix-panel';

const INTENT_LABEL = { create: 'Created', revise: 'Edited', activate: 'Activated', retire: 'Retired' } as const;
const when = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

type Pages = { readonly changes: readonly MonitoringItemChangeView[]; readonly nextCursor?: string };

export function ItemHistory({ view, onClose }: { readonly view: MonitoringItemView; readonly onClose: () => void }) {
  const [pages, setPages] = useState<Pages | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const id = view.item.id;

  const load = useCallback((cursor?: string) => {
    setLoadingMore(cursor !== undefined);
    void fetchHistory(id, cursor).then((answer) => {
      setLoadingMore(false);
      if (answer.state === 'error') { setError(answer.error); return; }
      setPages((current) => ({ changes: [...(cursor === undefined ? [] : (current?.changes ?? [])), ...answer.data.changes], ...(answer.data.nextCursor === undefined ? {} : { nextCursor: answer.data.nextCursor }) }));
    });
  }, [id]);
  useEffect(() => { load(); }, [load]);

  const people = (pages?.changes ?? []).flatMap((change) => [change.by, change.after.responsibleAccountId, change.after.analysis.analystAccountId,
    ...(change.before === null ? [] : [change.before.responsibleAccountId, change.before.analysis.analystAccountId])]);
  const names = useDisplayNames(people);
  const nameOf = (accountId: string): string => names.get(accountId) ?? accountId;

  return (
    <MatrixPanel title={`History of ${id}`} testId="item-history" onClose={onClose}>
      <p className="c9-muted">{view.item.title} — version {view.version}, last changed {when(view.changedAt)} by {nameOf(view.changedBy)}.</p>
      {error !== null && <PageError error={error} />}
      {pages === null && error === null && <Loading what="the history" />}
      {pages !== null && (
        <ol className="c9-list c9-history-list" data-testid="history-entries">
          {pages.changes.map((change) => (
            <li key={change.version} data-version={change.version}>
              <p><strong>Version {change.version}</strong> · {INTENT_LABEL[change.intent]} · {when(change.at)} · {nameOf(change.by)}</p>
              {change.intent !== 'revise' && <p className="c9-muted">{describeStatusChange(change.after)}</p>}
              {change.before !== null && change.changedFields.length > 0 && (
                <table className="c9-table c9-compact">
                  <thead><tr><th scope="col">Field</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
                  <tbody>
                    {change.changedFields.map((field) => (
                      <tr key={field}>
                        <th scope="row">{FIELD_LABELS[field] ?? field}</th>
                        <td>{change.before === null ? '' : describeField(change.before, field, nameOf)}</td>
                        <td>{describeField(change.after, field, nameOf)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          ))}
        </ol>
      )}
      {pages?.nextCursor !== undefined && (
        <button type="button" className="c9-button" disabled={loadingMore} onClick={() => { load(pages.nextCursor); }}>{loadingMore ? 'Loading…' : 'Show older changes'}</button>
      )}
    </MatrixPanel>
  );
}
