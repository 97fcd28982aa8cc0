// The whole local stack in one process: the Jira stand-in, the Forge runtime host running the unmodified app, the
// bridge host with its Jira-like pages, and the Northwind Payments demo seeded on first start: its Jira site
// in-process, then its ISMS through the app's own resolvers (local/seed/app-ports.ts). `npm start`,
// the browser tests and the start-up benchmark all come through here.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { startBridgeHost } from '../host';
import type { BridgeHost } from '../host';
import { startForgeHost } from '../forge';
import type { ForgeHost, ProductEvent } from '../forge';
import { stableUuid } from '../forge/runtime/install-forge-runtime';
import { startJiraStandIn } from '../jira';
import type { JiraIssueEvent, JiraStandIn } from '../jira';
import { localDateAt } from '../../src/domain/local-date';
import type { LocalDate } from '../../src/domain/local-date';
import { buildDemoOrganisation, DEMO_PEOPLE, DEMO_PEOPLE_LIST, loadDemoOrganisation, readSeedMarker, seedJiraSite, writeSeedMarker } from '../seed';
import type { LoadReport } from '../seed';
import { appPorts } from '../seed/app-ports';
import { freePort } from './free-port';
import { accelerate, clockSource } from './stack-clock';

export const DEMO_TIME_ZONE = 'Europe/London';
export const DEMO_CLOUD_ID = 'a1b2c3d4-0000-4000-8000-00000000c109';

export interface LocalStackOptions {
  /** Holds jira/, forge/, host/ and the seed marker; created if missing. */
  readonly dataDir: string;
  readonly manifestPath: string;
  /** Port of the bridge host (the URL people open); 0 or undefined = a free port. */
  readonly port?: number;
  /** Wipe the data dir first. */
  readonly reset?: boolean;
  /** Scheduled triggers run this many times faster than the wall clock (1 = real time). */
  readonly clockSpeed?: number;
  /** The demo's "today" for seeding; defaults to the wall clock's date in Europe/London. */
  readonly demoToday?: LocalDate;
  readonly loadApp?: () => Promise<Record<string, unknown>>;
  readonly openApiSpecPath?: string;
  readonly report?: (message: string) => void;
}

export interface LocalStack {
  readonly url: string;
  readonly jira: JiraStandIn;
  readonly forge: ForgeHost;
  readonly host: BridgeHost;
  /** True when this start seeded the demo site (first start or after --reset). */
  readonly seededNow: boolean;
  /** What this start loaded into the app (and what is pending); undefined when the data was kept from before. */
  readonly seedReport: LoadReport | undefined;
  /** seedMs: the Jira site; appSeedMs: the ISMS through the app (setup … daily sweep). */
  readonly timings: { readonly totalMs: number; readonly seedMs: number; readonly appSeedMs: number };
  close(): Promise<void>;
}

/** The Forge `avi:jira:*:issue` payload: the stand-in's event without its own `actorIsApp` marker. */
function toProductEvent(event: JiraIssueEvent): ProductEvent {
  return Object.fromEntries(Object.entries(event).filter(([field]) => field !== 'actorIsApp')) as ProductEvent;
}

