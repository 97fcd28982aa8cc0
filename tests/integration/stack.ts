// Shared by every integration test: the REAL app (src/index.ts, unmodified @forge/api, @forge/kvs, @forge/resolver)
// on the local Forge host, talking to the Jira stand-in, both on a fresh temp dir.
//
//   const stack = await startTestStack({ now: () => new Date('2026-03-02T09:00:00Z') });
//   const reply = await stack.invoke(TEST_USERS.admin, 'setup/run');      // admin page resolver by default
//   const data = okData(reply);                                          // throws unless { ok: true }
//   await stack.setUpApp();                                              // setup as admin + ISMS roles granted
//   stack.jira.admin / stack.jira.setFaults(...) / stack.forge.kvsStore  // seeding, faults, raw KVS
//   const jira = await import('./all-jira-adapters');                    // after the stack: @forge/api loads in the host
//   await jira.listIssueTypes(stack.requesterAs('app'));                 // an adapter straight against the stand-in
//   expect(stack.contractViolations).toEqual([]);                        // every call matched Jira's OpenAPI
//   await stack.close();
//
// Seeded site (no ISMS project until setup creates one): TEST_USERS.admin (site admin), .ismsManager (in group
// `isms-managers`), .member (in group `isms-team`), .committee (in `steering-committee`), .outsider (no access).
// `grantIsmsRoles(projectKey)` gives isms-managers the project's Administrators role, isms-team Member and
// steering-committee Viewer; `setUpApp()` runs setup as the admin and then grants them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { startForgeHost, type ForgeHost, type ProductEvent } from '../../local/forge';
import { appIdHeader, principalHeader, startJiraStandIn, type JiraIssueEvent, type JiraStandIn } from '../../local/jira';
import type { JiraRequester } from '../../src/adapters/jira/jira-requester';
import { ContractValidator, type ContractViolation } from '../../local/jira/contract/contract-validator';

const REPO_ROOT = resolve(__dirname, '..', '..');
export const REAL_MANIFEST = join(REPO_ROOT, 'manifest.yml');
export const OPENAPI_SPEC = process.env.JIRA_OPENAPI_SPEC ?? join(REPO_ROOT, '..', 'shared', 'jira-openapi', 'swagger-v3.v3.json');
export const ADMIN_PAGE = 'clause9-admin';

export const TEST_USERS = {
  admin: '712020:aaaaaaaa-0000-4000-8000-000000000001',
  ismsManager: '712020:aaaaaaaa-0000-4000-8000-000000000002',
  member: '712020:aaaaaaaa-0000-4000-8000-000000000003',
  committee: '712020:aaaaaaaa-0000-4000-8000-000000000004',
  outsider: '712020:aaaaaaaa-0000-4000-8000-000000000005',
} as const;

export const TEST_GROUPS = { ismsManagers: 'isms-managers', ismsTeam: 'isms-team', steeringCommittee: 'steering-committee' } as const;

export interface TestStackOptions {
  /** Clock of the stand-in and the Forge host (KVS timestamps, scheduled triggers). Default: the wall clock. */
  readonly now?: () => Date;
  /** Deliver the stand-in's issue events to the app's `trigger` modules (default false; they are recorded either way). */
  readonly deliverProductEvents?: boolean;
  readonly pointsPerHour?: number;
}

export interface TestStack {
  readonly jira: JiraStandIn;
  readonly forge: ForgeHost;
  readonly dataDir: string;
  /** Request/response problems against Jira's OpenAPI document (errors only); empty when the document is absent. */
  readonly contractViolations: ContractViolation[];
  readonly issueEvents: JiraIssueEvent[];
  /** invoke(functionKey, payload) from a Custom UI surface as `accountId` (default surface: the admin page). */
  invoke(accountId: string, functionKey: string, payload?: unknown, moduleKey?: string, extension?: Record<string, unknown>): Promise<unknown>;
  /**
   * A JiraRequester straight to the stand-in as 'app' or as a user's account id, for testing adapters without a
   * resolver around them (what asApp()/asUser() give the app inside the Forge host).
   */
  requesterAs(principal: string): JiraRequester;
  /** Runs setup as the admin (throws unless it completes) and grants the ISMS project roles. */
  setUpApp(): Promise<void>;
  grantIsmsRoles(projectKey?: string): void;
  close(): Promise<void>;
}

let validator: ContractValidator | undefined | null = null;

function contractValidator(): ContractValidator | undefined {
  if (validator === null) validator = ContractValidator.fromSpecPath(OPENAPI_SPEC);
  return validator;
}

