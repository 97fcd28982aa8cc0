// The seam's bookkeeping: parts load in dependency order, a part without a port (or whose port finds no code path in
// the app) is reported pending, and any other failure stops the load naming the part.
import { buildDemoOrganisation, loadDemoOrganisation } from '../../../local/seed';
import { PartPendingError } from '../../../local/seed/load-demo-organisation';
import type { DemoOrganisationPorts } from '../../../local/seed';
import { localDate } from '../../../src/domain/local-date';

const org = buildDemoOrganisation(localDate('2026-11-22'));

it('loads in dependency order and reports the parts without a port as pending', async () => {
  const order: string[] = [];
  const note = (part: string) => () => {
    order.push(part);
    return Promise.resolve();
  };
  const ports: DemoOrganisationPorts = { setUpApp: note('setup'), importMonitoringItems: note('matrix'), importFindings: note('findings'), runDailySweep: note('sweep') };
  const report = await loadDemoOrganisation(org, ports);
  expect(order).toEqual(['setup', 'matrix', 'findings', 'sweep']);
  expect(report.loaded).toEqual(['setup and settings', 'monitoring matrix (42 items)', 'findings (15) and corrective actions (13)', 'daily sweep']);
  expect(report.pending).toEqual([
    'working-day calendar',
    'KPIs (7, 112 measurements)',
    'audit programme (21 audits)',
    expect.stringMatching(/^monitoring check history \(\d+ checks\)$/) as unknown,
    'management review',
  ]);
  expect(report.timings.map((timing) => timing.part)).toEqual(report.loaded);
});

it('reports a part whose resolver does not exist yet as pending, with the reason, and goes on', async () => {
  const report = await loadDemoOrganisation(org, {
    importManagementReview: () => Promise.reject(new PartPendingError('clause9-isms reviews/publish: no such key')),
    runDailySweep: () => Promise.resolve(),
  });
  expect(report.pending).toContain('management review (clause9-isms reviews/publish: no such key)');
  expect(report.loaded).toEqual(['daily sweep']);
});

it('stops on any other failure, naming the part', async () => {
  const failing = loadDemoOrganisation(org, { importKpis: () => Promise.reject(new Error('FORBIDDEN Managing the ISMS needs …')) });
  await expect(failing).rejects.toThrow('loading the demo KPIs (7, 112 measurements) failed: FORBIDDEN Managing the ISMS needs …');
});
