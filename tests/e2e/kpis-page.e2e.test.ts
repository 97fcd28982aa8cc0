// The KPIs sub-page of the ISMS project page (static/isms/src/kpis) in real Chromium against the seeded stack: the
// register shows the seeded KPIs with the RAG and trend the resolver derives and the stale one marked; a KPI's chart
// draws its real measurements; an invalid measurement shows the field error and stores nothing, a valid one appears
// in the chart and history after a reload; a CSV with a bad row shows the row error and stores nothing; a reader sees
// everything read-only. Screenshots: artifacts/screenshots/kpis.png (register), kpi-detail.png (chart).
import { join } from 'node:path';

import type { FrameLocator, Page } from 'playwright-core';

import { DEMO_PEOPLE } from '../../local/seed';
import type { LocalStack } from '../../local/stack/start-local-stack';
import { chromiumAvailable, SCREENSHOTS } from './chromium-browser';
import { openBrowserSession } from './support/browser-session';
import type { BrowserSession } from './support/browser-session';

const haveChromium = chromiumAvailable('tests/e2e/kpis-page.e2e.test.ts');

jest.setTimeout(90_000);

const manager = DEMO_PEOPLE.ismsManager;
const reader = DEMO_PEOPLE.ceo;

interface Point { readonly periodStart: string; readonly value: number | null; readonly rag: string }
interface View { readonly kpi: { readonly definition: { readonly id: string; readonly name: string } }; readonly latest: Point | null; readonly trend: { readonly direction: string }; readonly staleness: { readonly status: string; readonly daysOverdue: number } | null; readonly points: readonly Point[] }
interface Detail extends View { readonly measurements: readonly { readonly measurement: { readonly periodStart: string; readonly comment?: string }; readonly indicatorValue: number | null; readonly revision: number }[] }

