// The Management reviews sub-page of the ISMS page in real Chromium against the seeded local stack, as the ISMS
// manager: scheduling a review (an invalid period shows its field error and stores nothing), building its pack from
// live data with the 9.3.2 a)–g) inputs and the missing ones marked, recording the minutes with a decision and an
// action item (a due date before the meeting shows its field error and stores nothing), publishing version 1 with its
// SHA-256 hash and the action item's Jira issue, and exporting it with the same hash. A reader sees it read-only.
// Screenshots: artifacts/screenshots/management-review-pack.png, management-review-published.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { FrameLocator, Page } from 'playwright-core';

import { DEMO_PEOPLE } from '../../local/seed';
import type { LocalStack } from '../../local/stack/start-local-stack';
import { DEMO_TODAY } from '../local/host/local-stack-fixture';
import { chromiumAvailable, SCREENSHOTS } from './chromium-browser';
import { openBrowserSession } from './support/browser-session';
import type { BrowserSession } from './support/browser-session';

const haveChromium = chromiumAvailable('tests/e2e/reviews-page.e2e.test.ts');

jest.setTimeout(90_000);

const REVIEW_ID = 'MR-08';
const manager = DEMO_PEOPLE.ismsManager.accountId;

interface StoredReview { readonly status: string; readonly actionIssueKeys: Record<string, string>; readonly publishedVersion?: number }
interface StoredVersion { readonly version: number; readonly contentHash: string; readonly hashAlgorithm: string }