const defaultLoadApp = (): Promise<Record<string, unknown>> => import('../../src/index');

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const started = performance.now();
  const report = options.report ?? ((message: string) => { console.warn(message); });
  const dataDir = resolve(options.dataDir);
  if (options.reset === true) rmSync(dataDir, { recursive: true, force: true });
  const marker = readSeedMarker(dataDir);
  // No marker: never seeded, or a seed that stopped half-way. Its leftovers go, so the seed starts clean again.
  if (marker === undefined) for (const dir of ['jira', 'forge', 'host']) rmSync(join(dataDir, dir), { recursive: true, force: true });
  for (const dir of ['jira', 'forge', 'host']) mkdirSync(join(dataDir, dir), { recursive: true });
  const clock = clockSource();
  const port = options.port === undefined || options.port === 0 ? await freePort() : options.port;
  const siteUrl = `http://127.0.0.1:${port}`;
  const jira = await startJiraStandIn({
    dataDir: join(dataDir, 'jira'),
    manifestPath: options.manifestPath,
    now: () => clock.now(),
    openApiSpecPath: options.openApiSpecPath ?? process.env.JIRA_OPENAPI_SPEC ?? DEFAULT_OPENAPI_SPEC,
  });
  const closers: (() => Promise<void>)[] = [() => jira.close()];
  const closeAll = async (): Promise<void> => {
    for (const close of closers.reverse()) await close().catch((error: unknown) => { report(`close failed: ${String(error)}`); });
  };
  try {
    const seedStarted = performance.now();
    const demoToday = options.demoToday ?? localDateAt(clock.now(), DEMO_TIME_ZONE);
    if (marker === undefined) seedJiraSite(jira.admin, demoToday);
    const seedMs = performance.now() - seedStarted;

    const speed = options.clockSpeed ?? 1;
    const forge = await startForgeHost({
      manifestPath: options.manifestPath,
      loadApp: options.loadApp ?? defaultLoadApp,
      jiraUrl: jira.url,
      dataDir: join(dataDir, 'forge'),
      cloudId: DEMO_CLOUD_ID,
      siteUrl,
      appAccountId: jira.admin.appAccountId,
      locale: 'en-GB',
      timezone: DEMO_TIME_ZONE,
      report,
      ...(speed === 1 ? { tickIntervalMs: 5_000 } : {}),
    });
    closers.push(() => forge.close());
    clock.follow(() => forge.now());
    const unsubscribe = jira.onIssueEvent((event) => {
      forge.deliverProductEvent(toProductEvent(event)).catch((error: unknown) => {
        report(`product event ${event.eventType} failed: ${String(error)}`);
      });
    });
    closers.push(() => {
      unsubscribe();
      return Promise.resolve();
    });
    const appSeedStarted = performance.now();
    let seedReport: LoadReport | undefined;
    if (marker === undefined) {
      const organisation = buildDemoOrganisation(demoToday);
      seedReport = await loadDemoOrganisation(organisation, appPorts({ forge, jira, manifestPath: options.manifestPath, organisation }));
    }
    const appSeedMs = performance.now() - appSeedStarted;

    if (speed !== 1) {
      const accelerator = accelerate((ms) => forge.advanceClock(ms), speed, 1_000, report);
      closers.push(() => {
        accelerator.stop();
        return Promise.resolve();
      });
    }

    const appUuid = jira.admin.appId.slice(jira.admin.appId.lastIndexOf('/') + 1);
    const host = await startBridgeHost({
      manifestPath: options.manifestPath,
      jiraUrl: jira.url,
      forge,
      dataDir: join(dataDir, 'host'),
      users: DEMO_PEOPLE_LIST.map((person) => ({ accountId: person.accountId, displayName: person.displayName, title: person.title })),
      defaultAccountId: DEMO_PEOPLE.jiraAdmin.accountId,
      port,
      site: { cloudId: DEMO_CLOUD_ID, siteUrl, environmentId: stableUuid(`environment:${appUuid}`), locale: 'en-GB', timezone: DEMO_TIME_ZONE },
    });
    closers.push(() => host.close());
    if (marker === undefined) writeSeedMarker(dataDir, { seededAt: clock.now().toISOString(), demoToday, organisation: 'Northwind Payments' });
    return {
      url: host.url,
      jira,
      forge,
      host,
      seededNow: marker === undefined,
      seedReport,
      timings: { totalMs: performance.now() - started, seedMs, appSeedMs },
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** The repository's manifest and default data dir, for `npm start` and the benches. */
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const DEFAULT_MANIFEST = join(REPO_ROOT, 'manifest.yml');
export const DEFAULT_DATA_DIR = join(REPO_ROOT, 'data');
/** Jira's OpenAPI document travels beside the repository (see .ci/run). */
export const DEFAULT_OPENAPI_SPEC = join(REPO_ROOT, '..', 'shared', 'jira-openapi', 'swagger-v3.v3.json');
export const isBuilt = (resourceDir: string): boolean => existsSync(join(resourceDir, 'index.html'));
