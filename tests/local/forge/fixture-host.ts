// Test harness: the fixture Forge app on the local runtime host, and a tiny HTTP server standing in for Jira
// that records the headers of every request and echoes the principal it was called as.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startForgeHost } from '../../../local/forge';
import type { ForgeHost, ForgeHostOptions } from '../../../local/forge';

export const FIXTURE_MANIFEST = join(__dirname, '../../fixtures/forge-app/manifest.yml');
export const FIXTURE_APP_ID = 'ari:cloud:ecosystem::app/0c9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b';
export const FIXED_NOW = new Date('2026-03-02T09:00:00.000Z');

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
}

export interface RecordingJira {
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startRecordingJira(): Promise<RecordingJira> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
    requests.push({ method: request.method ?? 'GET', path: request.url ?? '/', headers });
    const principal = headers['x-clause9-principal'];
    response.writeHead(principal === 'anonymous' ? 401 : 200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ principal, appId: headers['x-clause9-app-id'], path: request.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

export interface FixtureStack {
  readonly host: ForgeHost;
  readonly jira: RecordingJira;
  close(): Promise<void>;
}

export async function startFixtureStack(overrides: Partial<ForgeHostOptions> = {}): Promise<FixtureStack> {
  const jira = await startRecordingJira();
  const host = await startForgeHost({
    manifestPath: FIXTURE_MANIFEST,
    loadApp: () => import('../../fixtures/forge-app/index'),
    jiraUrl: jira.url,
    dataDir: ':memory:',
    now: () => FIXED_NOW,
    report: () => undefined,
    ...overrides,
  });
  return {
    host,
    jira,
    close: async () => {
      await host.close();
      await jira.close();
    },
  };
}

/** The error an awaited promise rejected with (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}
