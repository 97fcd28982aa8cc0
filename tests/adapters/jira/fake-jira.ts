// A scripted JiraRequester for adapter unit tests: records each call (method, path, parsed body) and answers from
// a list of replies (status + JSON body), then 200 {} once the script runs out.
import type { APIResponse } from '@forge/api';

import type { JiraRequester } from '../../../src/adapters/jira/jira-requester';

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

export interface ScriptedReply {
  readonly status: number;
  readonly body?: unknown;
}

export function jsonResponse(status: number, body?: unknown): APIResponse {
  const text = body === undefined ? '' : JSON.stringify(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: String(status),
    headers: new Headers({ 'content-type': 'application/json' }),
    json: () => Promise.resolve(JSON.parse(text === '' ? 'null' : text) as unknown),
    text: () => Promise.resolve(text),
    arrayBuffer: () => Promise.resolve(new TextEncoder().encode(text).buffer),
  };
}

export function fakeJira(replies: readonly ScriptedReply[] | ((call: RecordedCall) => ScriptedReply)): { jira: JiraRequester; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const jira: JiraRequester = (path, init) => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const call = { method: init?.method ?? 'GET', path: path.value, body };
    const reply = typeof replies === 'function' ? replies(call) : (replies[calls.length] ?? { status: 200, body: {} });
    calls.push(call);
    return Promise.resolve(jsonResponse(reply.status, reply.body));
  };
  return { jira, calls };
}
