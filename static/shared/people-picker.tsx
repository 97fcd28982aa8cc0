// Choosing Jira users by name: a search box (Jira's user search, as the signed-in user) offering matches as buttons,
// and the chosen people as removable chips. `single` keeps one person (an action item's owner, the ISMS manager to
// escalate to). Shared by the management reviews page and the admin page.
import { useId, useState } from 'react';

import { FieldError, invalidProps, type SaveState } from './field-errors';
import { peopleFound, usePeopleSearch, type Person } from './people-search';

export function PeoplePicker({ label, hint, selected, onChange, names, save, field, single = false, testId }: {
  readonly label: string;
  readonly hint?: string;
  readonly selected: readonly string[];
  readonly onChange: (accountIds: string[]) => void;
  /** Display names known so far; the picker adds the ones it finds. */
  readonly names: ReadonlyMap<string, string>;
  readonly save: SaveState;
  readonly field: string;
  readonly single?: boolean;
  readonly testId?: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [learned, setLearned] = useState<ReadonlyMap<string, string>>(new Map());
  const nameOf = (accountId: string) => learned.get(accountId) ?? names.get(accountId) ?? accountId;

  const found = peopleFound(usePeopleSearch(text));

  const add = (user: Person) => {
    setLearned(new Map([...learned, [user.accountId, user.displayName]]));
    onChange(single ? [user.accountId] : [...selected.filter((accountId) => accountId !== user.accountId), user.accountId]);
    setText('');
  };
  const offered = found.filter((user) => !selected.includes(user.accountId));

  return (
    <div className="c9-field c9-people" data-testid={testId} data-field={field}>
      <label htmlFor={id}>{label}</label>
      {selected.length > 0 && (
        <ul className="c9-chips" aria-label={`${label}: chosen`}>
          {selected.map((accountId) => (
            <li key={accountId} className="c9-chip" data-account-id={accountId}>
              <span>{nameOf(accountId)}</span>
              <button type="button" className="c9-chip-remove" aria-label={`Remove ${nameOf(accountId)}`} onClick={() => { onChange(selected.filter((other) => other !== accountId)); }}>×</button>
            </li>
          ))}
        </ul>
      )}
      <input id={id} type="text" value={text} autoComplete="off" placeholder={single && selected.length > 0 ? 'Search to replace' : 'Type a name to search'}
        onChange={(event) => { setText(event.target.value); }} {...invalidProps(save, field)} />
      {offered.length > 0 && (
        <ul className="c9-people-found" aria-label={`People matching “${text.trim()}”`}>
          {offered.map((user) => (
            <li key={user.accountId}><button type="button" className="c9-button c9-button--subtle" onClick={() => { add(user); }}>Add {user.displayName}</button></li>
          ))}
        </ul>
      )}
      {hint !== undefined && <span className="c9-hint">{hint}</span>}
      <FieldError save={save} field={field} />
    </div>
  );
}
