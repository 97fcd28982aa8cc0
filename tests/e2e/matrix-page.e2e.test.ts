// The Monitoring matrix sub-page of the ISMS project page (static/isms/src/matrix) in real Chromium against the
// seeded stack: the table shows the seeded items with their responsible people by name; an invalid add shows the
// field error next to its input and stores nothing; a valid add and an edit survive a reload; a CSV import with a
// bad row shows that row's error and stores nothing, the corrected file imports; the completed schedule shows the
// real checks; an engineer sees the table read-only. Screenshots: matrix.png, matrix-csv-import-error.png,
// matrix-completed-schedule.png.
import { join } from 'node:path';

import type { FrameLocator, Page } from 'playwright-core';

import { DEMO_PEOPLE } from '../../local/seed';
import type { LocalStack } from '../../local/stack/start-local-stack';
import { MATRIX_CSV_HEADER, monitoringItemCsvRow } from '../../src/contracts/matrix-csv';
import type { MatrixList } from '../../src/contracts/matrix-payloads';
import type { CompletedSchedule } from '../../src/contracts/schedule-payloads';
import { formatCsv } from '../../src/domain/csv/format-csv';
import type { MonitoringItem } from '../../src/domain/monitoring-item';
import { defaultScheduleWindow } from '../../static/isms/src/matrix/schedule-window';
import { DEMO_TODAY } from '../local/host/local-stack-fixture';
import { chromiumAvailable, SCREENSHOTS } from './chromium-browser';
import { openBrowserSession } from './support/browser-session';
import type { BrowserSession } from './support/browser-session';

const haveChromium = chromiumAvailable('tests/e2e/matrix-page.e2e.test.ts');

jest.setTimeout(120_000);

const MANAGER = DEMO_PEOPLE.ismsManager;

