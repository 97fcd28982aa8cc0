// The matrix table's filters and counts: status (with counts per status), clause or control, responsible, text.
import type { MatrixList } from '../../../../src/contracts/matrix-payloads';
import type { MonitoringItemStatus } from '../../../../src/domain/monitoring-item';
import { getCatalogueEntry } from '../../../../src/domain/iso-catalogue/catalogue';
import { coveredIds, NO_FILTER, responsibleIds } from './matrix-filter';
import type { MatrixFilter } from './matrix-filter';
import { STATUS_LABEL } from './vocabulary-options';

const STATUSES: readonly MonitoringItemStatus[] = ['active', 'draft', 'retired'];

export function MatrixToolbar({ list, filter, onFilter, shown, nameOf }: {
  readonly list: MatrixList;
  readonly filter: MatrixFilter;
  readonly onFilter: (filter: MatrixFilter) => void;
  readonly shown: number;
  readonly nameOf: (accountId: string) => string;
}) {
  const total = list.counts.active + list.counts.draft + list.counts.retired;
  const people = responsibleIds(list.items).map((id) => ({ id, name: nameOf(id) })).sort((a, b) => a.name.localeCompare(b.name));
  const filtered = filter.status !== 'all' || filter.covers !== '' || filter.responsible !== '' || filter.text !== '';
  return (
    <div className="c9-no-print" data-testid="matrix-filters">
      <div className="c9-toolbar" role="group" aria-label="Status">
        <button type="button" className="c9-button" aria-pressed={filter.status === 'all'} onClick={() => { onFilter({ ...filter, status: 'all' }); }}>
          All <span className="c9-count">{total}</span>
        </button>
        {STATUSES.map((status) => (
          <button key={status} type="button" className="c9-button" aria-pressed={filter.status === status} data-testid={`count-${status}`} onClick={() => { onFilter({ ...filter, status }); }}>
            {STATUS_LABEL[status]} <span className="c9-count">{list.counts[status]}</span>
          </button>
        ))}
      </div>
      <div className="c9-toolbar c9-filters">
        <div className="c9-field">
          <label htmlFor="c9-filter-text">Search</label>
          <input id="c9-filter-text" type="text" value={filter.text} placeholder="ID, title, entity, risk" onChange={(event) => { onFilter({ ...filter, text: event.target.value }); }} />
        </div>
        <div className="c9-field">
          <label htmlFor="c9-filter-covers">Clause or control</label>
          <select id="c9-filter-covers" value={filter.covers} onChange={(event) => { onFilter({ ...filter, covers: event.target.value }); }}>
            <option value="">Any</option>
            {coveredIds(list.items).map((id) => <option key={id} value={id}>{id} {getCatalogueEntry(id).title}</option>)}
          </select>
        </div>
        <div className="c9-field">
          <label htmlFor="c9-filter-responsible">Responsible</label>
          <select id="c9-filter-responsible" value={filter.responsible} onChange={(event) => { onFilter({ ...filter, responsible: event.target.value }); }}>
            <option value="">Anyone</option>
            {people.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
          </select>
        </div>
        {filtered && <button type="button" className="c9-button c9-button--subtle" onClick={() => { onFilter(NO_FILTER); }}>Clear filters</button>}
      </div>
      <p className="c9-muted" role="status" data-testid="matrix-shown">{filtered ? `${shown} of ${total} items match.` : `${total} items.`}</p>
    </div>
  );
}
