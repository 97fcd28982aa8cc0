// The egress guard (manifest permissions.external.fetch.backend) and @forge/events queues.
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import { FIXTURE_MANIFEST, rejectionOf, startFixtureStack, startRecordingJira } from './fixture-host';
import type { FixtureStack, RecordingJira } from './fixture-host';

describe('egress guard', () => {
  let stack: FixtureStack;
  let allowed: RecordingJira;
  let dir: string;
  beforeAll(async () => {
    allowed = await startRecordingJira();
    dir = mkdtempSync(join(tmpdir(), 'forge-egress-'));
    const manifest = readFileSync(FIXTURE_MANIFEST, 'utf8').replace('- https://allowed.example.com', `- ${allowed.url}`);
    writeFileSync(join(dir, 'manifest.yml'), manifest);
    stack = await startFixtureStack({ manifestPath: join(dir, 'manifest.yml') });
  });
  afterAll(async () => {
    await stack.close();
    await allowed.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const egress = (url: string): Promise<unknown> =>
    stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'egress', accountId: 'u1', payload: { url } });

  it('lets the app fetch hosts listed in permissions.external.fetch.backend', async () => {
    expect(await egress(`${allowed.url}/ping`)).toBe(200);
    expect(allowed.requests.map((r) => r.path)).toEqual(['/ping']);
  });

  it.each(['https://blocked.example.net/x', 'http://allowed.example.com/', 'https://trusted.example.org.evil.com/'])(
    'refuses %s like Forge (REQUEST_EGRESS_ALLOWLIST_ERR)',
    async (url) => {
      const error = await rejectionOf(egress(url));
      expect(error).toMatchObject({ code: 'FUNCTION_ERR' });
      expect((error as Error).cause).toMatchObject({
        name: 'REQUEST_EGRESS_ALLOWLIST_ERR',
        status: 403,
        message: `URL not included in the external fetch backend permissions: ${url}. Visit go.atlassian.com/forge-egress for more information.`,
      });
    },
  );

  it('leaves fetch alone outside invocations (test code, the host itself)', async () => {
    expect((await fetch(`${allowed.url}/direct`)).status).toBe(200);
  });
});

describe('@forge/events queues', () => {
  it('deliver pushed events to the consumer right after the push (auto)', async () => {
    const stack = await startFixtureStack();
    try {
      const result = await stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'push', accountId: 'u1', payload: { n: 1 } });
      expect(result).toEqual({ jobId: expect.any(String) as unknown });
      for (let tries = 0; tries < 50 && (await kvs.get('consumed:1')) === undefined; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(stack.host.pushedEvents()).toEqual([expect.objectContaining({ queueName: 'fx-queue', body: { n: 1 } })]);
      expect(await kvs.get('consumed:1')).toEqual({ queueName: 'fx-queue', jobId: stack.host.pushedEvents()[0]?.jobId });
    } finally {
      await stack.close();
    }
  });

  it('wait for runQueues() in manual mode', async () => {
    const stack = await startFixtureStack({ queueDelivery: 'manual' });
    try {
      await stack.host.invokeResolver({ moduleKey: 'fx-admin', functionKey: 'push', accountId: 'u1', payload: { n: 2 } });
      expect(await kvs.get('consumed:2')).toBeUndefined();
      await stack.host.runQueues();
      expect(await kvs.get('consumed:2')).toMatchObject({ queueName: 'fx-queue' });
      expect(stack.host.invocations().at(-1)).toMatchObject({ kind: 'consumer', moduleKey: 'fx-consumer', outcome: 'ok' });
    } finally {
      await stack.close();
    }
  });
});