(haveChromium ? describe : describe.skip)('the Monitoring matrix sub-page in Chromium', () => {
  let session: BrowserSession;
  let stack: LocalStack;
  let page: Page;

  const storedMatrix = () => session.resolve<MatrixList>('matrix/list');
  const storedItem = async (id: string) => (await storedMatrix()).items.find((view) => view.item.id === id);

  const frame = (): FrameLocator => page.frameLocator('iframe.forge-frame');
  const row = (id: string) => frame().locator(`[data-testid="matrix-table"] tr[data-item-id="${id}"]`);
  const editor = () => frame().getByTestId('item-editor');
  const open = async (subPath = '', as: string = MANAGER.accountId) => {
    await session.signInAs(as);
    await page.goto(`${stack.url}/jira/projects/ISMS/apps/clause9-isms/matrix${subPath}`);
  };

  beforeAll(async () => {
    session = await openBrowserSession({ accountId: MANAGER.accountId, viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    ({ stack, page } = session);
  });

  afterAll(() => session.close());

  it('shows every seeded item with real data, counts per status and responsible people by name', async () => {
    const stored = await storedMatrix();
    await open();
    await row('MI-023').waitFor();
    expect(await frame().locator('[data-testid="matrix-table"] tbody tr').count()).toBe(stored.items.length);
    expect(await frame().getByTestId('count-active').innerText()).toContain(String(stored.counts.active));
    const mi023 = row('MI-023');
    expect(await mi023.innerText()).toContain('User access review of the card data environment');
    expect(await mi023.innerText()).toContain('A.5.15');
    await frame().locator(`tr[data-item-id="MI-023"] [data-testid="responsible"]:text("${DEMO_PEOPLE.itOps.displayName}")`).waitFor();
    const active = stored.items.find((view) => view.item.id === 'MI-023');
    expect(await mi023.locator('time').innerText()).toBe(active?.nextDueOn);
    expect(await row('MI-042').getAttribute('data-status')).toBe('retired');

    await frame().getByLabel('Clause or control').selectOption('A.5.15');
    const matching = stored.items.filter((view) => view.item.covers.includes('A.5.15')).length;
    expect(await frame().getByTestId('matrix-shown').innerText()).toBe(`${matching} of ${stored.items.length} items match.`);
    await frame().getByRole('button', { name: 'Clear filters' }).click();
    await page.screenshot({ path: join(SCREENSHOTS, 'matrix.png'), fullPage: true });
  });

  it('shows an invalid new item’s errors next to their inputs and stores nothing', async () => {
    const before = await storedMatrix();
    await frame().getByTestId('add-item').click();
    await editor().getByLabel('ID').fill('MI-900');
    await editor().getByLabel('Title').fill('Backup restore test of the ledger database');
    await editor().getByLabel('Entity', { exact: true }).fill('Ledger database');
    await editor().getByLabel('Clauses and controls').fill('A.8.13; 9.1; A.99.1');
    await editor().getByLabel('Lead time (days)').fill('400');
    await editor().getByTestId('save-item').click();
    const leadTime = editor().locator('[data-testid="field-error"][data-field="definition.leadTimeDays"]');
    expect(await leadTime.innerText()).toBe('leadTimeDays must be a whole number from 0 to 365');
    expect(await editor().getByLabel('Lead time (days)').getAttribute('aria-invalid')).toBe('true');
    expect(await editor().getByLabel('Lead time (days)').getAttribute('aria-describedby')).toContain(await leadTime.getAttribute('id') ?? 'missing');
    expect(await editor().locator('[data-testid="field-error"][data-field="definition.covers"]').innerText()).toContain('"A.99.1" must be an ISO/IEC 27001:2022 clause id');

    // The resolver's own check: an id already in the matrix is refused at the ID input.
    await editor().getByLabel('ID').fill('MI-023');
    await editor().getByLabel('Clauses and controls').fill('A.8.13; 9.1');
    await editor().getByLabel('Lead time (days)').fill('7');
    await editor().getByTestId('save-item').click();
    expect(await editor().locator('[data-testid="field-error"][data-field="id"]').innerText()).toContain('already has an item with id "MI-023"');
    expect(await storedMatrix()).toEqual(before);
  });

  it('adds a valid item and edits it; both survive a reload', async () => {
    await editor().getByLabel('ID').fill('MI-900');
    await editor().getByTestId('save-item').click();
    expect(await frame().getByTestId('matrix-notice').innerText()).toBe('MI-900 added as a draft.');
    expect((await storedItem('MI-900'))?.item).toMatchObject({ status: 'draft', title: 'Backup restore test of the ledger database', covers: ['A.8.13', '9.1'], leadTimeDays: 7, responsibleAccountId: MANAGER.accountId });

    await page.reload();
    await row('MI-900').getByRole('button', { name: 'Edit MI-900' }).click();
    expect(await editor().getByLabel('Title').inputValue()).toBe('Backup restore test of the ledger database');
    await editor().getByLabel('Title').fill('Quarterly restore test of the ledger database');
    await editor().getByLabel('Frequency').selectOption('quarterly');
    await editor().getByTestId('save-item').click();
    await frame().getByTestId('matrix-notice').waitFor();
    const stored = await storedItem('MI-900');
    expect(stored).toMatchObject({ version: 2, item: { title: 'Quarterly restore test of the ledger database', recurrence: { rule: { frequency: 'quarterly' } } } });

    await page.reload();
    await row('MI-900').waitFor();
    expect(await row('MI-900').innerText()).toContain('Quarterly restore test of the ledger database');
    await row('MI-900').getByRole('button', { name: 'History of MI-900' }).click();
    const history = frame().getByTestId('history-entries');
    await history.locator('li[data-version="2"]').waitFor();
    expect(await history.locator('li[data-version="2"]').innerText()).toContain(`Edited`);
    expect(await history.locator('li[data-version="2"]').innerText()).toContain('Quarterly restore test of the ledger database');
    await frame().getByRole('button', { name: 'Close' }).click();
  });

  it('previews a CSV file with a bad row, stores nothing, then imports the corrected file', async () => {
    const template = (await storedItem('MI-023'))?.item;
    if (template === undefined) throw new Error('the seed has no MI-023');
    const leadTime = MATRIX_CSV_HEADER.indexOf('lead_time_days');
    const csvRow = (item: MonitoringItem, lead: string) => monitoringItemCsvRow(item).map((cell, index) => (index === leadTime ? lead : cell));
    const good: MonitoringItem = { ...template, id: 'MI-901', title: 'Privileged access review of the ledger' };
    const second: MonitoringItem = { ...template, id: 'MI-902', title: 'Service account access review' };
    const file = (secondLead: string) => Buffer.from(formatCsv([MATRIX_CSV_HEADER, csvRow(good, '10'), csvRow(second, secondLead)]));

    await open('/import');
    await frame().getByTestId('import-file').setInputFiles({ name: 'matrix-bad.csv', mimeType: 'text/csv', buffer: file('999') });
    const bad = frame().locator('[data-testid="import-errors"] tr[data-row="3"][data-column="lead_time_days"]');
    await bad.waitFor();
    expect(await bad.innerText()).toBe('3\tlead_time_days\tleadTimeDays must be a whole number from 0 to 365');
    expect(await frame().getByTestId('import-errors').innerText()).toContain('Nothing was stored: 1 problem in 2 rows.');
    expect(await frame().getByTestId('confirm-import').count()).toBe(0);
    const listed = (await storedMatrix()).items.map((view) => view.item.id);
    expect(listed).not.toContain('MI-901'); // the good row is not stored either
    expect(listed).not.toContain('MI-902');
    await page.screenshot({ path: join(SCREENSHOTS, 'matrix-csv-import-error.png'), fullPage: true });

    await frame().getByTestId('import-file').setInputFiles({ name: 'matrix-fixed.csv', mimeType: 'text/csv', buffer: file('5') });
    await frame().getByTestId('import-preview').waitFor();
    expect(await frame().getByTestId('import-preview').innerText()).toContain('matrix-fixed.csv: 2 rows, all valid — 2 new, 2 activated.');
    expect(await storedItem('MI-901')).toBeUndefined();
    await frame().getByTestId('confirm-import').click();
    await frame().getByTestId('import-done').waitFor();
    expect(await frame().getByTestId('import-done').innerText()).toContain('Imported matrix-fixed.csv: 2 new, 2 activated.');
    expect((await storedItem('MI-901'))?.item).toMatchObject({ status: 'active', title: 'Privileged access review of the ledger', leadTimeDays: 10 });
    expect((await storedItem('MI-902'))?.item).toMatchObject({ status: 'active', leadTimeDays: 5 });
  });

  it('retires an item only with a reason, shown next to its input', async () => {
    await open();
    await row('MI-902').getByRole('button', { name: 'Retire MI-902' }).click();
    const panel = frame().getByTestId('retire-dialog');
    await panel.getByTestId('confirm-retire').click();
    expect(await panel.locator('[data-testid="field-error"][data-field="reason"]').innerText()).toBe('reason must not be empty');
    expect((await storedItem('MI-902'))?.item.status).toBe('active');
    await panel.getByLabel('Reason').fill('Merged into MI-901 after the access review redesign.');
    await panel.getByTestId('confirm-retire').click();
    expect(await frame().getByTestId('matrix-notice').innerText()).toBe('MI-902 retired.');
    expect((await storedItem('MI-902'))?.item).toMatchObject({ status: 'retired', retiredOn: DEMO_TODAY, retirementReason: 'Merged into MI-901 after the access review redesign.' });
    expect(await row('MI-902').getAttribute('data-status')).toBe('retired');
  });

  it('shows the completed schedule of real checks, exportable as CSV', async () => {
    const window = defaultScheduleWindow(DEMO_TODAY);
    const stored = await session.resolve<CompletedSchedule>('schedule/completed', { from: window.from, to: window.to });
    expect(stored.rows.length).toBeGreaterThan(0);
    await open('/schedule');
    const table = frame().getByTestId('schedule-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(stored.rows.length);
    const first = stored.rows[0];
    if (first === undefined) throw new Error('no rows');
    const firstRow = table.locator(`tr[data-check="${first.checkKey}"]`);
    expect(await firstRow.innerText()).toContain(first.dueOn ?? '');
    expect(await frame().getByTestId('schedule-counts').innerText()).toContain(`${stored.counts.due}\ndue`);
    expect(await frame().getByTestId('schedule-as-of').innerText()).toContain(`Record as of ${DEMO_TODAY}, prepared by ${MANAGER.displayName}`);
    const [download] = await Promise.all([page.waitForEvent('download'), frame().getByTestId('export-schedule').click()]);
    expect(download.suggestedFilename()).toBe(`completed-monitoring-schedule-${window.from}-to-${window.to}.csv`);
    await page.screenshot({ path: join(SCREENSHOTS, 'matrix-completed-schedule.png'), fullPage: true });
  });

  it('shows an engineer the table read-only, with the reason', async () => {
    await open('', DEMO_PEOPLE.engineer.accountId);
    await row('MI-023').waitFor();
    expect(await frame().getByTestId('read-only-note').innerText()).toContain('You can view the matrix but not change it.');
    expect(await frame().getByTestId('add-item').count()).toBe(0);
    expect(await row('MI-023').getByRole('button', { name: 'Edit MI-023' }).count()).toBe(0);
    expect(await row('MI-023').getByRole('button', { name: 'History of MI-023' }).count()).toBe(1);
  });

  it('raised no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
