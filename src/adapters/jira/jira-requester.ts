// The one seam every Jira call goes through: a `requestJira` bound to a principal (asUser or asApp),
// optionally wrapped with retries. Adapters take it as a parameter, so the caller chooses who is asking.
import type { APIResponse, RequestInit, Route } from '@forge/api';
import { asApp, asUser } from '@forge/api';

export type JiraRequester = (path: Route, init?: RequestInit) => Promise<APIResponse>;

export function jiraAsUser(): JiraRequester {
  const user = asUser();
  return (path, init) => user.requestJira(path, init);
}

export function jiraAsApp(): JiraRequester {
  const app = asApp();
  return (path, init) => app.requestJira(path, init);
}
