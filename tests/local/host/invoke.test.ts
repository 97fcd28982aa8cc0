// invoke() from a frame goes through the real Forge runtime host, the real @forge/resolver dispatch and the app's
// real resolver, whose real @forge/api asUser() call reaches the Jira stand-in; requestJira() runs as the user.
import { ID } from '../../../local/seed';
import type { LocalStack } from '../../../local/stack/start-local-stack';
import { bridgeCall, startTestStack, tempDataDir } from './local-stack-fixture';

const data = tempDataDir();
let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack(data.dir);
});
afterAll(async () => {
  await stack.close();
  data.remove();
});

const adminFrame = (accountId: string) => ({ moduleKey: 'clause9-admin', accountId, frameId: 'admin-frame' });

describe('invoke', () => {
  it('gives a Jira administrator the admin/status data (set up on the ISMS project by the demo seed)', async () => {
    const answer = await bridgeCall(stack.url, adminFrame(ID.jiraAdmin), 'invoke', { functionKey: 'admin/status', payload: {} });
    const setupCompletedAt: unknown = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/);
    expect(answer).toEqual({ status: 200, body: { ok: true, value: { ok: true, data: { setUp: true, setupCompletedAt, projectKeys: ['ISMS'] } } } });
  });

  it('answers FORBIDDEN to someone who is not a Jira administrator', async () => {
    const answer = await bridgeCall(stack.url, adminFrame(ID.ismsManager), 'invoke', { functionKey: 'admin/status', payload: {} });
    expect(answer.body.value).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Only Jira administrators can manage Clause9 settings.' } });
  });

  it('passes the resolver’s own errors through, and wraps the result when metadata is asked for', async () => {
    const unknown = await bridgeCall(stack.url, adminFrame(ID.jiraAdmin), 'invoke', { functionKey: 'admin/nothing', payload: {} });
    expect(unknown.body.value).toMatchObject({ ok: false, error: { code: 'UNKNOWN_RESOLVER_KEY' } });
    const withMetadata = await bridgeCall(stack.url, adminFrame(ID.jiraAdmin), 'invoke', { functionKey: 'admin/status', payload: {}, metadata: { rateLimitProperties: true } });
    expect(withMetadata.body.value).toMatchObject({ body: { ok: true }, metadata: {} });
  });

  it('records the invocation on the Forge host as the caller', () => {
    const records = stack.forge.invocations().filter((record) => record.moduleKey === 'clause9-admin');
    expect(records.length).toBeGreaterThan(0);
    expect(records.map((record) => record.accountId)).toContain(ID.ismsManager);
  });
});

describe('fetchProduct (requestJira from the frame)', () => {
  const fetchJira = (accountId: string, restPath: string) =>
    bridgeCall(stack.url, adminFrame(accountId), 'fetchProduct', { product: 'jira', restPath, fetchRequestInit: { method: 'GET', headers: [['accept', 'application/json']] }, isMultipartFormData: false });

  it('runs as the signed-in user', async () => {
    const myself = await fetchJira(ID.auditor, '/rest/api/3/myself');
    const value = myself.body.value as { status: number; body: string; isAttachment: boolean; headers: Record<string, string> };
    expect(value.status).toBe(200);
    expect(value.isAttachment).toBe(false);
    expect(JSON.parse(value.body)).toMatchObject({ accountId: ID.auditor, displayName: 'Grace Liu' });
  });

  it('sees only what the user may see', async () => {
    const value = (await fetchJira(ID.hr, '/rest/api/3/issue/ENG-1')).body.value as { status: number };
    expect(value.status).toBe(404);
  });

  it('refuses products other than Jira', async () => {
    const answer = await bridgeCall(stack.url, adminFrame(ID.jiraAdmin), 'fetchProduct', { product: 'confluence', restPath: '/wiki/api/v2/pages' });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.message).toMatch(/only product fetch/);
  });
});
