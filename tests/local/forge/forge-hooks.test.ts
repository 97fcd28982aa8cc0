// Guards the undocumented hooks the runtime host relies on. If an @forge/* upgrade changes a version, a
// descriptor, a KVS path or a runtime field read, this fails loudly: re-read the packages' out/*.js, update
// local/forge (and its README), then these expectations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import Resolver from '@forge/resolver';
import { startFixtureStack } from './fixture-host';
import type { FixtureStack } from './fixture-host';

const PINNED = {
  '@forge/api': '8.3.0',
  '@forge/kvs': '1.6.5',
  '@forge/resolver': '2.0.1',
  '@forge/events': '3.0.8',
  '@forge/manifest': '13.7.0',
  '@forge/egress': '3.0.0',
};
const root = join(__dirname, '../../..');
const packageFile = (name: string, file: string): string => readFileSync(join(root, 'node_modules', name, file), 'utf8');

interface FetchCall {
  readonly descriptor: unknown;
  readonly path: unknown;
}

let stack: FixtureStack;
let calls: FetchCall[];
let runtimeReads: Set<string>;
beforeAll(async () => {
  stack = await startFixtureStack({ queueDelivery: 'manual' });
  const forgeFetch: unknown = Reflect.get(globalThis, '__forge_fetch__');
  if (typeof forgeFetch !== 'function') throw new Error('__forge_fetch__ is not installed');
  Reflect.set(globalThis, '__forge_fetch__', (descriptor: unknown, path: unknown, init?: unknown): unknown => {
    calls.push({ descriptor: { ...(descriptor as object) }, path });
    const response: unknown = Reflect.apply(forgeFetch, undefined, [descriptor, path, init]);
    return response;
  });
  const original = Object.getOwnPropertyDescriptor(globalThis, '__forge_runtime__');
  Object.defineProperty(globalThis, '__forge_runtime__', {
    configurable: true,
    get: () => {
      const runtime: unknown = original?.get?.call(globalThis);
      if (typeof runtime !== 'object' || runtime === null) return runtime;
      return new Proxy(runtime, {
        get: (target, property, receiver): unknown => {
          if (typeof property === 'string') runtimeReads.add(property);
          return Reflect.get(target, property, receiver);
        },
      });
    },
  });
});
afterAll(async () => {
  await stack.close();
});
beforeEach(() => {
  calls = [];
  runtimeReads = new Set();
});

describe('pinned @forge versions', () => {
  it.each(Object.entries(PINNED))('%s is %s', (name, version) => {
    expect((JSON.parse(packageFile(name, 'package.json')) as { version: string }).version).toBe(version);
  });

  it('@forge/api still captures the global fetch when it loads (so the egress guard must come first)', () => {
    const source = packageFile('@forge/api', 'out/api/fetch.js');
    expect(source).toContain('fetch: wrapWithRouteUnwrapper(fetch)');
    expect(source).toContain('global.__forge_fetch__(');
    expect(packageFile('@forge/api', 'out/api/runtime.js')).toContain('const runtime = global.__forge_runtime__;');
  });

  it('@forge/kvs only bypasses __forge_fetch__ when runtime.kvs.url/host are set (the host never sets them)', () => {
    expect(packageFile('@forge/kvs', 'out/index.js')).toContain('if (runtime?.kvs?.url && runtime?.kvs?.host) {');
  });
});

describe('__forge_fetch__ descriptors', () => {
  const invoke = (functionKey: string): Promise<unknown> =>
    stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey, accountId: 'acc-1', payload: { ms: 0, n: 1 } });

  it.each([
    ['jira-as-app', { type: 'fpp', provider: 'app', remote: 'jira' }, '/rest/api/3/field'],
    ['jira-as-named-user', { type: 'fpp', provider: 'user', remote: 'jira', accountId: '5b10ac8d82e05b22cc7d4ef5' }, '/rest/api/3/myself'],
    ['slow-jira-as-user', { type: 'fpp', provider: 'user', remote: 'jira' }, '/rest/api/3/myself'],
    ['jira-top-level', { type: 'fpp', provider: 'none', remote: 'jira' }, '/rest/api/3/serverInfo'],
    ['web-trigger-url', { type: 'fpp', provider: 'app', remote: 'stargate' }, '/graphql'],
    ['push', { type: 'fpp', provider: 'app', remote: 'stargate' }, '/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}'],
  ])('%s calls __forge_fetch__(%j, %s)', async (functionKey, descriptor, path) => {
    await invoke(functionKey);
    expect(calls).toEqual([{ descriptor, path }]);
  });

  it('@forge/kvs uses {type:kvs, provider:app, remote:kvs} and these /api/v1 paths', async () => {
    const entity = kvs.entity<{ status: string }>('finding');
    await kvs.get('k');
    await kvs.set('k', 1);
    await kvs.delete('k');
    await kvs.query().getMany();
    await kvs.setSecret('s', 1);
    await kvs.getSecret('s');
    await kvs.deleteSecret('s');
    await entity.set('e', { status: 'open' });
    await entity.get('e');
    await entity.query().index('status').getMany();
    await entity.delete('e');
    await kvs.batchSet([{ key: 'b', value: 1 }]);
    await kvs.batchGet([{ key: 'b' }]);
    await kvs.batchDelete([{ key: 'b' }]);
    await kvs.transact().set('t', 1).execute();
    expect(new Set(calls.map((c) => JSON.stringify(c.descriptor)))).toEqual(new Set([JSON.stringify({ type: 'kvs', provider: 'app', remote: 'kvs' })]));
    const paths = ['get', 'set', 'delete', 'query', 'secret/set', 'secret/get', 'secret/delete', 'entity/set', 'entity/get']
      .concat(['entity/query', 'entity/delete', 'batch/set', 'batch/get', 'batch/delete', 'transaction'])
      .map((p) => `/api/v1/${p}`);
    expect(calls.map((c) => c.path)).toEqual(paths);
  });
});

describe('__forge_runtime__ fields read', () => {
  it('getAppContext reads appContext and lambdaContext', async () => {
    await stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'runtime', accountId: 'acc-1' });
    expect([...runtimeReads].sort()).toEqual(['appContext', 'lambdaContext']);
  });

  it('webTrigger.getUrl reads metrics, appContext and contextAri', async () => {
    await stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'web-trigger-url', accountId: 'acc-1' });
    expect([...runtimeReads].sort()).toEqual(['appContext', 'contextAri', 'metrics']);
  });

  it('requestJira and @forge/kvs read nothing from the runtime', async () => {
    await stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'jira-as-app', accountId: 'acc-1' });
    await stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'count', accountId: 'acc-1' });
    expect([...runtimeReads]).toEqual([]);
  });
});

describe('@forge/resolver getDefinitions() call shape', () => {
  it('takes ({call, context}, backendRuntimePayload) and lifts principal, installContext and license into context', async () => {
    const handler = new Resolver().define('echo', ({ payload, context }) => ({ payload: payload as unknown, context: context as unknown })).getDefinitions();
    const result = await handler(
      { call: { functionKey: 'echo', payload: { a: 1 }, jobId: 'job-1' }, context: { moduleKey: 'm', accountId: 'spoofed' } },
      { principal: { accountId: 'real' }, installContext: 'ari:cloud:jira::site/c', license: { isActive: true } },
    );
    expect(result).toEqual({
      payload: { a: 1 },
      context: { moduleKey: 'm', accountId: 'real', installContext: 'ari:cloud:jira::site/c', license: { isActive: true }, jobId: 'job-1' },
    });
  });
});