(haveChromium ? describe : describe.skip)('the Management reviews sub-page in Chromium', () => {
  let session: BrowserSession;
  let stack: LocalStack;
  let page: Page;

  const storedIds = async () => (await session.resolve<{ id: string }[]>('reviews/list', {})).map((review) => review.id);
  const stored = async () => (await session.resolve<{ review: StoredReview }>('reviews/get', { reviewId: REVIEW_ID })).review;

  beforeAll(async () => {
    session = await openBrowserSession({ accountId: manager, viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    ({ stack, page } = session);
  });

  afterAll(() => session.close());

  const app = (): FrameLocator => page.frameLocator('iframe.forge-frame');
  const fieldError = (field: string) => app().locator(`[data-testid="field-error"][data-field="${field}"]`);
  const addPerson = async (scope: ReturnType<FrameLocator['locator']>, label: string, search: string, name: string) => {
    await scope.getByLabel(label, { exact: true }).fill(search);
    await scope.getByRole('button', { name: `Add ${name}` }).click();
  };

  it('schedules a review: an invalid period shows its field error and stores nothing; a valid one opens the review', async () => {
    await page.goto(`${stack.url}/jira/projects/ISMS/apps/clause9-isms/reviews`);
    await app().getByTestId('review-list').waitFor();
    expect(await app().locator('[data-review-id="MR-07"] [data-testid="review-status"]').innerText()).toMatch(/published · v1/i);
    await app().getByTestId('schedule-review').click();
    const form = app().getByTestId('schedule-form');
    expect(await form.getByLabel('Review id').inputValue()).toBe(REVIEW_ID);
    await form.getByLabel('Title').fill('ISMS management review — year end');
    await form.getByLabel('Review date').fill('2026-12-10');
    await form.getByLabel('Period covered from').fill('2026-12-31');
    await form.getByLabel('Period covered to').fill('2026-06-25');
    await addPerson(form, 'Attendees (top management, ISMS manager, presenters)', 'Amara', 'Amara Nwosu');
    await form.getByRole('button', { name: 'Schedule review' }).click();
    await fieldError('periodCovered.to').waitFor();
    expect(await fieldError('periodCovered.to').innerText()).toContain('periodCovered.to must not be before periodCovered.from');
    expect(await form.getByLabel('Period covered to').getAttribute('aria-invalid')).toBe('true');
    expect(await storedIds()).toEqual(['MR-07']);

    await form.getByLabel('Period covered from').fill('2026-06-25');
    await form.getByLabel('Period covered to').fill('2026-12-09');
    await form.getByRole('button', { name: 'Schedule review' }).click();
    await app().getByTestId('review-detail').waitFor();
    expect(page.url()).toMatch(/\/apps\/clause9-isms\/reviews\/MR-08$/);
    expect(await storedIds()).toEqual([REVIEW_ID, 'MR-07']);
    expect(await app().getByTestId('review-status').innerText()).toMatch(/scheduled/i);
    expect(await app().getByTestId('review-facts').innerText()).toContain('Amara Nwosu');
  });

  it('builds the pack from live data: every 9.3.2 input with its evidence, the missing ones marked', async () => {
    await app().getByLabel('Live data as of').fill(DEMO_TODAY);
    await app().getByTestId('build-pack').click();
    const pack = app().getByTestId('pack-view');
    await pack.waitFor();
    const clauses = await pack.locator('.c9-clause').allInnerTexts();
    expect(clauses).toEqual(['9.3.2 a)', '9.3.2 b)', '9.3.2 c)', '9.3.2 d) 1)', '9.3.2 d) 2)', '9.3.2 d) 3)', '9.3.2 d) 4)', '9.3.2 e)', '9.3.2 f)', '9.3.2 g)', '9.3 / 7.1']);
    const state = (input: string) => pack.getByTestId(`pack-input-${input}`).getByTestId('input-state').innerText();
    // Typed-in inputs nobody has entered yet are missing; live data is there (MR-07's action items, findings, checks).
    for (const input of ['issueChanges', 'interestedPartyChanges', 'objectives', 'interestedPartyFeedback', 'risk', 'resources']) expect(await state(input)).toMatch(/missing/i);
    for (const input of ['previousActions', 'nonconformities', 'audits', 'improvementOpportunities']) expect(await state(input)).toMatch(/complete/i);
    expect(await pack.getByTestId('pack-input-risk').getByTestId('input-gaps').innerText()).toContain('no data supplied');
    expect(await pack.getByTestId('pack-input-previousActions').innerText()).toContain('MR-07-A1');
    expect(await pack.getByTestId('pack-summary').innerText()).toMatch(/^Pack as of 2026-11-22: \d+ of 11 inputs complete; \d+ gaps? to close or minute\.$/);
    expect((await stored()).status).toBe('pack_ready');
    await page.evaluate(() => { window.scrollTo(0, 0); });
    await page.screenshot({ path: join(SCREENSHOTS, 'management-review-pack.png'), fullPage: true });
  });

  it('records the minutes: a due date before the meeting shows its field error and stores nothing; a valid one marks the review held', async () => {
    const form = app().getByTestId('minutes-form');
    await form.getByLabel('Minutes', { exact: true }).fill('a) Previous actions reviewed: A1 in progress, A4 and A5 open.\nb) Climate change assessed as not relevant for the office-based ISMS.');
    await form.getByRole('button', { name: 'Add an improvement decision' }).click();
    await form.getByLabel('Decision (entry 1)').fill('Automate the evidence for quarterly access reviews.');
    await form.getByRole('button', { name: 'Add an action item' }).click();
    await form.getByLabel('Action MR-08-A1').fill('Report patch compliance monthly until green for three months.');
    await addPerson(form, 'Owner of MR-08-A1', 'Daniel', 'Daniel Okafor');
    await form.getByLabel('Due date of MR-08-A1').fill('2026-12-01');
    await form.getByRole('button', { name: 'Save minutes' }).click();
    const dueError = fieldError('outputs.actionItems.0.dueDate');
    await dueError.waitFor();
    expect(await dueError.innerText()).toContain('must be after the review date 2026-12-10');
    expect(await form.getByLabel('Due date of MR-08-A1').getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).status).toBe('pack_ready');

    await form.getByLabel('Due date of MR-08-A1').fill('2027-03-31');
    await form.getByRole('button', { name: 'Save minutes' }).click();
    await app().locator('[data-testid="review-detail"][data-status="held"]').waitFor();
    expect((await stored()).status).toBe('held');
  });

  it('publishes version 1 after confirming: read-only, with its hash and the action item as a Jira issue', async () => {
    await app().getByTestId('publish').click();
    const dialog = app().getByTestId('publish-dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Publish version 1' }).click();
    const record = app().getByTestId('published-record');
    await record.waitFor();
    const [version] = await session.resolve<StoredVersion[]>('reviews/published', { reviewId: REVIEW_ID });
    const review = await stored();
    expect(version).toMatchObject({ version: 1, hashAlgorithm: 'SHA-256' });
    expect(await record.getByTestId('record-version').innerText()).toBe('1');
    expect(await record.getByTestId('record-hash').innerText()).toBe(version?.contentHash);
    expect(await record.getByTestId('record-published').innerText()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC by Priya Raman$/);
    const issueKey = review.actionIssueKeys['MR-08-A1'];
    expect(issueKey).toMatch(/^ISMS-\d+$/);
    expect(await record.getByTestId('action-items-record').locator('[data-issue-key]').innerText()).toBe(issueKey);
    expect(await app().getByTestId('review-status').innerText()).toMatch(/published · v1/i);
    expect(await app().getByTestId('minutes-form').isVisible()).toBe(false);
    await page.evaluate(() => { window.scrollTo(0, 0); });
    await page.screenshot({ path: join(SCREENSHOTS, 'management-review-published.png'), fullPage: true });
  });

  it('exports the published version as print-ready HTML carrying the same content hash', async () => {
    const record = app().getByTestId('published-record');
    const hash = await record.getByTestId('record-hash').innerText();
    await record.getByTestId('export-version').click();
    await record.getByTestId('export-ready').waitFor();
    expect(await record.getByTestId('export-hash').innerText()).toBe(hash);
    const [download] = await Promise.all([page.waitForEvent('download'), record.getByTestId('download-export').click()]);
    expect(download.suggestedFilename()).toBe('MR-08-v1.html');
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).toContain(`<meta name="content-hash" content="SHA-256:${hash}">`);
    expect(html).toContain('MR-08-A1');
  });

  it('shows a reader the review read-only', async () => {
    await session.signInAs(DEMO_PEOPLE.auditor.accountId);
    await page.goto(`${stack.url}/jira/projects/ISMS/apps/clause9-isms/reviews/${REVIEW_ID}`);
    await app().getByTestId('published-record').waitFor();
    expect(await app().getByTestId('reviews-page').getAttribute('data-can-manage')).toBe('false');
    expect(await app().getByTestId('minutes-section').count()).toBe(0);
    expect(await app().getByTestId('publish').count()).toBe(0);
    await page.goto(`${stack.url}/jira/projects/ISMS/apps/clause9-isms/reviews`);
    await app().getByTestId('review-list').waitFor();
    expect(await app().getByTestId('schedule-review').count()).toBe(0);
  });

  it('raised no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
