// Management review through the REAL resolver dispatch, @forge/kvs and the Jira stand-in: schedule (one Jira issue),
// a pack built from live Jira data that lists what is missing, minutes and outputs, publish as an immutable version
// with a SHA-256 hash (a retry returns the same version; a change makes v2, v1 untouched), action items created
// once as Jira issues even when a publish fails half-way, the HTML export, and the role checks.
import { ANNEX_A_CONTROLS } from '../../src/domain/iso-catalogue/catalogue';
import { principalHeader } from '../../local/jira';
import { AUDITS_PAGE, clause9Ids, invoker, REVIEWS_PANEL } from './isms-record-fixtures';
import { FAKE_CLOCK_OPTIONS } from './matrix-fixtures';
import { envelopeError, okData, startTestStack, TEST_USERS, type TestStack } from './stack';

interface Gap { input: string; message: string }
interface Pack { asOf: string; missing: Gap[]; nonconformities: { periods: Record<string, unknown>[] } | null; monitoring: { periods: Record<string, unknown>[] } | null; audits: { periods: Record<string, unknown>[] } | null; improvementOpportunities: { open: { findingId: string }[] } | null; previousActions: { items: { id: string; status: string; overdue: boolean }[] } | null }
interface Published { recordId: string; version: number; contentHash: string; supersedes: string | null; supersededBy?: string | null }
interface PublishResult { published: Published; reused: boolean; actionItems: { itemId: string; issueKey: string | null; error: string | null }[]; review: { status: string; jiraIssueKey: string } }

let stack: TestStack;
const { call, ok } = invoker(() => stack, REVIEWS_PANEL);
const m = TEST_USERS.ismsManager;
const REVIEW = { id: 'MR-2026-H1', title: 'ISMS management review H1 2026', scheduledDate: '2026-07-15', periodCovered: { from: '2026-01-01', to: '2026-06-30' }, attendees: [TEST_USERS.committee, m] };
const minutes = (text: string) => ({
  reviewId: REVIEW.id,
  heldOn: '2026-07-15',
  participants: [TEST_USERS.committee, m],
  minutes: { text, distributedTo: [TEST_USERS.committee] },
  outputs: {
    improvementDecisions: [{ description: 'Automate access review evidence.', relatedFindingIds: [] }],
    ismsChangeDecisions: [],
    resourceNeeds: [],
    actionItems: [
      { id: 'A1', description: 'Close the overdue corrective action on patching.', owner: TEST_USERS.member, dueDate: '2026-09-30' },
      { id: 'A2', description: 'Decide on a second SRE.', owner: TEST_USERS.committee, dueDate: '2026-10-31' },
    ],
  },
});
const INPUTS = {
  reviewId: REVIEW.id,
  issueChanges: { changes: [{ origin: 'external', description: 'DORA applies from January.' }], noChangesConfirmed: false, climate: { relevant: 'yes', note: 'Flooding risk at the DC.' } },
  interestedPartyChanges: { changes: [], noChangesConfirmed: true, climate: { relevant: 'no', note: 'No climate requirements from customers.' } },
  interestedPartyFeedback: { entries: [{ party: 'Merchants', summary: 'Asked for a status page.', receivedOn: '2026-05-02' }], noFeedbackConfirmed: false },
  objectives: [{ id: 'OBJ-1', title: 'Patch within 14 days', target: '95%', actual: '91%', achieved: false }],
  risk: { assessedOn: '2026-04-01', risksByLevel: [{ level: 'High', count: 7 }], risksAboveAcceptance: 2, treatmentActionsTotal: 10, treatmentActionsCompleted: 6, treatmentActionsOverdue: 1 },
  resources: { assessment: 'inadequate', note: 'Incident cover relies on one SRE.' },
};

function seedLiveData(): void {
  const issue = (type: string, summary: string, created: string, extra: Record<string, unknown> = {}) => ({ projectKey: 'ISMS', issueType: type, summary, created, ...extra });
  const finding = (kind: string, source: string) => ({ customFields: { 'finding-kind': kind, 'finding-source': source } });
  stack.jira.admin.createIssues([
    issue('Finding', 'Old major NC', '2024-01-10T10:00:00Z', { ...finding('Major nonconformity', 'Internal audit'), status: 'Done' }),
    issue('Finding', 'Access reviews skipped', '2025-09-10T10:00:00Z', { ...finding('Major nonconformity', 'Internal audit'), status: 'Done' }),
    issue('Finding', 'Backup test missed', '2026-02-03T10:00:00Z', finding('Minor nonconformity', 'Monitoring check')),
    issue('Finding', 'Supplier reviews late', '2026-03-15T10:00:00Z', finding('Minor nonconformity', 'Internal audit')),
    issue('Finding', 'Status page for merchants', '2026-04-01T10:00:00Z', finding('Opportunity for improvement', 'Internal audit')),
    issue('Corrective action', 'Patch the fleet', '2026-02-10T10:00:00Z', { duedate: '2026-03-31' }),
    issue('Corrective action', 'Restore access reviews', '2025-10-01T10:00:00Z', { duedate: '2025-11-30', status: 'Done' }),
    issue('Monitoring check', 'Backup restore test', '2026-05-09T10:00:00Z', { duedate: '2026-05-10', status: 'Done', customFields: { 'check-outcome': 'Conforming' } }),
    issue('Monitoring check', 'Firewall rule review', '2026-06-01T10:00:00Z', { duedate: '2026-06-10' }),
    issue('Monitoring check', 'Access log review', '2025-11-12T10:00:00Z', { duedate: '2025-11-10', status: 'Done', customFields: { 'check-outcome': 'Nonconforming' } }),
  ]);
}

