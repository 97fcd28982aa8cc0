// The ISMS finding panel (static/finding-panel, jira:issuePanel) in real Chromium against the seeded local stack: a
// major nonconformity raised through `findings/raise` is walked to closed through the panel only — containment,
// root cause (5 whys; an empty why is a field error that stores nothing), a corrective action planned (its Jira
// issue is created and linked), started and implemented, the effectiveness review scheduled and recorded as
// effective — and Jira's Finding stage and status end closed. A viewer sees it read-only; a non-finding issue says
// so; an action moved to Done on a board says its evidence is still to record; a Finding issue created in Jira is
// recorded as a finding from its panel. Screenshots:
// artifacts/screenshots/finding-panel.png (mid-lifecycle), finding-panel-closed.png, finding-panel-action-done-in-jira.png,
// finding-panel-record-issue.png.
import { join } from 'node:path';

import type { Frame, FrameLocator, Page } from 'playwright-core';

import { DEMO_PEOPLE } from '../../local/seed';
import { createIssue, transitionIssue } from '../../local/seed/app/jira-as-user';
import type { LocalStack } from '../../local/stack/start-local-stack';
import { chromiumAvailable, SCREENSHOTS } from './chromium-browser';
import { openBrowserSession } from './support/browser-session';
import { lowContrastTexts } from './support/contrast';
import type { BrowserSession } from './support/browser-session';

const haveChromium = chromiumAvailable('tests/e2e/finding-panel.e2e.test.ts');

jest.setTimeout(120_000);

const MANAGER = DEMO_PEOPLE.ismsManager;

interface StoredView { readonly revision: number; readonly stage: string; readonly correctiveActions: readonly { readonly issueKey: string; readonly state: { readonly status: string } }[] }

