// The bridge host: an HTTP server that plays Jira's part for the app's Custom UI. It renders Jira-like pages
// (dashboard, app pages, issue view, issue search), serves each built resource with the bridge script first in
// <head>, and answers the frames' bridge calls through the Forge runtime host and the Jira stand-in.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { answerBridgeCall } from './bridge-endpoint';
import type { BridgePorts, ResolverInvoker } from './bridge-methods';
import type { SiteFacts } from './frame-context';
import { hostAsset } from './host-assets';
import { openHostState } from './host-state';
import type { HostState } from './host-state';
import { jiraCaller } from './jira-client';
import { readAppSurfaces } from './manifest-surfaces';
import type { AppSurfaces } from './manifest-surfaces';
import { dashboardUrl, matchPage } from './page-urls';
import type { HostUser } from './pages/layout';
import { renderMessagePage, renderPage } from './render-page';
import type { PagePorts } from './render-page';
import { serveResource } from './serve-resource';
import { colorModeOf, currentUser } from './session';

export interface BridgeHostOptions {
  readonly manifestPath: string;
  readonly jiraUrl: string;
  readonly forge: ResolverInvoker;
  /** Where the host keeps its own state (gadget configurations); ':memory:' keeps nothing. */
  readonly dataDir: string;
  /** The demo users of the user switcher; the first (or defaultAccountId) is signed in until one is picked. */
  readonly users: readonly HostUser[];
  readonly defaultAccountId?: string;
  /** 0 or undefined: a free port. */
  readonly port?: number;
  /** Context facts; siteUrl defaults to the host's own URL so links the app builds open here. */
  readonly site?: Partial<Omit<SiteFacts, 'appId'>>;
}

export interface BridgeHost {
  readonly url: string;
  readonly surfaces: AppSurfaces;
  /** The host's own state: the demo dashboard's gadgets and their saved configurations. */
  readonly state: HostState;
  close(): Promise<void>;
}

const MAX_BODY = 5 * 1024 * 1024;

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : JSON.parse(text);
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': type, ...headers });
  response.end(body);
}

export async function startBridgeHost(options: BridgeHostOptions): Promise<BridgeHost> {
  const surfaces = readAppSurfaces(options.manifestPath);
  const state = openHostState(options.dataDir);
  const listening = { url: '' };
  const site: SiteFacts = {
    appId: surfaces.appId,
    cloudId: options.site?.cloudId ?? 'local-cloud-clause9',
    get siteUrl() {
      return options.site?.siteUrl ?? listening.url;
    },
    environmentId: options.site?.environmentId ?? 'local-development',
    locale: options.site?.locale ?? 'en-GB',
    timezone: options.site?.timezone ?? 'Europe/London',
  };
  const ports: BridgePorts & PagePorts = { surfaces, state, jira: jiraCaller(options.jiraUrl), users: options.users, forge: options.forge, site };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://host.local');
    const path = url.pathname;
    const colorMode = colorModeOf(request);
    if (path.startsWith('/__bridge/') && request.method === 'POST') {
      const answer = await answerBridgeCall(decodeURIComponent(path.slice('/__bridge/'.length)), await readJson(request), colorMode, ports);
      send(response, answer.status, 'application/json', JSON.stringify(answer.body));
      return;
    }
    if (path.startsWith('/__host/')) {
      const asset = await hostAsset(path.slice('/__host/'.length));
      if (asset === undefined) send(response, 404, 'text/plain', 'No such host asset.');
      else send(response, 200, asset.type, asset.body, { 'cache-control': 'no-cache' });
      return;
    }
    if (path.startsWith('/resource/')) {
      const [resourceKey = '', ...rest] = path.slice('/resource/'.length).split('/').map(decodeURIComponent);
      const served = await serveResource(surfaces, resourceKey, rest.join('/'));
      response.writeHead(served.status, served.headers);
      response.end(served.body);
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    if (path === '/' || path === '/dashboard') {
      response.writeHead(302, { location: dashboardUrl('10000') });
      response.end();
      return;
    }
    const user = currentUser(request, options.users, options.defaultAccountId);
    const route = path === '/issues/' ? matchPage('/issues') : matchPage(path);
    const page =
      route === undefined
        ? renderMessagePage({ user, colorMode }, ports, 404, 'Page not found', `Nothing lives at ${path} in the local stack.`)
        : await renderPage({ route, query: url.searchParams, user, colorMode }, ports);
    send(response, page.status, 'text/html; charset=utf-8', page.html);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[bridge-host] request failed', request.method, request.url, error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', `The local stack failed: ${error instanceof Error ? error.message : String(error)}`);
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  listening.url = url;

  return {
    url,
    surfaces,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
      }),
  };
}