async function issueLinks(key: string): Promise<{ type: { id: string }; inwardIssue?: { key: string }; outwardIssue?: { key: string } }[]> {
  const response = await fetch(`${stack.jira.url}/rest/api/3/issue/${key}?fields=issuelinks`, { headers: { [principalHeader]: `user:${TEST_USERS.admin}`, Accept: 'application/json' } });
  const body = (await response.json()) as { fields: { issuelinks: { type: { id: string }; inwardIssue?: { key: string }; outwardIssue?: { key: string } }[] } };
  return body.fields.issuelinks;
}

beforeAll(async () => {
  jest.useFakeTimers({ now: new Date('2026-07-10T09:00:00.000Z'), ...FAKE_CLOCK_OPTIONS });
  stack = await startTestStack({ now: () => new Date() });
  await stack.setUpApp();
  seedLiveData();
});

afterAll(async () => {
  await stack.close();
  jest.useRealTimers();
});

afterEach(() => {
  expect(stack.contractViolations).toEqual([]);
});

describe('preparing the review', () => {
  it('schedules once: one "Management review" issue however often it is called; members may not, outsiders may not read', async () => {
    expect(envelopeError(await call(TEST_USERS.member, 'reviews/schedule', REVIEW))).toMatchObject({ code: 'FORBIDDEN' });
    const first = await ok<{ jiraIssueKey: string; status: string }>(m, 'reviews/schedule', REVIEW);
    const again = await ok<{ jiraIssueKey: string }>(m, 'reviews/schedule', REVIEW);

    expect(first.status).toBe('scheduled');
    expect(again.jiraIssueKey).toBe(first.jiraIssueKey);
    expect(clause9Ids(stack)).toEqual([`management-review:${REVIEW.id}`]);
    expect(stack.jira.admin.issue(first.jiraIssueKey)).toMatchObject({ issueTypeName: 'Management review', duedate: '2026-07-15' });
    expect(envelopeError(await call(m, 'reviews/schedule', { ...REVIEW, title: 'Other' }))).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(envelopeError(await call(TEST_USERS.outsider, 'reviews/list'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await ok<unknown[]>(TEST_USERS.member, 'reviews/list')).toHaveLength(1);
  });

  it.each([
    ['periodCovered.to', { ...REVIEW, id: 'MR-X', periodCovered: { from: '2026-06-30', to: '2026-01-01' } }, 'must not be before'],
    ['attendees', { ...REVIEW, id: 'MR-X', attendees: [] }, 'at least one'],
    ['id', { ...REVIEW, id: 'MR 1' }, 'letters, digits'],
    ['scheduledDate', { ...REVIEW, id: 'MR-X', scheduledDate: '2026-02-30' }, 'YYYY-MM-DD'],
  ])('a bad schedule names %s', async (field, payload, rule) => {
    const error = envelopeError(await call(m, 'reviews/schedule', payload));
    expect(error).toMatchObject({ code: 'INVALID_PAYLOAD', field });
    expect(error.message).toContain(rule);
  });

  it('builds the pack from live Jira data as of a date, in two periods, and lists every missing input; the review issue is in progress', async () => {
    const { pack, review } = await ok<{ pack: Pack; review: { jiraIssueKey: string } }>(m, 'reviews/pack', { reviewId: REVIEW.id });
    expect(stack.jira.admin.issue(review.jiraIssueKey)?.statusCategory).toBe('indeterminate');

    expect(pack.asOf).toBe('2026-07-10');
    expect(pack.nonconformities?.periods).toEqual([
      expect.objectContaining({ nonconformitiesOpened: 1, nonconformitiesClosed: 1, correctiveActionsOpened: 1, correctiveActionsClosed: 1, correctiveActionsOverdue: 0 }),
      expect.objectContaining({ nonconformitiesOpened: 2, nonconformitiesClosed: 0, correctiveActionsOpened: 1, correctiveActionsClosed: 0, correctiveActionsOverdue: 1 }),
    ]);
    expect(pack.monitoring?.periods).toEqual([
      expect.objectContaining({ checksDue: 1, checksDoneOnTime: 0, outcomes: { nonconforming: 1 } }),
      expect.objectContaining({ checksDue: 2, checksDoneOnTime: 1, outcomes: { conforming: 1 } }),
    ]);
    expect(pack.improvementOpportunities?.open).toHaveLength(1);
    expect(pack.previousActions?.items).toEqual([]);
    expect(pack.missing.map((gap) => gap.input)).toEqual(['issueChanges', 'interestedPartyChanges', 'audits', 'objectives', 'interestedPartyFeedback', 'risk', 'resources']);
  });

  it('the typed-in inputs and a planned audit programme complete the pack on rebuild', async () => {
    expect(envelopeError(await call(m, 'reviews/inputs/save', { ...INPUTS, risk: { ...INPUTS.risk, treatmentActionsTotal: 3 } }))).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'risk.treatmentActionsTotal' });
    expect(envelopeError(await call(m, 'reviews/inputs/save', { ...INPUTS, issueChanges: { ...INPUTS.issueChanges, climate: { relevant: 'yes', note: '' } } }))).toMatchObject({
      code: 'INVALID_PAYLOAD',
      field: 'issueChanges.climate.note',
    });
    expect(await ok(m, 'reviews/inputs/save', INPUTS)).toMatchObject({ version: 1 });
    const soa = { applicableControls: ANNEX_A_CONTROLS.map((control) => control.id), exclusions: [] };
    okData(await stack.invoke(m, 'programme/plan', { programmeId: 'AP-2026', cycleStart: '2026-01', maxItemsPerMonth: 2, statementOfApplicability: soa }, AUDITS_PAGE));

    stack.jira.resetStats();
    const { pack } = await ok<{ pack: Pack }>(m, 'reviews/pack', { reviewId: REVIEW.id });
    expect(pack.missing).toEqual([]);
    // All live Jira evidence in ONE search; the rest is the user's permission check.
    expect(stack.jira.stats().byRoute).toEqual({ 'POST /rest/api/3/search/jql': 1, 'GET /rest/api/3/mypermissions': 1 });
    expect(pack.audits?.periods[1]).toMatchObject({ auditsHeld: 0, findings: { minor_nonconformity: 1, opportunity_for_improvement: 1 } });
  });
});