(haveChromium ? describe : describe.skip)('the KPIs sub-page in Chromium', () => {
  let session: BrowserSession;
  let stack: LocalStack;
  let page: Page;

  const storedKpi = (kpiId: string) => session.resolve<Detail>('kpis/get', { kpiId });
  const exportedCsv = async () => (await session.resolve<{ csv: string }>('measurements/export-csv')).csv;

  beforeAll(async () => {
    session = await openBrowserSession({ accountId: manager.accountId, viewport: { width: 1360, height: 900 } });
    ({ stack, page } = session);
  });

  afterAll(() => session.close());

  const app = (): FrameLocator => page.frameLocator('iframe.forge-frame');
  const kpiUrl = (subPath = '') => `${stack.url}/jira/projects/ISMS/apps/clause9-isms/kpis${subPath === '' ? '' : `/${subPath}`}`;

  it('lists the seeded KPIs with the RAG, trend and schedule the resolver derives, and the stale one in the overdue list', async () => {
    const views = await session.resolve<View[]>('kpis/list');
    expect(views.length).toBeGreaterThanOrEqual(7);
    await page.goto(kpiUrl());
    await app().getByTestId('kpi-table').waitFor();
    const rows = app().getByTestId('kpi-row');
    expect(await rows.count()).toBe(views.length);
    for (const view of views) {
      const row = app().locator(`[data-testid="kpi-row"][data-kpi="${view.kpi.definition.id}"]`);
      expect(await row.getByTestId('rag').getAttribute('data-rag')).toBe(view.latest?.rag ?? 'no_data');
      expect(await row.getByTestId('trend').getAttribute('data-trend')).toBe(view.trend.direction);
      expect(await row.getAttribute('data-stale')).toBe(String(view.staleness?.status === 'stale'));
    }
    const rags = await rows.getByTestId('rag').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-rag')));
    expect(rags).toContain('green');

    const stale = views.filter((view) => view.staleness?.status === 'stale');
    expect(stale.map((view) => view.kpi.definition.id)).toEqual(['KPI-AWARE']);
    const aware = app().locator('[data-testid="kpi-row"][data-kpi="KPI-AWARE"]');
    expect(await aware.getByTestId('schedule').textContent()).toBe(`Overdue ${stale[0]?.staleness?.daysOverdue ?? -1} days`);
    const staleRow = app().getByTestId('stale-list').getByTestId('stale-row');
    expect(await staleRow.count()).toBe(1);
    expect(await staleRow.getAttribute('data-kpi')).toBe('KPI-AWARE');
    expect(await staleRow.getByTestId('overdue-days').textContent()).toMatch(/^\d+ days$/);
    expect(await app().getByTestId('new-kpi').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'kpis.png'), fullPage: true });
  });

  it('opens a KPI (URL follows) and charts its real measurements against target and RAG bands, with a table fallback', async () => {
    await app().locator('[data-testid="kpi-row"][data-kpi="KPI-INC"]').getByRole('button', { name: 'Security incidents per month' }).click();
    await app().getByTestId('kpi-chart').waitFor();
    expect(page.url()).toBe(kpiUrl('KPI-INC'));
    const stored = await storedKpi('KPI-INC');
    const measured = stored.points.filter((point) => point.value !== null);
    expect(measured.length).toBeGreaterThan(6);
    const chart = app().getByTestId('kpi-chart');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.getAttribute('aria-label')).toMatch(/^Security incidents per month: 12 monthly periods from .+ Target ≤ 3 incidents; Green ≤ 3 incidents · Amber ≤ 5 incidents · Red > 5 incidents\. Trend: /);
    const dots = chart.getByTestId('kpi-chart-point');
    expect(await dots.evaluateAll((circles) => circles.map((circle) => [circle.getAttribute('data-period'), circle.getAttribute('data-rag')]))).toEqual(
      measured.map((point) => [point.periodStart, point.rag]),
    );
    expect(await chart.getByTestId('kpi-target-line').count()).toBe(1);
    expect(await chart.locator('[data-band]').evaluateAll((bands) => bands.map((band) => band.getAttribute('data-band')))).toEqual(['green', 'amber', 'red']);
    expect(await app().getByTestId('kpi-chart-table').locator('tbody tr').count()).toBe(stored.points.length);
    expect(await app().getByTestId('measurement-history').getByTestId('measurement-row').count()).toBe(stored.measurements.length);
  });

  it('an invalid value shows the resolver field error next to its input and stores nothing', async () => {
    const before = await storedKpi('KPI-INC');
    const form = app().getByTestId('measurement-form');
    await form.getByLabel('Period (any date in it)').fill('2026-11-10');
    const input = form.getByLabel('incidents (incidents)');
    await input.fill('4,5');
    await form.getByRole('button', { name: 'Record measurement' }).click();
    const error = form.locator('[data-testid="field-error"][data-field="baseValues.incidents"]');
    await error.waitFor();
    expect(await error.innerText()).toBe('baseValues.incidents: baseValues values must be finite numbers');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    expect((await storedKpi('KPI-INC')).measurements).toEqual(before.measurements);
  });

  it('a valid value is stored, and after a reload it is in the chart and the history', async () => {
    const form = app().getByTestId('measurement-form');
    await form.getByLabel('incidents (incidents)').fill('2');
    expect(await form.getByTestId('indicator-preview').textContent()).toBe('Indicator: 2 incidents Green');
    await form.getByLabel('Comment (optional)').fill('Two phishing-led account takeovers, both contained the same day.');
    await form.getByRole('button', { name: 'Record measurement' }).click();
    expect(await form.getByTestId('record-ok').innerText()).toBe('Recorded 2 incidents for Nov 2026.');
    const stored = await storedKpi('KPI-INC');
    expect(stored.measurements.find((row) => row.measurement.periodStart === '2026-11-01')).toMatchObject({
      indicatorValue: 2, revision: 1, measurement: { comment: 'Two phishing-led account takeovers, both contained the same day.' },
    });

    await page.reload();
    await app().getByTestId('kpi-chart').waitFor();
    expect(await app().locator('[data-testid="kpi-chart-point"][data-period="2026-11-01"]').getAttribute('data-rag')).toBe('green');
    const row = app().locator('[data-testid="measurement-row"][data-period="2026-11-01"]');
    expect(await row.getByTestId('measurement-value').innerText()).toBe('2 incidents');
    expect(await row.getByTestId('measurement-comment-text').innerText()).toBe('Two phishing-led account takeovers, both contained the same day.');
    expect(await row.innerText()).toContain(manager.displayName);
    await page.screenshot({ path: join(SCREENSHOTS, 'kpi-detail.png'), fullPage: true });
  });

  it('a CSV with a bad row shows the row, column and rule and stores nothing, not even its good rows', async () => {
    const before = await exportedCsv();
    await page.goto(kpiUrl());
    await app().getByTestId('open-import').click();
    const csv = ['kpi_id,period_start,value,base_values,source,source_name', 'KPI-INC,2026-11-01,7,,manual,', 'KPI-NOPE,2026-11-01,4,,manual,'].join('\r\n');
    await app().getByLabel('CSV file').setInputFiles({ name: 'november.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await app().getByTestId('import-check').click();
    const bad = app().getByTestId('import-error-row');
    await bad.waitFor();
    expect(await bad.count()).toBe(1);
    expect([await bad.getAttribute('data-row'), await bad.getAttribute('data-column')]).toEqual(['3', 'kpi_id']);
    expect(await bad.innerText()).toContain('there is no KPI "KPI-NOPE"');
    expect(await app().getByTestId('import-errors').getByRole('alert').innerText()).toContain('Nothing was stored');
    expect(await app().getByTestId('import-apply').isDisabled()).toBe(true);
    expect(await exportedCsv()).toBe(before);
  });

  it('edits a definition: a threshold against the direction is a field error and saves nothing; a valid change is a new version', async () => {
    await page.goto(kpiUrl('KPI-CA/edit'));
    const form = app().getByTestId('definition-form');
    await form.waitFor();
    const amber = form.getByLabel('Amber threshold (at least; beyond it is red)');
    expect(await amber.inputValue()).toBe('70');
    await amber.fill('90');
    await form.getByRole('button', { name: 'Save definition' }).click();
    const error = form.locator('[data-testid="field-error"][data-field="definition.decisionCriteria.amber"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('must be below decisionCriteria.green (85) when higher is better');
    expect(await amber.getAttribute('aria-invalid')).toBe('true');
    expect((await storedKpi('KPI-CA')).kpi).toMatchObject({ definition: { decisionCriteria: { green: 85, amber: 70 } } });

    await amber.fill('70');
    await form.getByLabel('Target').fill('88');
    await form.getByRole('button', { name: 'Save definition' }).click();
    await app().getByTestId('kpi-detail').waitFor();
    expect(page.url()).toBe(kpiUrl('KPI-CA'));
    expect(await app().getByTestId('kpi-definition').innerText()).toContain('Version 2: target 85 → 88');
    expect((await storedKpi('KPI-CA')).kpi).toMatchObject({ definition: { target: 88 } });
  });

  it('shows a reader (not an ISMS manager) everything read-only', async () => {
    expect(await session.resolve<{ canManage: boolean }>('isms/access', {}, reader.accountId)).toMatchObject({ canManage: false });
    await Promise.all([page.waitForEvent('load'), page.selectOption('#user-switcher', reader.accountId)]);
    await page.goto(kpiUrl());
    await app().getByTestId('kpi-table').waitFor();
    await app().getByTestId('read-only-note').waitFor();
    expect(await app().getByTestId('new-kpi').count()).toBe(0);
    expect(await app().getByTestId('open-import').count()).toBe(0);
    await app().locator('[data-testid="kpi-row"][data-kpi="KPI-PATCH"]').getByRole('button').first().click();
    await app().getByTestId('kpi-chart').waitFor();
    expect(await app().getByTestId('measurement-form').count()).toBe(0);
    expect(await app().getByTestId('edit-kpi').count()).toBe(0);
    expect(await app().getByTestId('kpi-definition').innerText()).toContain('Are critical and high vulnerabilities patched within 14 days?');
  });

  it('raised no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