(haveChromium ? describe : describe.skip)('the ISMS finding panel in Chromium', () => {
  let session: BrowserSession;
  let stack: LocalStack;
  let page: Page;
  let findingKey = '';
  let actionKey = '';

  beforeAll(async () => {
    session = await openBrowserSession({ accountId: MANAGER.accountId, viewport: { width: 1280, height: 900 } });
    ({ stack, page } = session);
    const raised = await session.resolve<{ issueKey: string }>('findings/raise', {
      requestId: 'e2e-finding-panel-major-1',
      kind: 'major_nonconformity',
      source: 'internal_audit',
      sourceRef: 'AUD-2026-04',
      references: ['A.5.18', '9.2'],
      title: 'Contractor accounts stay active after contracts end',
      description: 'Four of twelve sampled contractors whose contracts ended in October still had VPN and SaaS access.',
    });
    findingKey = raised.issueKey;
  });

  afterAll(() => session.close());

  const panel = (): FrameLocator => page.frameLocator('iframe.forge-frame[data-module-key="clause9-finding-panel"]');
  const stored = (): Promise<StoredView> => session.resolve<StoredView>('finding/get', { issueKey: findingKey });
  const openFinding = async () => {
    await page.goto(`${stack.url}/browse/${findingKey}`);
    await panel().getByTestId('lifecycle').waitFor();
  };
  /** Clicks a next-step button, lets `fill` complete its form, submits, and waits for the stage to move. */
  const step = async (button: string, fill: () => Promise<void>, submit: string, stage: string) => {
    await panel().getByTestId('next-steps').getByRole('button', { name: button }).click();
    await fill();
    await panel().getByRole('button', { name: submit }).click();
    await panel().getByTestId('finding-stage').filter({ hasText: new RegExp(`^${stage}$`) }).waitFor();
  };
  /** The host's sticky header would otherwise sit across the middle of a full-page shot. */
  const screenshot = async (name: string) => {
    await page.evaluate(() => { window.scrollTo(0, 0); });
    await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
  };
  const currentStage = () => panel().locator('[aria-current="step"]').getAttribute('data-stage');

  it('shows the raised finding at Open with only its next step, containment', async () => {
    await openFinding();
    expect(await panel().getByTestId('finding-kind').innerText()).toMatch(/major nonconformity/i);
    expect(await currentStage()).toBe('open');
    expect(await panel().locator('[data-stage]').evaluateAll((stages) => stages.map((stage) => stage.getAttribute('data-stage')))).toEqual([
      'open', 'contained', 'root_cause_analysed', 'corrective_action_planned', 'actions_implemented', 'effectiveness_review', 'closed',
    ]);
    expect(await panel().getByTestId('finding-summary').innerText()).toContain('A.5.18');
    expect(await panel().getByTestId('next-steps').getByRole('button').allInnerTexts()).toEqual(['Record containment']);
  });

  it('records containment, then refuses an empty why next to its input and stores nothing', async () => {
    await step('Record containment', async () => {
      await panel().getByLabel(/^Correction/).fill('Disabled the four contractor accounts and revoked their VPN certificates');
    }, 'Record containment', 'Contained');
    expect(await currentStage()).toBe('contained');
    expect(await panel().getByTestId('containment').innerText()).toContain('Disabled the four contractor accounts');
    expect(await panel().locator('[data-stage="open"] .c9f-stage-meta').innerText()).toContain(MANAGER.displayName);

    const before = await stored();
    await panel().getByTestId('next-steps').getByRole('button', { name: 'Record root cause' }).click();
    await panel().getByLabel('Where you looked and what you concluded').fill('Checked all 41 contractors ending this year.');
    await panel().getByRole('button', { name: 'Record root cause' }).click();
    const error = panel().locator('[data-testid="field-error"][data-field="rootCause.technique.whys.0"]');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/must not be empty/);
    const why = panel().getByRole('textbox', { name: /^Why 1/ });
    expect(await why.getAttribute('aria-invalid')).toBe('true');
    expect(await why.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    expect(await stored()).toMatchObject({ revision: before.revision, stage: 'Contained' });
  });

  it('records a 5-whys root cause and plans a corrective action whose Jira issue is created', async () => {
    const whys = ['Contractor accounts stayed active', 'Nobody told IT the contracts had ended', 'Contract end dates live only in procurement’s tool, which notifies nobody'];
    await panel().getByRole('textbox', { name: /^Why 1/ }).fill(whys[0] ?? '');
    for (const [index, answer] of whys.slice(1).entries()) {
      await panel().getByRole('button', { name: 'Add why' }).click();
      await panel().getByRole('textbox', { name: new RegExp(`^Why ${String(index + 2)}`) }).fill(answer);
    }
    await panel().getByLabel('It could occur elsewhere').check();
    await panel().getByRole('button', { name: 'Record root cause' }).click();
    await panel().getByTestId('finding-stage').filter({ hasText: /^Root cause analysed$/ }).waitFor();
    expect(await panel().getByTestId('root-cause-statement').innerText()).toBe(whys[2]);
    expect(await panel().getByTestId('root-cause-whys').locator('li').count()).toBe(3);

    await step('Plan corrective actions', async () => {
      await panel().getByLabel(/^What will be done/).fill('Procurement’s tool sends every contract end date to the IT offboarding queue automatically');
      await panel().getByLabel(/^Done when/).fill('Feed live; 100% of November contract ends disabled within 1 day');
      await panel().getByLabel('Owner').fill('Ben');
      await panel().getByRole('button', { name: DEMO_PEOPLE.itOps.displayName }).click();
      await panel().getByLabel('Due date').fill('2026-12-18');
    }, 'Create 1 corrective action', 'Corrective action planned');
    const planned = await stored();
    const [action] = planned.correctiveActions;
    actionKey = action?.issueKey ?? '';
    const issue = stack.jira.admin.issue(actionKey);
    expect(issue).toMatchObject({ issueTypeName: 'Corrective action', assigneeAccountId: DEMO_PEOPLE.itOps.accountId, duedate: '2026-12-18' });
    const item = panel().locator(`[data-testid="corrective-action"][data-issue-key="${actionKey}"]`);
    expect(await item.innerText()).toContain(DEMO_PEOPLE.itOps.displayName);
    expect(await item.getAttribute('data-status')).toBe('planned');
  });

  it('starts and implements the corrective action from the panel', async () => {
    const item = panel().locator(`[data-testid="corrective-action"][data-issue-key="${actionKey}"]`);
    await item.getByRole('button', { name: `Start ${actionKey}` }).click();
    await panel().locator(`[data-testid="corrective-action"][data-issue-key="${actionKey}"][data-status="in_progress"]`).waitFor();
    // Reloaded so the issue's own fields beside the panel show the stage too (the host does not refresh them live).
    await page.reload();
    await panel().getByTestId('root-cause').waitFor();
    expect(await page.locator('.issue-details').innerText()).toContain('Corrective action planned');
    await screenshot('finding-panel.png');
    await item.getByRole('button', { name: `Mark ${actionKey} implemented` }).click();
    await item.getByLabel(/^Evidence the criterion is met/).fill('Feed live since 2026-11-20; 3 of 3 November contract ends disabled the same day');
    await item.getByRole('button', { name: 'Mark implemented' }).click();
    await panel().locator(`[data-testid="corrective-action"][data-issue-key="${actionKey}"][data-status="implemented"]`).waitFor();
    expect(stack.jira.admin.issue(actionKey)?.statusCategory).toBe('done');
  });

  it('confirms implementation, schedules and records an effective review: the finding closes in Jira', async () => {
    await step('Confirm actions implemented', () => Promise.resolve(), 'Confirm implemented', 'Actions implemented');
    await step('Schedule effectiveness review', async () => {
      await panel().getByLabel(/^Review due on/).fill('2027-02-20');
    }, 'Schedule review', 'Effectiveness review');
    expect(await panel().getByTestId('review-due').innerText()).toContain('2027-02-20');
    await step('Record effectiveness review', async () => {
      await panel().getByLabel(/^Evidence reviewed/).fill('Sampled all 9 contract ends since the feed went live: every account disabled within 1 day');
    }, 'Record review and close', 'Closed');
    expect(await panel().getByTestId('closed-summary').innerText()).toMatch(new RegExp(`^Closed on \\d{4}-\\d{2}-\\d{2} after an effective review by ${MANAGER.displayName}; 1 corrective action implemented\\.$`));
    expect(await panel().getByTestId('review-result').innerText()).toMatch(/effective/i);
    expect(await panel().getByTestId('next-steps').count()).toBe(0);
    expect(await panel().locator('[data-state="done"]').count()).toBe(7);

    const issue = stack.jira.admin.issue(findingKey);
    expect(issue?.statusCategory).toBe('done');
    expect(issue?.customFields[stack.jira.admin.customFieldId('finding-stage')]).toBe('Closed');
    await page.reload();
    await panel().getByTestId('closed-summary').waitFor();
    expect(await page.getByTestId('issue-status').getAttribute('class')).toContain('lozenge-done');
    await screenshot('finding-panel-closed.png');
  });

  it('opens a corrective action issue from its key; there the panel says it is not a finding', async () => {
    await Promise.all([page.waitForURL(`**/browse/${actionKey}`), panel().getByRole('button', { name: actionKey, exact: true }).click()]);
    const message = panel().getByTestId('not-a-finding');
    await message.waitFor();
    expect(await message.innerText()).toContain('This issue is not a Clause9 finding.');
  });

  it('gives a corrective action planned without a due date one through its edit form, starts it; moved to Done on a board, it asks for its evidence', async () => {
    const { issueKey } = await session.resolve<{ issueKey: string }>('findings/raise', {
      requestId: 'e2e-finding-panel-major-2',
      kind: 'major_nonconformity',
      source: 'internal_audit',
      sourceRef: 'AUD-2026-04',
      references: ['A.8.13'],
      title: 'Backup restores are never tested',
      description: 'No restore test is recorded for any of the five production databases this year.',
    });
    await session.resolve('finding/contain', { issueKey, containment: { correction: 'Restored the billing database to a scratch host: it worked' } });
    await session.resolve('finding/root-cause', {
      issueKey,
      rootCause: {
        technique: { technique: 'five_whys', whys: ['Restores are not tested', 'Nobody owns restore tests', 'The backup procedure stops at taking backups'] },
        similarNonconformities: { similarExist: false, couldOccurElsewhere: false, assessment: 'Only the backup procedure covers restores.', relatedFindingIds: [] },
      },
    });
    const planned = await session.resolve<{ correctiveActions: { issueKey: string }[] }>('finding/plan-actions', {
      issueKey,
      actions: [{ description: 'Add a quarterly restore test of every production database to the backup procedure', completionCriterion: 'Q1 restore test recorded for 5 of 5 databases', owner: DEMO_PEOPLE.itOps.accountId, dueDate: null }],
    });
    const draftKey = planned.correctiveActions[0]?.issueKey ?? '';
    await page.goto(`${stack.url}/browse/${issueKey}`);
    const item = panel().locator(`[data-testid="corrective-action"][data-issue-key="${draftKey}"]`);
    await item.waitFor();

    // Start is refused for the missing due date, and the refusal leads to the edit form.
    await item.getByRole('button', { name: `Start ${draftKey}` }).click();
    await item.getByTestId('start-needs-edit').getByRole('button', { name: 'Set the due date' }).click();
    const form = item.getByTestId('form-action-revise');
    expect(await form.getByTestId('chosen-owner').innerText()).toBe(DEMO_PEOPLE.itOps.displayName);
    await form.getByLabel('Due date').fill('2027-01-29');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await item.getByText('2027-01-29', { exact: true }).waitFor();
    expect(stack.jira.admin.issue(draftKey)).toMatchObject({ assigneeAccountId: DEMO_PEOPLE.itOps.accountId, duedate: '2027-01-29' });

    await item.getByRole('button', { name: `Start ${draftKey}` }).click();
    await panel().locator(`[data-testid="corrective-action"][data-issue-key="${draftKey}"][data-status="in_progress"]`).waitFor();
    expect(stack.jira.admin.issue(draftKey)?.statusCategory).toBe('indeterminate');

    // Its owner drags the issue to Done on the team's board: the panel says the evidence is still to record.
    await transitionIssue(stack.jira.url, 'itOps', draftKey, 'Done');
    await page.reload();
    const notice = item.getByTestId('action-jira-status');
    expect(await notice.innerText()).toContain(`${draftKey} is Done in Jira, but its implementation is not recorded here: mark it implemented with its evidence`);
    await screenshot('finding-panel-action-done-in-jira.png');
    await item.getByRole('button', { name: `Mark ${draftKey} implemented` }).click();
    await item.getByLabel(/^Evidence the criterion is met/).fill('Restore test procedure updated; Q1 restores scheduled for all five databases');
    await item.getByRole('button', { name: 'Mark implemented' }).click();
    await panel().locator(`[data-testid="corrective-action"][data-issue-key="${draftKey}"][data-status="implemented"]`).waitFor();
    expect(await notice.count()).toBe(0);
  });

  it('records a Finding issue created in Jira itself as a finding: a missing requirement is a field error that stores nothing', async () => {
    // Created through Jira's REST API as the ISMS manager, as the Create dialog would: no Clause9 record, no description.
    const key = await createIssue(stack.jira.url, 'ismsManager', { projectKey: 'ISMS', issueTypeName: 'Finding', summary: 'Visitors walked the office unescorted' });
    await page.goto(`${stack.url}/browse/${key}`);
    const unrecorded = panel().getByTestId('unrecorded-finding');
    await unrecorded.waitFor();
    expect(await unrecorded.innerText()).toContain(`${key} is a Finding issue created in Jira.`);
    await unrecorded.getByRole('button', { name: 'Record as a finding' }).click();
    const form = panel().getByTestId('form-record-issue');
    await form.getByLabel('Major nonconformity').check();
    await form.getByLabel('Source', { exact: true }).selectOption('incident');
    await form.getByLabel('Source reference').fill('INC-2026-088');
    await form.getByLabel(/^Description/).fill('Two visitors walked the second floor alone for 20 minutes on 2026-11-18.');
    await form.getByRole('button', { name: 'Record finding' }).click();
    const error = form.locator('[data-testid="field-error"][data-field="references"]');
    expect(await error.innerText()).toContain('at least one clause or control');
    expect(stack.jira.admin.issue(key)?.properties.clause9).toBeUndefined();
    await screenshot('finding-panel-record-issue.png');

    await form.getByLabel('Clauses / controls').fill('A.7.2, A.7.1');
    await form.getByRole('button', { name: 'Record finding' }).click();
    await panel().getByTestId('finding-stage').filter({ hasText: /^Open$/ }).waitFor();
    expect(await panel().getByTestId('step-done').innerText()).toBe('Recorded as a finding.');
    expect(stack.jira.admin.issue(key)?.properties.clause9).toMatchObject({ kind: 'finding', state: { kind: 'major_nonconformity', source: 'incident', references: ['A.7.2', 'A.7.1'], raisedBy: MANAGER.accountId } });
    expect(await panel().getByTestId('next-steps').getByRole('button').allInnerTexts()).toContain('Record containment');
  });

  it('shows an open observation read-only, on its lighter path, to someone who may browse but not edit it', async () => {
    const observation = await session.resolve<{ issueKey: string }>('findings/raise', {
      requestId: 'e2e-finding-panel-observation-1',
      kind: 'observation',
      source: 'internal_audit',
      sourceRef: 'AUD-2026-04',
      references: ['A.5.15'],
      title: 'Access reviews are recorded in three different places',
      description: 'Teams keep access review evidence in Confluence, spreadsheets and tickets.',
    });
    stack.jira.admin.grantRole('ISMS', 'Viewer', { accountId: DEMO_PEOPLE.jiraAdmin.accountId });
    await session.signInAs(DEMO_PEOPLE.jiraAdmin.accountId);
    await page.goto(`${stack.url}/browse/${observation.issueKey}`);
    await panel().getByTestId('read-only').waitFor();
    expect(await panel().locator('[data-stage]').evaluateAll((stages) => stages.map((stage) => stage.getAttribute('data-stage')))).toEqual(['open', 'action_planned', 'closed']);
    expect(await currentStage()).toBe('open');
    expect(await panel().getByTestId('next-steps').count()).toBe(0);
    expect(await panel().getByRole('button').count()).toBe(0);
  });

  it('reads in the dark theme: a closed finding’s whole record, and the form recording a Finding issue from Jira', async () => {
    await session.signInAs(MANAGER.accountId);
    await session.context.addCookies([{ name: 'clause9-theme', value: 'dark', url: stack.url }]);
    try {
      const darkPanel = async (): Promise<Frame> => {
        const frame = page.frames().find((candidate) => candidate.url().includes('/resource/finding-panel/'));
        if (frame === undefined) throw new Error('no finding panel frame');
        await frame.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--ds-text').trim() === '#B6C2CF');
        return frame;
      };
      await openFinding();
      expect(await lowContrastTexts(await darkPanel())).toEqual([]);

      const [unrecorded] = await session.searchKeys('project = ISMS AND issuetype = Finding AND "Finding kind" IS EMPTY ORDER BY key ASC', MANAGER.accountId);
      await page.goto(`${stack.url}/browse/${unrecorded ?? ''}`);
      await panel().getByRole('button', { name: 'Record as a finding' }).click();
      await panel().getByTestId('form-record-issue').waitFor();
      expect(await lowContrastTexts(await darkPanel())).toEqual([]);
      await screenshot('finding-panel-record-issue-dark.png');
    } finally {
      await session.context.addCookies([{ name: 'clause9-theme', value: 'light', url: stack.url }]);
    }
  });

  it('raised no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