describe('minutes, publishing and export', () => {
  it('records the meeting; outputs are checked against the day it was held', async () => {
    const bad = minutes('Minutes');
    bad.outputs.actionItems[0] = { ...bad.outputs.actionItems[0], id: 'A1', description: 'x', owner: TEST_USERS.member, dueDate: '2026-07-01' };
    expect(envelopeError(await call(m, 'reviews/minutes/save', bad))).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'outputs.actionItems.0.dueDate' });
    expect(envelopeError(await call(m, 'reviews/publish', { reviewId: REVIEW.id }))).toMatchObject({ code: 'ILLEGAL_TRANSITION' });

    const saved = await ok<{ review: { status: string } }>(m, 'reviews/minutes/save', minutes('Minutes of the H1 review. <script>alert(1)</script>'));
    expect(saved.review.status).toBe('held');
    expect(envelopeError(await call(m, 'reviews/pack', { reviewId: REVIEW.id }))).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
  });

  it('members may not publish; a publish that fails half-way and its retries give ONE version and ONE issue per action item', async () => {
    expect(envelopeError(await call(TEST_USERS.member, 'reviews/publish', { reviewId: REVIEW.id }))).toMatchObject({ code: 'FORBIDDEN' });
    stack.jira.setFaults({ rules: [{ method: 'POST', path: '/rest/api/3/issueLink', status: 503, times: 2 }] });
    expect(envelopeError(await call(m, 'reviews/publish', { reviewId: REVIEW.id }))).toMatchObject({ code: 'JIRA_UNAVAILABLE' });
    stack.jira.setFaults(undefined);

    const first = await ok<PublishResult>(m, 'reviews/publish', { reviewId: REVIEW.id });
    const retry = await ok<PublishResult>(m, 'reviews/publish', { reviewId: REVIEW.id });

    expect(first.published).toMatchObject({ version: 1, recordId: `${REVIEW.id}@v1`, supersedes: null });
    expect(first.published.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(retry).toMatchObject({ reused: true, published: first.published });
    expect(clause9Ids(stack).filter((id) => id.startsWith('review-action:'))).toEqual([`review-action:${REVIEW.id}:A1`, `review-action:${REVIEW.id}:A2`]);
    const a1 = first.actionItems.find((item) => item.itemId === 'A1')?.issueKey ?? '';
    expect(stack.jira.admin.issue(a1)).toMatchObject({ issueTypeName: 'Review action', assigneeAccountId: TEST_USERS.member, duedate: '2026-09-30' });
    const links = await issueLinks(a1);
    expect(links).toHaveLength(1);
    expect(links[0]?.outwardIssue?.key).toBe(first.review.jiraIssueKey);
    const reviewIssue = stack.jira.admin.issue(first.review.jiraIssueKey);
    expect(reviewIssue?.properties.clause9).toMatchObject({ status: 'published', publishedVersion: 1, contentHash: first.published.contentHash });
    expect(reviewIssue?.statusCategory).toBe('done');
  });

  it('exports print-ready HTML: self-contained, escaped, with the hash and version in the footer', async () => {
    const exported = await ok<{ html: string; contentHash: string; version: number }>(TEST_USERS.member, 'reviews/export', { reviewId: REVIEW.id });

    expect(exported.version).toBe(1);
    expect(exported.html).toMatch(new RegExp(`<footer>[^<]*version 1[^<]*SHA-256 ${exported.contentHash}`));
    expect(exported.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(exported.html).not.toMatch(/<script|<link|src=|https?:\/\//i);
    expect(exported.html).toContain('Climate change is a relevant issue: yes — Flooding risk at the DC.');
  });

  it('publishing changed minutes makes v2, which supersedes v1; v1 is unchanged and still exportable', async () => {
    const v1 = await ok<{ html: string; contentHash: string }>(m, 'reviews/export', { reviewId: REVIEW.id, version: 1 });
    await ok(m, 'reviews/minutes/save', minutes('Minutes of the H1 review, corrected: A2 owner confirmed.'));
    const v2 = await ok<PublishResult>(m, 'reviews/publish', { reviewId: REVIEW.id });

    expect(v2).toMatchObject({ reused: false, published: { version: 2, supersedes: `${REVIEW.id}@v1` } });
    expect(v2.published.contentHash).not.toBe(v1.contentHash);
    const versions = await ok<Published[]>(TEST_USERS.committee, 'reviews/published', { reviewId: REVIEW.id });
    expect(versions.map((version) => [version.version, version.supersededBy])).toEqual([[1, `${REVIEW.id}@v2`], [2, null]]);
    expect(versions[0]?.contentHash).toBe(v1.contentHash);
    const v1Again = await ok<{ html: string; contentHash: string }>(m, 'reviews/export', { reviewId: REVIEW.id, version: 1 });
    expect(v1Again.contentHash).toBe(v1.contentHash);
    expect(v1Again.html).toContain(`Superseded by ${REVIEW.id}@v2`);
    expect(clause9Ids(stack).filter((id) => id.startsWith('review-action:'))).toHaveLength(2);
  });

  it('reads one published version as stored for the page (the one in force by default) and tells the page who may manage', async () => {
    interface VersionView { contentHash: string; hashAlgorithm: string; supersededBy: string | null; record: { recordId: string; version: number; outputs: { actionItems: { id: string }[] } } }
    const inForce = await ok<VersionView>(TEST_USERS.committee, 'reviews/version', { reviewId: REVIEW.id });
    const v1 = await ok<VersionView>(TEST_USERS.committee, 'reviews/version', { reviewId: REVIEW.id, version: 1 });
    const exported = await ok<{ contentHash: string }>(TEST_USERS.committee, 'reviews/export', { reviewId: REVIEW.id, version: 1 });

    expect(inForce).toMatchObject({ hashAlgorithm: 'SHA-256', supersededBy: null, record: { recordId: `${REVIEW.id}@v2`, version: 2 } });
    expect(v1).toMatchObject({ supersededBy: `${REVIEW.id}@v2`, record: { version: 1 } });
    expect(v1.contentHash).toBe(exported.contentHash);
    expect(v1.record.outputs.actionItems.map((item) => item.id)).toEqual(['A1', 'A2']);
    expect(envelopeError(await call(m, 'reviews/version', { reviewId: REVIEW.id, version: 9 }))).toMatchObject({ code: 'NOT_FOUND', field: 'version' });
  });

  it('the next review reports the status of these action items (input a)', async () => {
    const next = { ...REVIEW, id: 'MR-2026-H2', scheduledDate: '2027-01-20', periodCovered: { from: '2026-07-01', to: '2026-12-31' } };
    await ok(m, 'reviews/schedule', next);
    const { pack } = await ok<{ pack: Pack }>(m, 'reviews/pack', { reviewId: next.id, asOf: '2026-10-05' });

    expect(pack.previousActions?.items).toEqual([
      expect.objectContaining({ id: 'A1', status: 'open', overdue: true }),
      expect.objectContaining({ id: 'A2', status: 'open', overdue: false }),
    ]);
  });
});
