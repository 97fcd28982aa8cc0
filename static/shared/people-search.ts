// Finding people by name for an account-id field: Jira's user search as the signed-in user (so it shows only whom
// they may see), people only (no app accounts, no deactivated users), one request once typing pauses.
import { requestJira } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { z } from 'zod';

export interface Person {
  readonly accountId: string;
  readonly displayName: string;
}

export type PeopleSearch =
  | { readonly state: 'idle' }
  | { readonly state: 'searching' }
  | { readonly state: 'found'; readonly people: readonly Person[] }
  | { readonly state: 'failed' };

const usersSchema = z.array(z.object({ accountId: z.string(), displayName: z.string(), accountType: z.string().optional(), active: z.boolean().optional() }).loose());

/** People whose name or e-mail matches; throws when Jira does not answer with a list. */
export async function searchPeople(query: string, maxResults = 8): Promise<readonly Person[]> {
  const response = await requestJira(`/rest/api/3/user/search?query=${encodeURIComponent(query)}&maxResults=${String(maxResults)}`);
  if (!response.ok) throw new Error(`user search answered ${String(response.status)}`);
  const users = usersSchema.parse(await response.json());
  return users
    .filter((user) => (user.accountType === undefined || user.accountType === 'atlassian') && user.active !== false)
    .map(({ accountId, displayName }) => ({ accountId, displayName }));
}

/** The search for what is typed: idle under two characters, then one debounced request; a newer query wins. */
export function usePeopleSearch(query: string, maxResults = 8): PeopleSearch {
  const [search, setSearch] = useState<PeopleSearch>({ state: 'idle' });
  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) { setSearch({ state: 'idle' }); return undefined; }
    setSearch({ state: 'searching' });
    let current = true;
    const timer = setTimeout(() => {
      searchPeople(text, maxResults).then(
        (people) => { if (current) setSearch({ state: 'found', people }); },
        () => { if (current) setSearch({ state: 'failed' }); },
      );
    }, 250);
    return () => { current = false; clearTimeout(timer); };
  }, [query, maxResults]);
  return search;
}

/** The people a search found, or none while it is idle, running or failed. */
export const peopleFound = (search: PeopleSearch): readonly Person[] => (search.state === 'found' ? search.people : []);
