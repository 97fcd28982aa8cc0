// Choosing a person (KPI owner, collector) by name: Jira's user search as the signed-in user, the account id stored.
// A search box and a list of matching people as buttons keep it keyboard and screen-reader friendly.
import { requestJira } from '@forge/bridge';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { z } from 'zod';

import { useDisplayNames } from '../../../shared/people';

const usersSchema = z.array(z.object({ accountId: z.string(), displayName: z.string(), accountType: z.string().optional() }).loose());
type Person = { readonly accountId: string; readonly displayName: string };

async function searchPeople(text: string): Promise<Person[]> {
  try {
    const response = await requestJira(`/rest/api/3/user/search?query=${encodeURIComponent(text)}&maxResults=8`);
    if (!response.ok) return [];
    const users = usersSchema.safeParse(await response.json());
    return users.success ? users.data.filter((user) => user.accountType === undefined || user.accountType === 'atlassian') : [];
  } catch {
    return [];
  }
}

export function PersonPicker({ id, label, accountId, onChange, invalid, errorSlot }: {
  readonly id: string;
  readonly label: string;
  readonly accountId: string;
  readonly onChange: (accountId: string) => void;
  readonly invalid: { readonly 'aria-invalid': boolean; readonly 'aria-describedby'?: string };
  readonly errorSlot: ReactNode;
}) {
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<Person[]>([]);
  const names = useDisplayNames(accountId === '' ? [] : [accountId]);
  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) { setMatches([]); return; }
    const timer = setTimeout(() => { void searchPeople(text).then(setMatches); }, 250);
    return () => { clearTimeout(timer); };
  }, [query]);

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
              <button type="button" className="c9-link" onClick={() => { onChange(person.accountId); setQuery(''); setMatches([]); }}>{person.displayName}</button>
            </li>
          ))}
        </ul>
      )}
      {errorSlot}
    </div>
  );
}
