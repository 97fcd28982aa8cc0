// Scheduled triggers on the host clock, product events, web triggers over HTTP and Automation actions.
import { kvs } from '@forge/kvs';
import { FIXED_NOW, startFixtureStack } from './fixture-host';
import type { FixtureStack } from './fixture-host';

let stack: FixtureStack;
beforeEach(async () => {
  stack = await startFixtureStack();
});
afterEach(async () => {
  await stack.close();
});

const HOUR = 3_600_000;
const sweepRuns = async (): Promise<unknown> => kvs.get('sweep-runs');

describe('scheduled triggers', () => {
  it('fire when the clock passes their interval, in time order', async () => {
    await stack.host.advanceClock(HOUR - 1);
    expect(await sweepRuns()).toBeUndefined();
    await stack.host.advanceClock(1);
    expect(await sweepRuns()).toEqual(['fx-hourly']);
    await stack.host.advanceClock(23 * HOUR);
    const runs = await sweepRuns();
    expect(runs).toEqual([...Array.from({ length: 24 }, () => 'fx-hourly'), 'fx-daily']);
    expect(stack.host.now().getTime()).toBe(FIXED_NOW.getTime() + 24 * HOUR);
  });

  it('run on demand with the platform request shape', async () => {
    await stack.host.runScheduledTrigger('fx-daily');
    expect(await sweepRuns()).toEqual(['fx-daily']);
    expect(stack.host.invocations().at(-1)).toMatchObject({ kind: 'scheduledTrigger', moduleKey: 'fx-daily', functionKey: 'fx-sweep', outcome: 'ok' });
    await expect(stack.host.runScheduledTrigger('fx-issue-created')).rejects.toMatchObject({ code: 'MODULE_NOT_FOUND' });
  });
});

describe('product events', () => {
  const created = {
    eventType: 'avi:jira:created:issue',
    issue: { id: '10073', key: 'ISMS-10', fields: { summary: 'Access review overdue' } },
    atlassianId: '5b10a2844c20165700ede21g',
    associatedUsers: [{ accountId: '5b10a2844c20165700ede21g' }],
  };

  it('reach subscribed trigger modules with the event, its context and the function context', async () => {
    await stack.host.deliverProductEvent(created);
    expect(await kvs.get('event:ISMS-10')).toEqual({
      eventType: 'avi:jira:created:issue',
      moduleKey: 'fx-issue-created',
      context: { installContext: expect.stringMatching(/^ari:cloud:jira::site\//) as unknown },
    });
  });

  it('skip events the app caused itself (filter.ignoreSelf) and events nobody subscribed to', async () => {
    await stack.host.deliverProductEvent({ ...created, issue: { id: '1', key: 'ISMS-11' }, atlassianId: stack.host.appAccountId });
    await stack.host.deliverProductEvent({ ...created, eventType: 'avi:jira:updated:issue', issue: { id: '2', key: 'ISMS-12' } });
    expect(await kvs.get('event:ISMS-11')).toBeUndefined();
    expect(await kvs.get('event:ISMS-12')).toBeUndefined();
  });
});

describe('web triggers', () => {
  it('serve the platform request/response shapes over HTTP', async () => {
    const url = stack.host.webTriggerUrl('fx-hook');
    const response = await fetch(`${url}?apples=red&apples=green`, { method: 'POST', body: '{"hello":1}', headers: { 'X-Custom': 'v' } });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-fixture')).toBe('yes');
    expect(await response.json()).toMatchObject({
      method: 'POST',
      path: '/x1/fx-hook',
      queryParameters: { apples: ['red', 'green'] },
      headers: { 'x-custom': ['v'], 'content-type': ['text/plain;charset=UTF-8'] },
      echoed: '{"hello":1}',
    });
  });

  it('answer 500 when the function throws, 404 for unknown triggers', async () => {
    expect((await fetch(`${stack.host.webTriggerUrl('fx-hook')}?fail=1`)).status).toBe(500);
    expect((await fetch(stack.host.webTriggerUrl('fx-hook').replace('fx-hook', 'nope'))).status).toBe(404);
  });

  it('give @forge/api webTrigger.getUrl the same URL', async () => {
    const url = await stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'web-trigger-url', accountId: 'u1' });
    expect(url).toBe(stack.host.webTriggerUrl('fx-hook'));
  });
});

describe('automation actions', () => {
  it('call the action function with the inputs and the rule actor', async () => {
    const result = await stack.host.callAutomationAction('fx-action', { issueKey: 'ISMS-1' }, 'actor-1');
    expect(result).toEqual({
      payload: { issueKey: 'ISMS-1', context: { cloudId: expect.any(String) as unknown, moduleKey: 'fx-action' } },
      context: { principal: { accountId: 'actor-1' }, installContext: expect.any(String) as unknown },
    });
  });
});
