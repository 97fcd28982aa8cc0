// Picks a Jira user for an account-id field: a search box (Jira's user search, as the signed-in user) fills the
// list of people to choose from; the current choice is always listed, by display name.
import { useState } from 'react';

import { useDisplayNames } from '../../../shared/people';
import { usePeopleSearch } from '../../../shared/people-search';
import { errorId, FieldMessage, invalidAttributes } from './form-errors';
import type { FieldErrors } from './form-errors';

export function PersonField({ label, field, errors, accountId, onChange, disabled }: {
  readonly label: string;
  readonly field: string;
  readonly errors: FieldErrors;
  readonly accountId: string;
  readonly onChange: (accountId: string) => void;
  readonly disabled?: boolean;
}) {
  const [query, setQuery] = useState('');
  const names = useDisplayNames(accountId === '' ? [] : [accountId]);
  const id = `c9-person-${field.replace(/[^A-Za-z0-9]/g, '-')}`;

  const search = usePeopleSearch(query, 20);
  const found = search.state === 'failed' ? 'failed' : search.state === 'found' ? search.people : [];

  const people = found === 'failed' ? [] : found.filter((person) => person.accountId !== accountId);
  const invalid = invalidAttributes(errors, field)['aria-invalid'];
  return (
    <fieldset className="c9-field c9-person" aria-invalid={invalid} aria-describedby={invalid ? errorId(field) : undefined}>
      <legend>{label}</legend>
      <label htmlFor={`${id}-search`} className="c9-hint">Find a person by name or email</label>
      <input id={`${id}-search`} type="text" value={query} disabled={disabled} autoComplete="off" onChange={(event) => { setQuery(event.target.value); }} />
      <label htmlFor={id} className="c9-visually-hidden">{label}</label>
      <select id={id} name={field} value={accountId} disabled={disabled} aria-invalid={invalid} aria-describedby={invalid ? errorId(field) : undefined}
        onChange={(event) => { onChange(event.target.value); }}>
        {accountId === '' && <option value="">Choose a person…</option>}
        {accountId !== '' && <option value={accountId}>{names.get(accountId) ?? accountId}</option>}
        {people.map((person) => <option key={person.accountId} value={person.accountId}>{person.displayName}</option>)}
      </select>
      {found === 'failed' && <span className="c9-hint" role="status">Jira did not answer the search; try again.</span>}
      {query.trim().length >= 2 && found !== 'failed' && <span className="c9-hint" role="status">{people.length === 0 ? 'No other people match.' : `${people.length} match${people.length === 1 ? '' : 'es'}: choose from the list.`}</span>}
      <FieldMessage errors={errors} field={field} />
    </fieldset>
  );
}
