// Display names for account ids, read from Jira as the signed-in user (read:jira-user); the id when Jira can't say.
import { requestJira } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { z } from 'zod';

const userSchema = z.object({ displayName: z.string() });

async function displayName(accountId: string): Promise<string> {
  try {
    const response = await requestJira(`/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`);
    if (!response.ok) return accountId;
    const user = userSchema.safeParse(await response.json());
    return user.success ? user.data.displayName : accountId;
  } catch {
    return accountId;
  }
}

export function useDisplayNames(accountIds: readonly string[]): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const key = [...new Set(accountIds)].sort().join(',');
  useEffect(() => {
    const ids = key === '' ? [] : key.split(',');
    void Promise.all(ids.map(async (id) => [id, await displayName(id)] as const)).then((pairs) => { setNames(new Map(pairs)); });
  }, [key]);
  return names;
}
