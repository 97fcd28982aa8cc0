// Test harness for the Jira stand-in: a stand-in on a fresh temp dir, a seeded organisation, HTTP clients per
// principal, and (when Jira's OpenAPI document is present) a contract check of every response it sends.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startJiraStandIn, type JiraIssueEvent, type JiraStandIn, type JiraStandInOptions } from '../../../local/jira';
import { ContractValidator, type ContractViolation } from '../../../local/jira/contract/contract-validator';
import { defaultOpenApiSpecPath } from '../../../local/jira/contract/openapi-document';

export const repoRoot = path.resolve(__dirname, '../../..');
export const fixtureManifest = path.join(__dirname, 'fixtures', 'manifest.yml');
export const appId = 'ari:cloud:ecosystem::app/6f1d2a3b-9c4e-4f0a-8b7d-c1a5e9270009';
export const specPath = defaultOpenApiSpecPath(repoRoot);

export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
}

export interface Client {
  get(path: string): Promise<Reply>;
  post(path: string, body?: unknown): Promise<Reply>;
  put(path: string, body?: unknown): Promise<Reply>;
  delete(path: string): Promise<Reply>;
}

export type As = 'app' | `user:${string}` | 'anonymous' | { readonly headers: Record<string, string> };

export interface Harness {
  readonly standIn: JiraStandIn;
  readonly dataDir: string;
  readonly events: JiraIssueEvent[];
  /** Response-side contract violations (errors only) seen so far; empty when the document is absent. */
  readonly responseViolations: ContractViolation[];
  as(principal: As): Client;
  restart(): Promise<void>;
  close(): Promise<void>;
}

let sharedValidator: ContractValidator | undefined | null = null;

export function contractValidator(): ContractValidator | undefined {
  if (sharedValidator === null) sharedValidator = ContractValidator.fromSpecPath(specPath);
  return sharedValidator;
}

function headersFor(principal: As): Record<string, string> {
  if (typeof principal === 'object') return principal.headers;
  if (principal === 'anonymous') return {};
  if (principal === 'app') return { 'x-clause9-principal': 'app', 'x-clause9-app-id': appId };
  return { 'x-clause9-principal': principal };
}

/**
 * A client over node:http with its own keep-alive agent. (undici's global fetch pool can reuse a socket the
 * server closed on restart and fail once with "other side closed"; a per-incarnation agent avoids that.)
 */
export function clientFor(url: () => string, principal: As, agent: () => Agent = () => defaultAgent): Client {
  const send = (method: string, target: string, body?: unknown): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = { Accept: 'application/json', ...headersFor(principal) };
      const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      if (payload !== undefined) headers['Content-Type'] = 'application/json';
      const req = request(url() + target, { method, headers, agent: agent() }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') responseHeaders.set(name, value);
          resolve({ status: res.statusCode ?? 0, body: text === '' ? undefined : (JSON.parse(text) as unknown), headers: responseHeaders });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  return {
    get: (target) => send('GET', target),
    post: (target, body) => send('POST', target, body),
    put: (target, body) => send('PUT', target, body),
    delete: (target) => send('DELETE', target),
  };
}

const defaultAgent = new Agent({ keepAlive: true });

export async function startHarness(overrides: Partial<JiraStandInOptions> = {}): Promise<Harness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jira-standin-'));
  const events: JiraIssueEvent[] = [];
  const responseViolations: ContractViolation[] = [];
  const validator = contractValidator();
  const options: JiraStandInOptions = {
    dataDir,
    manifestPath: fixtureManifest,
    openApiSpecPath: specPath,
    onExchange: (exchange) => {
      if (validator === undefined) return;
      for (const violation of validator.validateExchange(exchange)) {
        if (violation.severity === 'error' && violation.kind.startsWith('response')) responseViolations.push(violation);
      }
    },
    ...overrides,
  };
  let standIn = await startJiraStandIn(options);
  let agent = new Agent({ keepAlive: true });
  let unsubscribe = standIn.onIssueEvent((event) => events.push(event));
  return {
    get standIn() {
      return standIn;
    },
    dataDir,
    events,
    responseViolations,
    as: (principal) => clientFor(() => standIn.url, principal, () => agent),
    restart: async () => {
      unsubscribe();
      const port = Number(new URL(standIn.url).port);
      await standIn.close();
      agent.destroy();
      agent = new Agent({ keepAlive: true });
      standIn = await startJiraStandIn({ ...options, port });
      unsubscribe = standIn.onIssueEvent((event) => events.push(event));
    },
    close: async () => {
      unsubscribe();
      await standIn.close();
      agent.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A small organisation: ISMS (alice member, bob viewer), OPS (alice admin), carol with no project access, dana site admin. */
export function seedOrganisation(standIn: JiraStandIn): void {
  const { admin } = standIn;
  admin.createUser({ accountId: 'alice', displayName: 'Alice Auditor', emailAddress: 'alice@example.com', timeZone: 'Europe/Paris' });
  admin.createUser({ accountId: 'bob', displayName: 'Bob Viewer', emailAddress: 'bob@example.com' });
  admin.createUser({ accountId: 'carol', displayName: 'Carol Outsider', emailAddress: 'carol@example.com' });
  admin.createUser({ accountId: 'dana', displayName: 'Dana Admin', emailAddress: 'dana@example.com' });
  admin.makeSiteAdmin('dana');
  admin.createProject({ key: 'ISMS', name: 'Information Security', leadAccountId: 'alice' });
  admin.createProject({ key: 'OPS', name: 'Operations', leadAccountId: 'alice' });
  admin.createGroup('isms-auditors');
  admin.addUserToGroup('isms-auditors', 'alice');
  admin.grantRole('ISMS', 'Member', { groupName: 'isms-auditors' });
  admin.grantRole('ISMS', 'Viewer', { accountId: 'bob' });
  admin.grantRole('OPS', 'Administrators', { accountId: 'alice' });
}

export async function createIssue(client: Client, fields: Record<string, unknown>): Promise<{ id: string; key: string }> {
  const reply = await client.post('/rest/api/3/issue', { fields: { project: { key: 'ISMS' }, issuetype: { name: 'Task' }, summary: 'An issue', ...fields } });
  if (reply.status !== 201) throw new Error(`create failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body as { id: string; key: string };
}

/** Reads a nested property of a JSON answer without casts in every test. */
export function at(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A copy of the fixture manifest with other `permissions.scopes`, written to a temp file. */
export function manifestWithScopes(scopes: readonly string[]): string {
  const text = readFileSync(fixtureManifest, 'utf8').replace(/ {2}scopes:\n( {4}- .+\n)+/, `  scopes:\n${scopes.map((scope) => `    - ${scope}\n`).join('')}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'jira-manifest-'));
  const file = path.join(dir, 'manifest.yml');
  writeFileSync(file, text);
  return file;
}
