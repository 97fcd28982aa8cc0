// The bridge script must run before the app bundle, exactly where Forge puts its own: first thing in <head>.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

import { BRIDGE_SCRIPT_TAG, injectBridgeScript } from '../../../local/host/serve-resource';
import { SUPPORTED_BRIDGE_METHODS } from '../../../local/host/bridge-methods';
import { ID } from '../../../local/seed';
import type { LocalStack } from '../../../local/stack/start-local-stack';
import { bridgeCall, REPO_ROOT, startTestStack, tempDataDir } from './local-stack-fixture';

describe('injectBridgeScript', () => {
  it.each([
    ['a plain head', '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="./a.js"></script></head><body></body></html>'],
    ['a head with attributes', '<html lang="en"><HEAD data-x="1"><title>t</title></HEAD></html>'],
  ])('puts the script first in %s', (_name, html) => {
    const out = injectBridgeScript(html);
    expect(out).toMatch(new RegExp(`<head[^>]*>${BRIDGE_SCRIPT_TAG.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'i'));
    expect(out.split(BRIDGE_SCRIPT_TAG)).toHaveLength(2);
  });

  it('creates a <head> when the page has none', () => {
    expect(injectBridgeScript('<html><body>x</body></html>')).toBe(`<html><head>${BRIDGE_SCRIPT_TAG}</head><body>x</body></html>`);
  });
});

describe('bridge methods of @forge/bridge 7.2', () => {
  function bridgeMethodNames(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return bridgeMethodNames(path);
      if (!name.endsWith('.js')) return [];
      return [...readFileSync(path, 'utf8').matchAll(/callBridge\(\s*'([A-Za-z_]+)'/g)].map((match) => match[1] ?? '');
    });
  }

  it('has an answer (supported, or a clear "not available locally") for every method the bridge calls', () => {
    const called = new Set(bridgeMethodNames(join(REPO_ROOT, 'node_modules', '@forge', 'bridge', 'out')));
    expect(called.size).toBeGreaterThan(30);
    const unanswered = [...called].filter((method) => !method.startsWith('__permission__') && !SUPPORTED_BRIDGE_METHODS.includes(method));
    expect(unanswered).toEqual([]);
  });
});

describe('the served resource and the bridge script', () => {
  const data = tempDataDir();
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startTestStack(data.dir);
  });
  afterAll(async () => {
    await stack.close();
    data.remove();
  });

  it('serves static/admin/dist/index.html with the bridge script before the app bundle', async () => {
    const response = await fetch(`${stack.url}/resource/admin/index.html?frame=x`);
    const html = await response.text();
    expect(response.status).toBe(200);
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
    expect(head.trimStart().startsWith(BRIDGE_SCRIPT_TAG)).toBe(true);
    expect(head.indexOf(BRIDGE_SCRIPT_TAG)).toBeLessThan(head.indexOf('<script type="module"'));
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('serves the bundle relative to the resource, and refuses paths outside it', async () => {
    const html = await (await fetch(`${stack.url}/resource/admin/index.html`)).text();
    const bundle = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(bundle).toBeDefined();
    expect((await fetch(`${stack.url}/resource/admin/${bundle ?? ''}`)).status).toBe(200);
    expect((await fetch(`${stack.url}/resource/admin/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it('defines window.__bridge.callBridge, which posts each call with the frame identity', async () => {
    const script = await (await fetch(`${stack.url}/__host/bridge-client.js`)).text();
    const posted: { url: string; body: unknown }[] = [];
    const window: Record<string, unknown> = { addEventListener: () => undefined };
    window.parent = window;
    const context = {
      window,
      location: { search: '?frame=TOKEN', origin: 'http://host' },
      URLSearchParams,
      JSON,
      Promise,
      fetch: (url: string, init: { body: string }) => {
        posted.push({ url, body: JSON.parse(init.body) });
        return Promise.resolve({ json: () => Promise.resolve({ ok: true, value: { answered: true } }) });
      },
    };
    runInNewContext(script, context);
    const bridge = window.__bridge as { callBridge: (method: string, payload?: unknown) => Promise<unknown> };
    await expect(bridge.callBridge('invoke', { functionKey: 'admin/status', payload: {} })).resolves.toEqual({ answered: true });
    expect(posted).toEqual([{ url: '/__bridge/invoke', body: { frame: 'TOKEN', payload: { functionKey: 'admin/status', payload: {} } } }]);
  });

  it('answers an unknown method with a clear error, and a frame without identity with 400', async () => {
    const frame = { moduleKey: 'clause9-admin', accountId: ID.jiraAdmin, frameId: 'f1' };
    const unknown = await bridgeCall(stack.url, frame, 'teleport', {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.message).toBe('Unknown bridge method "teleport".');
    const noIdentity = await bridgeCall(stack.url, 'not-a-token', 'getContext');
    expect(noIdentity.status).toBe(400);
    const notLocal = await bridgeCall(stack.url, frame, 'openModal', {});
    expect(notLocal.status).toBe(501);
    expect(notLocal.body.error?.message).toMatch(/not available in the local stack/);
  });
});