function seedSite(jira: JiraStandIn): void {
  const { admin } = jira;
  const people: [string, string, string | null][] = [
    [TEST_USERS.admin, 'Ada Admin', null],
    [TEST_USERS.ismsManager, 'Iris Manager', TEST_GROUPS.ismsManagers],
    [TEST_USERS.member, 'Milo Member', TEST_GROUPS.ismsTeam],
    [TEST_USERS.committee, 'Cora Committee', TEST_GROUPS.steeringCommittee],
    [TEST_USERS.outsider, 'Otto Outsider', null],
  ];
  for (const group of Object.values(TEST_GROUPS)) admin.createGroup(group);
  for (const [accountId, displayName, group] of people) {
    admin.createUser({ accountId, displayName, emailAddress: `${displayName.toLowerCase().replace(' ', '.')}@example.com` });
    if (group !== null) admin.addUserToGroup(group, accountId);
  }
  admin.makeSiteAdmin(TEST_USERS.admin);
}

/** The `data` of an `{ ok: true, data }` envelope; throws with the error otherwise. */
export function okData(reply: unknown): unknown {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply && reply.ok === true && 'data' in reply) return reply.data;
  throw new Error(`expected an ok envelope, got ${JSON.stringify(reply)}`);
}

/** The `error` of an `{ ok: false, error }` envelope; throws otherwise. */
export function envelopeError(reply: unknown): { code: string; message: string; field?: string } {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply && reply.ok === false && 'error' in reply) {
    return reply.error as { code: string; message: string; field?: string };
  }
  throw new Error(`expected an error envelope, got ${JSON.stringify(reply)}`);
}

export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'clause9-it-'));
  const contractViolations: ContractViolation[] = [];
  const issueEvents: JiraIssueEvent[] = [];
  const check = contractValidator();
  const jira = await startJiraStandIn({
    dataDir: join(dataDir, 'jira'),
    manifestPath: REAL_MANIFEST,
    openApiSpecPath: OPENAPI_SPEC,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.pointsPerHour === undefined ? {} : { pointsPerHour: options.pointsPerHour }),
    onExchange: (exchange) => {
      if (check === undefined) return;
      for (const violation of check.validateExchange(exchange)) if (violation.severity === 'error') contractViolations.push(violation);
    },
  });
  let forge: ForgeHost;
  try {
    seedSite(jira);
    forge = await startForgeHost({
      manifestPath: REAL_MANIFEST,
      loadApp: () => import('../../src/index'),
      jiraUrl: jira.url,
      dataDir: join(dataDir, 'forge'),
      appAccountId: jira.admin.appAccountId,
      report: () => undefined,
      ...(options.now === undefined ? {} : { now: options.now }),
    });
  } catch (error) {
    await jira.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const host = forge;
  const unsubscribe = jira.onIssueEvent((event) => {
    issueEvents.push(event);
    if (options.deliverProductEvents !== true) return;
    const productEvent: ProductEvent = Object.fromEntries(Object.entries(event).filter(([field]) => field !== 'actorIsApp')) as ProductEvent;
    void host.deliverProductEvent(productEvent);
  });
  const invoke: TestStack['invoke'] = (accountId, functionKey, payload, moduleKey = ADMIN_PAGE, extension) =>
    host.invokeResolver({ moduleKey, functionKey, accountId, ...(payload === undefined ? {} : { payload }), ...(extension === undefined ? {} : { extension }) });
  const grantIsmsRoles = (projectKey = 'ISMS'): void => {
    jira.admin.grantRole(projectKey, 'Administrators', { groupName: TEST_GROUPS.ismsManagers });
    jira.admin.grantRole(projectKey, 'Member', { groupName: TEST_GROUPS.ismsTeam });
    jira.admin.grantRole(projectKey, 'Viewer', { groupName: TEST_GROUPS.steeringCommittee });
  };
  const requesterAs = (principal: string): JiraRequester => {
    const headers: Record<string, string> =
      principal === 'app' ? { [principalHeader]: 'app', [appIdHeader]: jira.admin.appId } : { [principalHeader]: `user:${principal}` };
    return (path, init) => fetch(jira.url + path.value, { ...init, headers: { ...init?.headers, ...headers } });
  };
  return {
    jira,
    forge: host,
    requesterAs,
    dataDir,
    contractViolations,
    issueEvents,
    invoke,
    grantIsmsRoles,
    setUpApp: async () => {
      const report = okData(await invoke(TEST_USERS.admin, 'setup/run', {}));
      if (typeof report !== 'object' || report === null || !('complete' in report) || report.complete !== true) {
        throw new Error(`setup did not complete: ${JSON.stringify(report)}`);
      }
      grantIsmsRoles();
    },
    close: async () => {
      unsubscribe();
      await host.close();
      await jira.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
