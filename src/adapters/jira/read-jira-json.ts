// Reads a Jira response: a non-2xx becomes a JiraRequestError; a 2xx body is parsed once with the caller's schema.
import type { APIResponse } from '@forge/api';
import type { z } from 'zod';

import { JiraRequestError } from './jira-error';

export async function readJiraJson<T>(response: APIResponse, routeLabel: string, schema: z.ZodType<T>): Promise<T> {
  if (!response.ok) throw new JiraRequestError(response.status, routeLabel, await response.text());
  return schema.parse(await response.json());
}

export async function expectJiraSuccess(response: APIResponse, routeLabel: string): Promise<void> {
  if (!response.ok) throw new JiraRequestError(response.status, routeLabel, await response.text());
}

export const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' } as const;
