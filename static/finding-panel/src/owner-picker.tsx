// Picks a corrective action's owner from Jira's people (searched as the signed-in user): type part of a name, choose
// from the matches. The chosen person is shown by name, with a button to clear the choice.
import { useState } from 'react';

import { FieldError, invalidProps } from '../../shared/field-errors';
import type { SaveState } from '../../shared/field-errors';
import { usePeopleSearch, type Person } from '../../shared/people-search';

export function OwnerPicker({ field, owner, onChange, save }: { readonly field: string; readonly owner: Person | null; readonly onChange: (owner: Person | null) => void; readonly save: SaveState }) {
  const [query, setQuery] = useState('');
  const search = usePeopleSearch(query);
  const id = `c9f-${field.replace(/[^A-Za-z0-9]/g, '-')}`;

  if (owner !== null) {
    return (
      <div className="c9-field">
        <span className="c9f-label" id={`${id}-label`}>Owner</span>
        <div className="c9f-row" aria-labelledby={`${id}-label`}>
          <span className="c9f-person" data-testid="chosen-owner">{owner.displayName}</span>
          <button type="button" className="c9-button c9-button--subtle" onClick={() => { onChange(null); setQuery(''); }} aria-label={`Change owner (now ${owner.displayName})`}>Change</button>
        </div>
        <FieldError save={save} field={field} />
      </div>
    );
  }
  return (
    <div className="c9-field">
      <label htmlFor={id}>Owner</label>
      <input type="text" id={id} value={query} autoComplete="off" placeholder="Type a name" aria-describedby={`${id}-results`} {...invalidProps(save, field)}
        onChange={(event) => { setQuery(event.target.value); }} />
      <div id={`${id}-results`} aria-live="polite" className="c9f-people">
        {search.state === 'searching' && <span className="c9-hint">Searching…</span>}
        {search.state === 'failed' && <span className="c9-hint">Could not search Jira’s people; try again.</span>}
        {search.state === 'found' && search.people.length === 0 && <span className="c9-hint">Nobody matches “{query.trim()}”.</span>}
        {search.state === 'found' && search.people.map((person) => (
          <button key={person.accountId} type="button" className="c9-button c9-button--subtle c9f-person-choice" onClick={() => { onChange(person); }}>{person.displayName}</button>
        ))}
        {search.state === 'idle' && <span className="c9-hint">Without an owner and a due date the action cannot start.</span>}
      </div>
      <FieldError save={save} field={field} />
    </div>
  );
}
