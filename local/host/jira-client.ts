// The bridge host's only way into the Jira stand-in: plain HTTP with the caller's identity in x-clause9-principal,
// exactly as the Forge runtime host sends it for asUser()/asApp().
import type { z } from 'zod';

export type Principal = 'app' | `user:${string}`;

export interface JiraRequest {
  readonly method?: string;
  /** A REST path with its query string, e.g. `/rest/api/3/issue/ISMS-1`. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface JiraResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly bytes: Uint8Array;
}

export type JiraCaller = (principal: Principal, request: JiraRequest) => Promise<JiraResponse>;

export function jiraCaller(jiraUrl: string): JiraCaller {
  return async (principal, request) => {
    const response = await fetch(new URL(request.path, jiraUrl), {
      method: request.method ?? 'GET',
      headers: { accept: 'application/json', ...request.headers, 'x-clause9-principal': principal },
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    return {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  };
}

export type JsonResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly status: number; readonly messages: readonly string[] };

/** Calls Jira and parses a JSON answer; a non-2xx answer comes back with Jira's own error messages. */
export async function jiraJson<T>(
  call: JiraCaller,
  principal: Principal,
  request: JiraRequest,
  schema: z.ZodType<T>,
): Promise<JsonResult<T>> {
  const headers = request.body === undefined ? request.headers : { 'content-type': 'application/json', ...request.headers };
  const response = await call(principal, { ...request, ...(headers === undefined ? {} : { headers }) });
  const text = new TextDecoder().decode(response.bytes);
  if (response.status < 200 || response.status > 299) {
    return { ok: false, status: response.status, messages: errorMessagesOf(text, response.status) };
  }
  return { ok: true, value: schema.parse(text === '' ? null : JSON.parse(text)) };
}

/** Jira's ErrorCollection (`errorMessages` plus per-field `errors`) flattened into readable lines. */
export function errorMessagesOf(text: string, status: number): string[] {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null) {
      const messages: string[] = [];
      if ('errorMessages' in body && Array.isArray(body.errorMessages)) {
        for (const message of body.errorMessages) if (typeof message === 'string') messages.push(message);
      }
      if ('errors' in body && typeof body.errors === 'object' && body.errors !== null) {
        for (const [field, message] of Object.entries(body.errors)) if (typeof message === 'string') messages.push(`${field}: ${message}`);
      }
      if ('message' in body && typeof body.message === 'string') messages.push(body.message);
      if (messages.length > 0) return messages;
    }
  } catch {
    // not JSON: fall through to the status line
  }
  return [`Jira answered ${status}.`];
}
