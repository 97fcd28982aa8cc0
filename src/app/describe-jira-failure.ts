// Turns a failed Jira call into a sentence an admin can act on: what Jira said, and what is needed to fix it.
import { z } from 'zod';

import { JiraRequestError } from '../adapters/jira/jira-error';

const jiraErrorBody = z.object({ errorMessages: z.array(z.string()).optional(), errors: z.record(z.string(), z.string()).optional() });

/** Jira's own messages from an error body (`errorMessages` and `errors`), joined. */
export function jiraMessages(body: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body.slice(0, 300);
  }
  const result = jiraErrorBody.safeParse(parsed);
  if (!result.success) return body.slice(0, 300);
  const fieldMessages = Object.entries(result.data.errors ?? {}).map(([field, message]) => `${field}: ${message}`);
  return [...(result.data.errorMessages ?? []), ...fieldMessages].join(' ');
}

/**
 * `needs` says which permission the call requires, e.g. "the Administer Jira global permission".
 * Unknown errors are described by their name only; the caller logs the details.
 */
export function describeJiraFailure(error: unknown, needs: string): string {
  if (!(error instanceof JiraRequestError)) return `Unexpected failure (${error instanceof Error ? error.name : 'unknown'}); run setup again.`;
  const said = jiraMessages(error.body);
  const jiraSaid = said === '' ? '' : ` Jira said: ${said}`;
  if (error.status === 401) return `Jira did not accept the app's credentials for ${error.route} (401): the app may need to be re-consented or given the scope.${jiraSaid}`;
  if (error.status === 403) return `Missing permission: this needs ${needs} (403 from ${error.route}).${jiraSaid}`;
  if (error.status === 429 || error.status >= 500) return `Jira was unavailable (${error.status} from ${error.route}); run setup again to finish.${jiraSaid}`;
  return `Jira rejected ${error.route} (${error.status}).${jiraSaid}`;
}
