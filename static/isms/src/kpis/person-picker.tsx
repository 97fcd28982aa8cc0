// Choosing a person (KPI owner, collector) by name: Jira's user search as the signed-in user, the account id stored.
// A search box and a list of matching people as buttons keep it keyboard and screen-reader friendly.
import { useState } from 'react';
import type { ReactNode } from 'react';

import { useDisplayNames } from '../../../shared/people';
import { peopleFound, usePeopleSearch } from '../../../shared/people-search';

export function PersonPicker({ id, label, accountId, onChange, invalid, errorSlot }: {
  readonly id: string;
  readonly label: string;
  readonly accountId: string;
  readonly onChange: (accountId: string) => void;
  readonly invalid: { readonly 'aria-invalid': boolean; readonly 'aria-describedby'?: string };
  readonly errorSlot: ReactNode;
}) {
  const [query, setQuery] = useState('');
  const names = useDisplayNames(accountId === '' ? [] : [accountId]);
  const matches = peopleFound(usePeopleSearch(query));

  return (
    <div className="c9-field c9-person-picker">
      <label htmlFor={id}>{label}</label>
      <span className="c9-hint" id={`${id}-current`} data-testid={`${id}-current`}>{accountId === '' ? 'Nobody chosen yet.' : `Chosen: ${names.get(accountId) ?? accountId}`}</span>
      <input id={id} type="text" value={query} placeholder="Type a name to change" autoComplete="off" onChange={(event) => { setQuery(event.target.value); }}
        {...invalid} aria-describedby={[`${id}-current`, invalid['aria-describedby']].filter(Boolean).join(' ')} />
      {matches.length > 0 && (
        <ul className="c9-person-matches" aria-label={`People matching “${query}”`}>
          {matches.map((person) => (
            <li key={person.accountId}>
              <button type="button" className="c9-link" onClick={() => { onChange(person.accountId); setQuery(''); }}>{person.displayName}</button>
            </li>
          ))}
        </ul>
      )}
      {errorSlot}
    </div>
  );
}
