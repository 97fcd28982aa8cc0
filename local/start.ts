// `npm start`: the app on its local Jira with the Northwind Payments demo site.
//   npm start                      keeps ./data across restarts (seeded on first start)
//   npm start -- --reset           wipes ./data first
//   npm start -- --port 8080       the bridge host's port (default 8080)
//   npm start -- --clock 60        scheduled triggers run 60× faster than real time
// Installs nothing at run time; needs `npm run build` output for the Custom UI pages.
import { parseArgs } from 'node:util';

import { appPageUrl, configureDashboardGadgets, readAppSurfaces } from './host';
import { DEMO_PEOPLE_LIST } from './seed';
import { DEFAULT_DATA_DIR, DEFAULT_MANIFEST, isBuilt, startLocalStack } from './stack/start-local-stack';

function numberFlag(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} must be a non-negative number, got "${value}"`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { reset: { type: 'boolean', default: false }, port: { type: 'string' }, clock: { type: 'string' }, data: { type: 'string' } },
    strict: true,
  });
  const port = numberFlag(values.port, 'port', 8080);
  const clockSpeed = numberFlag(values.clock, 'clock', 1);
  if (clockSpeed < 1) throw new Error('--clock must be 1 (real time) or more');
  const dataDir = values.data ?? DEFAULT_DATA_DIR;

  const unbuilt = [...readAppSurfaces(DEFAULT_MANIFEST).resources.values()].filter((resource) => !isBuilt(resource.dir));
  if (unbuilt.length > 0) console.warn(`⚠ Not built: ${unbuilt.map((resource) => resource.key).join(', ')}. Run \`npm run build\` for the Custom UI pages.`);

  const stack = await startLocalStack({ dataDir, manifestPath: DEFAULT_MANIFEST, port, reset: values.reset, clockSpeed });
  // The demo manager's dashboard opens configured, as one someone set up; tests start from unconfigured gadgets.
  if (stack.seededNow) configureDashboardGadgets(stack.host);
  console.log(`
Clause9 local stack — Northwind Payments (${stack.seededNow ? 'seeded just now' : 'data kept from last time'}; data in ${dataDir})
  Jira (bridge host):  ${stack.url}
    dashboard          ${stack.url}/jira/dashboards/10000
    issue search       ${stack.url}/issues?jql=project%20%3D%20ENG
${stack.host.surfaces.modules.flatMap((module) => {
    const pages = module.subPages.length === 0 ? [{ title: module.title, route: '' }] : module.subPages;
    return pages.flatMap((page) => {
      const path = appPageUrl(module, 'ISMS', page.route);
      return path === undefined ? [] : [`    ${page.title.padEnd(18)} ${stack.url}${path}`];
    });
  }).join('\n')}
  Jira REST stand-in:  ${stack.jira.url}
  Clock: ${clockSpeed === 1 ? 'real time' : `${clockSpeed}× (scheduled triggers accelerated)`}; started in ${Math.round(stack.timings.totalMs)} ms

Demo users (switch in the top bar):
${DEMO_PEOPLE_LIST.map((person) => `  ${person.displayName.padEnd(15)} ${person.title}`).join('\n')}

Ctrl+C stops; data is kept. \`npm start -- --reset\` starts fresh.`);
  const seeded = stack.seedReport;
  if (seeded !== undefined) {
    console.log(`\nDemo ISMS loaded through the app in ${Math.round(stack.timings.appSeedMs)} ms: ${seeded.loaded.join('; ')}.`);
    if (seeded.pending.length > 0) console.warn(`⚠ Not loaded (no code path in the app yet): ${seeded.pending.join('; ')}.`);
  }

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    stack.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('clean shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => { stop('SIGINT'); });
  process.on('SIGTERM', () => { stop('SIGTERM'); });
}

main().catch((error: unknown) => {
  console.error('npm start failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
