// Real @forge/resolver dispatch of the fixture app through the runtime host.
import { ForgeInvocationError } from '../../../local/forge';
import { FIXTURE_APP_ID, rejectionOf, startFixtureStack } from './fixture-host';
import type { FixtureStack } from './fixture-host';

let stack: FixtureStack;
beforeEach(async () => {
  stack = await startFixtureStack();
});
afterEach(async () => {
  await stack.close();
});

const ALICE = '5b10a2844c20165700ede21g';
const BOB = '5b10ac8d82e05b22cc7d4ef5';

describe('resolver context', () => {
  it('gives an admin page the platform context and the invoking user', async () => {
    const context = await stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'whoami', accountId: ALICE });
    expect(context).toMatchObject({
      accountId: ALICE,
      moduleKey: 'fx-admin',
      cloudId: expect.any(String) as unknown,
      environmentType: 'DEVELOPMENT',
      installContext: expect.stringMatching(/^ari:cloud:jira::site\//) as unknown,
      extension: { type: 'jira:adminPage' },
      locale: 'en-US',
    });
  });

  it.each([
    [
      'fx-gadget',
      { gadget: { id: '10200' }, dashboard: { id: '10100' }, gadgetConfiguration: { jql: 'project = ISMS' }, entryPoint: 'edit' },
      { type: 'jira:dashboardGadget', gadgetConfiguration: { jql: 'project = ISMS' }, entryPoint: 'edit', gadget: { id: '10200' } },
    ],
    ['fx-gadget', {}, { type: 'jira:dashboardGadget', gadgetConfiguration: {} }],
    [
      'fx-panel',
      { issue: { id: '10001', key: 'ISMS-1', type: 'Finding', typeId: '10050' }, project: { id: '10000', key: 'ISMS', type: 'software' } },
      { type: 'jira:issuePanel', issue: { key: 'ISMS-1' }, project: { key: 'ISMS' } },
    ],
  ])('merges the %s extension over its module type', async (moduleKey, extension, expected) => {
    const context = await stack.host.invokeResolver({ moduleKey, functionKey: 'whoami', accountId: ALICE, extension });
    expect(context).toMatchObject({ moduleKey, extension: expected });
  });

  it('exposes the app context to @forge/api getAppContext()', async () => {
    const runtime = await stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'runtime', accountId: ALICE });
    expect(runtime).toMatchObject({ appAri: FIXTURE_APP_ID, moduleKey: 'fx-admin', environmentType: 'DEVELOPMENT', scopes: ['read:jira-work', 'write:jira-work', 'storage:app'] });
    expect(runtime).toHaveProperty('remainingMs', expect.any(Number));
  });

  it('round-trips payload and result through JSON like the bridge does', async () => {
    const count = await stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'count', accountId: ALICE, payload: { at: new Date(0) } });
    expect(count).toBe(1);
    expect(await stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'count', accountId: BOB })).toBe(2);
  });
});

describe('resolver failures', () => {
  it('rejects the invoke when the handler throws', async () => {
    const error = await rejectionOf(stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'fail', accountId: ALICE }));
    expect(error).toBeInstanceOf(ForgeInvocationError);
    expect(error).toMatchObject({ code: 'FUNCTION_ERR', message: 'There was an error invoking the function - boom' });
  });

  it('rejects an unknown resolver key with @forge/resolver’s own message', async () => {
    const error = await rejectionOf(stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'nope', accountId: ALICE }));
    expect(error).toMatchObject({ code: 'FUNCTION_ERR', message: expect.stringContaining("Resolver has no definition for 'nope'.") as unknown });
  });

  it('times the resolver out after 25 s (scaled)', async () => {
    const scaled = await startFixtureStack({ timeoutScale: 0.004 });
    try {
      const error = await rejectionOf(scaled.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'hang', accountId: ALICE }));
      expect(error).toMatchObject({ code: 'FUNCTION_TIMEOUT', message: expect.stringContaining('after 100 ms') as unknown });
      expect(scaled.host.invocations().at(-1)).toMatchObject({ kind: 'resolver', outcome: 'timeout' });
    } finally {
      await scaled.close();
    }
  });

  it('rejects modules that are not in the manifest, and payloads over 500 KB', async () => {
    await expect(stack.host.invokeResolver({ moduleKey: 'nope', functionKey: 'whoami', accountId: ALICE })).rejects.toMatchObject({ code: 'MODULE_NOT_FOUND' });
    const payload = { blob: 'x'.repeat(500 * 1024) };
    await expect(stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'whoami', accountId: ALICE, payload })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});

describe('concurrent invocations', () => {
  it('keep their own user through awaits (AsyncLocalStorage)', async () => {
    const calls = [
      stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'slow-jira-as-user', accountId: ALICE, payload: { ms: 40 } }),
      stack.host.invokeResolver({ moduleKey: 'fx-gadget', functionKey: 'slow-jira-as-user', accountId: BOB, payload: { ms: 5 } }),
      stack.host.invokeResolver({ moduleKey: 'fx-panel', functionKey: 'slow-jira-as-user', accountId: ALICE, payload: { ms: 20 } }),
    ];
    const [alice, bob, aliceAgain] = await Promise.all(calls);
    expect(alice).toEqual({ contextAccountId: ALICE, seen: { status: 200, body: expect.objectContaining({ principal: `user:${ALICE}` }) as unknown } });
    expect(bob).toEqual({ contextAccountId: BOB, seen: { status: 200, body: expect.objectContaining({ principal: `user:${BOB}` }) as unknown } });
    expect(aliceAgain).toMatchObject({ contextAccountId: ALICE });
  });
});
