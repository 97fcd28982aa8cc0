// The RequestInit of a Jira call that sends a JSON body.
import type { RequestInit } from '@forge/api';

import { JSON_HEADERS } from './read-jira-json';

export function jsonRequest(method: 'POST' | 'PUT', body: unknown): RequestInit {
  return { method, headers: JSON_HEADERS, body: JSON.stringify(body) };
}
