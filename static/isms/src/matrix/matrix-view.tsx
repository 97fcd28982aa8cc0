// The matrix tab: filters and counts, the table, and the dialogs behind its buttons (add, edit, activate, retire,
// history). Managers get the edit actions; readers see why they are not there.
import { useState } from 'react';

import type { IsmsAccess } from '../../../../src/contracts/isms-access';
import type { MatrixList, MonitoringItemView } from '../../../../src/contracts/matrix-payloads';
import type { ResolverError } from '../../../../src/contracts/envelope';
import { useDisplayNames } from '../../../shared/people';
import { EmptyState, PageError } from '../../../shared/states';
import { downloadText } from './download-file';
import { blankDraft, draftOf } from './item-draft';
import { ItemEditor } from './item-editor';
import { ItemHistory } from './item-history';
import { ActivatePanel, RetirePanel } from './lifecycle-panels';
import { exportMatrix } from './matrix-api';
import { filterMatrix, NO_FILTER } from './matrix-filter';
import type { RowAction } from './matrix-table';
import { MatrixTable } from './matrix-table';
import { MatrixToolbar } from './matrix-toolbar';

type Open = { readonly action: RowAction; readonly view: MonitoringItemView } | { readonly action: 'add' } | null;

export function MatrixView({ list, access, accountId, onChanged }: {
  readonly list: MatrixList;
  readonly access: IsmsAccess;
  readonly accountId: string | null;
  /** Reloads the list after a change; `message` says what changed. */
  readonly onChanged: (message: string) => void;
}) {
  const [filter, setFilter] = useState(NO_FILTER);
  const [open, setOpen] = useState<Open>(null);
  const [exportError, setExportError] = useState<ResolverError | null>(null);
  const [exporting, setExporting] = useState(false);
  const names = useDisplayNames(list.items.flatMap((view) => [view.item.responsibleAccountId, view.changedBy]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const shown = filterMatrix(list.items, filter);
  const close = () => { setOpen(null); };
  const done = (message: string) => { setOpen(null); onChanged(message); };

  const exportCsv = () => {
    setExporting(true);
    setExportError(null);
    void exportMatrix().then((answer) => {
      setExporting(false);
      if (answer.state === 'ready') downloadText(answer.data.filename, answer.data.csv); else setExportError(answer.error);
    });
  };

  return (
    <section aria-label="Monitoring items">
      <div className="c9-toolbar c9-no-print">
        {access.canManage && <button type="button" className="c9-button c9-button--primary" data-testid="add-item" onClick={() => { setOpen({ action: 'add' }); }}>Add item</button>}
        <button type="button" className="c9-button" data-testid="export-matrix" disabled={exporting} onClick={exportCsv}>{exporting ? 'Exporting…' : 'Export CSV'}</button>
      </div>
      {!access.canManage && (
        <p className="c9-state" data-testid="read-only-note">You can view the matrix but not change it. {access.reason ?? ''}</p>
      )}
      {exportError !== null && <PageError error={exportError} testId="export-error" />}
      {open?.action === 'add' && (
        <ItemEditor start={blankDraft(list.items.map((view) => view.item), list.today, accountId)} onClose={close} onSaved={(id) => { done(`${id} added as a draft.`); }} />
      )}
      {open?.action === 'edit' && <ItemEditor start={draftOf(open.view.item)} editing={open.view} onClose={close} onSaved={(id) => { done(`${id} saved.`); }} />}
      {open?.action === 'activate' && <ActivatePanel view={open.view} today={list.today} onClose={close} onDone={() => { done(`${open.view.item.id} activated.`); }} />}
      {open?.action === 'retire' && <RetirePanel view={open.view} today={list.today} onClose={close} onDone={() => { done(`${open.view.item.id} retired.`); }} />}
      {open?.action === 'history' && <ItemHistory view={open.view} onClose={close} />}
      <MatrixToolbar list={list} filter={filter} onFilter={setFilter} shown={shown.length} nameOf={nameOf} />
      {list.items.length === 0 ? (
        <EmptyState title="The matrix has no monitoring items yet.">
          {access.canManage ? 'Add the first item, or import your matrix spreadsheet as CSV.' : 'Your ISMS manager adds them; check back later.'}
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title="No items match these filters.">Clear the filters or search for something else.</EmptyState>
      ) : (
        <MatrixTable items={shown} canEdit={access.canManage} nameOf={nameOf} onAction={(action, view) => { setOpen({ action, view }); }} />
      )}
    </section>
  );
}
