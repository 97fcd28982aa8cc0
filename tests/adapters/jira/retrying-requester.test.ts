// The retry wrapper honours Retry-After on 429, backs off on 5xx and network errors, and stops at its limits.
import type { APIResponse } from '@forge/api';
import { route } from '@forge/api';

import type { JiraRequester } from '../../../src/adapters/jira/jira-requester';
import { retryingRequester } from '../../../src/adapters/jira/retrying-requester';

function response(status: number, headers: Record<string, string> = {}): APIResponse {
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: String(status),
    headers: new Headers(headers),
    json: () => Promise.resolve({}),
    text: () => Promise.resolve(''),
    arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)),
  };
}

function scripted(outcomes: readonly (number | Error | [number, Record<string, string>])[]) {
  const calls: number[] = [];
  const requester: JiraRequester = () => {
    const outcome = outcomes[calls.length] ?? 200;
    calls.push(calls.length);
    if (outcome instanceof Error) return Promise.reject(outcome);
    return Promise.resolve(Array.isArray(outcome) ? response(outcome[0], outcome[1]) : response(outcome));
  };
  return { requester, calls };
}

function fakeTime() {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    sleep: (ms: number) => {
      waits.push(ms);
      now += ms;
      return Promise.resolve();
    },
    clock: () => now,
  };
}

const path = route`/rest/api/3/myself`;

describe('retryingRequester', () => {
  it('waits the Retry-After seconds of a 429, then returns the success', async () => {
    const { requester, calls } = scripted([[429, { 'Retry-After': '7' }], 200]);
    const time = fakeTime();
    const result = await retryingRequester(requester, { maxAttempts: 5, deadlineMs: 60_000, baseDelayMs: 100, ...time })(path);
    expect(result.status).toBe(200);
    expect(calls).toHaveLength(2);
    expect(time.waits).toEqual([7000]);
  });

  it('backs off exponentially on 5xx and thrown network errors', async () => {
    const { requester } = scripted([503, new Error('socket hang up'), 500, 200]);
    const time = fakeTime();
    const result = await retryingRequester(requester, { maxAttempts: 5, deadlineMs: 60_000, baseDelayMs: 100, ...time })(path);
    expect(result.status).toBe(200);
    expect(time.waits).toEqual([100, 200, 400]);
  });

  it('returns the last 429 once the attempts are used up', async () => {
    const { requester, calls } = scripted([429, 429, 429]);
    const time = fakeTime();
    const result = await retryingRequester(requester, { maxAttempts: 3, deadlineMs: 60_000, baseDelayMs: 10, ...time })(path);
    expect(result.status).toBe(429);
    expect(calls).toHaveLength(3);
  });

  it('does not wait past its deadline', async () => {
    const { requester, calls } = scripted([[429, { 'Retry-After': '3600' }]]);
    const time = fakeTime();
    const result = await retryingRequester(requester, { maxAttempts: 5, deadlineMs: 10_000, baseDelayMs: 10, ...time })(path);
    expect(result.status).toBe(429);
    expect(calls).toHaveLength(1);
    expect(time.waits).toEqual([]);
  });

  it('rethrows a network error when no attempts remain', async () => {
    const { requester } = scripted([new Error('ETIMEDOUT'), new Error('ETIMEDOUT')]);
    const time = fakeTime();
    await expect(retryingRequester(requester, { maxAttempts: 2, deadlineMs: 60_000, baseDelayMs: 10, ...time })(path)).rejects.toThrow('ETIMEDOUT');
  });

  it('passes 4xx other than 429 straight through', async () => {
    const { requester, calls } = scripted([404]);
    const time = fakeTime();
    const result = await retryingRequester(requester, { maxAttempts: 5, deadlineMs: 60_000, baseDelayMs: 10, ...time })(path);
    expect(result.status).toBe(404);
    expect(calls).toHaveLength(1);
  });
});
