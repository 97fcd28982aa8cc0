// requestJira through the real @forge/api: principal and app headers reach the Jira stand-in.
import { APP_ID_HEADER, PRINCIPAL_HEADER } from '../../../local/forge';
import { FIXTURE_APP_ID, rejectionOf, startFixtureStack } from './fixture-host';
import type { FixtureStack } from './fixture-host';

let stack: FixtureStack;
beforeAll(async () => {
  stack = await startFixtureStack();
});
afterAll(async () => {
  await stack.close();
});
beforeEach(() => {
  stack.jira.requests.length = 0;
});

const ALICE = '5b10a2844c20165700ede21g';
const invoke = (functionKey: string): Promise<unknown> =>
  stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey, accountId: ALICE });

describe('requestJira principals', () => {
  it.each([
    ['jira-as-app', 'app', '/rest/api/3/field'],
    ['slow-jira-as-user', `user:${ALICE}`, '/rest/api/3/myself'],
    ['jira-as-named-user', 'user:5b10ac8d82e05b22cc7d4ef5', '/rest/api/3/myself'],
  ])('%s reaches Jira as %s', async (functionKey, principal, path) => {
    await stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey, accountId: ALICE, payload: { ms: 0 } });
    expect(stack.jira.requests).toEqual([
      expect.objectContaining({ method: 'GET', path, headers: expect.objectContaining({ [PRINCIPAL_HEADER]: principal, [APP_ID_HEADER]: FIXTURE_APP_ID }) as unknown }),
    ]);
  });

  it('sends the top-level requestJira export unauthenticated, as Forge documents it', async () => {
    expect(await invoke('jira-top-level')).toEqual({ status: 401, body: expect.objectContaining({ principal: 'anonymous' }) as unknown });
  });

  it('lets the real @forge/api refuse a path not built with route``', async () => {
    const error = await rejectionOf(invoke('jira-plain-string'));
    expect(error).toMatchObject({ code: 'FUNCTION_ERR', message: expect.stringContaining("You must create your route using the 'route' export") as unknown });
    expect(stack.jira.requests).toHaveLength(0);
  });

  it('fails asUser() outside a user invocation with NEEDS_AUTHENTICATION_ERR', async () => {
    const { asUser, route } = await import('@forge/api');
    const error = await rejectionOf(asUser().requestJira(route`/rest/api/3/myself`));
    expect(error).toMatchObject({ name: 'NEEDS_AUTHENTICATION_ERR', status: 401 });
  });

  it('does not let the app spoof the principal header', async () => {
    const { asApp, route } = await import('@forge/api');
    await asApp().requestJira(route`/rest/api/3/myself`, { headers: { [PRINCIPAL_HEADER]: 'user:evil' } });
    expect(stack.jira.requests[0]?.headers[PRINCIPAL_HEADER]).toBe('app');
  });
});
