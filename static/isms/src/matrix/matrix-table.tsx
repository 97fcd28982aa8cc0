// The monitoring matrix as a table: one row per item with what, how, how often, who, evidence for which clauses and
// controls, risks, spot-check flag, status and next due date; row actions for managers, history for everyone.
import type { MonitoringItemView } from '../../../../src/contracts/matrix-payloads';
import { getCatalogueEntry } from '../../../../src/domain/iso-catalogue/catalogue';
import { MONITORED_ELEMENT_LABELS, MONITORING_METHOD_LABELS, REPORT_TYPE_LABELS } from '../../../../src/domain/monitoring-vocabulary';
import { ELEMENT_SHORT_LABEL, STATUS_LABEL, STATUS_TONE } from './vocabulary-options';

export type RowAction = 'edit' | 'activate' | 'retire' | 'history';

function NextDue({ view }: { readonly view: MonitoringItemView }) {
  const { item } = view;
  if (item.status === 'draft') return <span className="c9-muted">Not active</span>;
  if (item.status === 'retired') return <span className="c9-muted">Retired {item.retiredOn}</span>;
  return view.nextDueOn === null ? <span className="c9-muted">Series ended</span> : <time dateTime={view.nextDueOn}>{view.nextDueOn}</time>;
}

export function MatrixTable({ items, canEdit, nameOf, onAction }: {
  readonly items: readonly MonitoringItemView[];
  readonly canEdit: boolean;
  readonly nameOf: (accountId: string) => string;
  readonly onAction: (action: RowAction, view: MonitoringItemView) => void;
}) {
  return (
    <div className="c9-table-scroll">
      <table className="c9-table c9-matrix-table" data-testid="matrix-table">
        <caption className="c9-visually-hidden">Monitoring items</caption>
        <thead>
          <tr>
            <th scope="col">ID and status</th><th scope="col">Item and entity</th><th scope="col">Element</th><th scope="col">Method</th><th scope="col">Frequency</th>
            <th scope="col">Responsible</th><th scope="col">Report type</th><th scope="col">Clauses / controls</th><th scope="col">Risks</th>
            <th scope="col">Spot check</th><th scope="col">Next due</th><th scope="col" className="c9-no-print">Actions</th>
          </tr>
        </thead>
        <tbody>
          {items.map((view) => {
            const { item } = view;
            return (
              <tr key={item.id} data-item-id={item.id} data-status={item.status}>
                <td className="c9-nowrap">{item.id}<br /><span className={`c9-lozenge ${STATUS_TONE[item.status]}`}>{STATUS_LABEL[item.status]}</span></td>
                <td className="c9-col-title"><strong>{item.title}</strong><br /><span className="c9-muted">{item.entity.name} · {item.entity.kind}</span></td>
                <td className="c9-small" title={MONITORED_ELEMENT_LABELS[item.element]}>{ELEMENT_SHORT_LABEL[item.element]}</td>
                <td className="c9-small">{MONITORING_METHOD_LABELS[item.method]} <span className="c9-muted">({item.approach})</span></td>
                <td className="c9-small">{view.recurrenceText}<br /><span className="c9-muted">lead time {item.leadTimeDays} d</span></td>
                <td data-testid="responsible">{nameOf(item.responsibleAccountId)}</td>
                <td className="c9-small">{REPORT_TYPE_LABELS[item.reportType]}</td>
                <td>
                  <ul className="c9-ids">{item.covers.map((id) => <li key={id}><span className="c9-badge c9-tone-discovery" title={getCatalogueEntry(id).title}>{id}</span></li>)}</ul>
                </td>
                <td>{item.riskIds.length === 0 ? <span className="c9-muted">—</span> : <ul className="c9-ids c9-ids--stacked">{item.riskIds.map((risk) => <li key={risk} className="c9-nowrap">{risk}</li>)}</ul>}</td>
                <td>{item.spotCheckOfCriticalTask ? <span className="c9-badge c9-tone-warning">Yes</span> : <span className="c9-muted">No</span>}</td>
                <td className="c9-nowrap"><NextDue view={view} /></td>
                <td className="c9-no-print">
                  <div className="c9-row-actions">
                    {canEdit && view.allowedIntents.includes('revise') && <button type="button" className="c9-button c9-button--subtle" aria-label={`Edit ${item.id}`} onClick={() => { onAction('edit', view); }}>Edit</button>}
                    {canEdit && view.allowedIntents.includes('activate') && <button type="button" className="c9-button c9-button--subtle" aria-label={`Activate ${item.id}`} onClick={() => { onAction('activate', view); }}>Activate</button>}
                    {canEdit && view.allowedIntents.includes('retire') && <button type="button" className="c9-button c9-button--subtle" aria-label={`Retire ${item.id}`} onClick={() => { onAction('retire', view); }}>Retire</button>}
                    <button type="button" className="c9-button c9-button--subtle" aria-label={`History of ${item.id}`} onClick={() => { onAction('history', view); }}>History</button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
