// POST /issue/{issueIdOrKey}/notify: recipients resolved like Jira (browse permission, restrict), errors per the
// document (unassigned assignee, caller alone, unknown user or group), queued into the stand-in's outbox.
import { afterEach, beforeEach, expect, test } from '@jest/globals';

import { at, createIssue, seedOrganisation, startHarness, type Harness } from './stand-in-harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness({ now: () => new Date('2026-03-02T09:00:00.000Z') });
  seedOrganisation(harness.standIn);
});

afterEach(async () => {
  expect(harness.responseViolations).toEqual([]);
  await harness.close();
});

test('users, groups, assignee and reporter are resolved; people who cannot browse the issue are dropped', async () => {
  const { key } = await createIssue(harness.as('user:alice'), { assignee: { accountId: 'alice' } });
  const reply = await harness.as('app').post(`/rest/api/3/issue/${key}/notify`, {
    subject: 'Overdue check',
    textBody: 'The check is 3 working days late.',
    to: { users: [{ accountId: 'carol' }, { accountId: 'bob' }], groups: [{ name: 'isms-auditors' }], assignee: true, reporter: true },
  });
  expect(reply.status).toBe(204);
  expect(harness.standIn.admin.sentNotifications()).toEqual([
    { issueKey: key, subject: 'Overdue check', textBody: 'The check is 3 working days late.', htmlBody: undefined, recipients: ['bob', 'alice'], sentBy: harness.standIn.admin.appAccountId, at: '2026-03-02T09:00:00.000Z' },
  ]);
});

test('restrict keeps only members of the groups who hold the permissions', async () => {
  const { key } = await createIssue(harness.as('user:alice'), {});
  await harness.as('app').post(`/rest/api/3/issue/${key}/notify`, { textBody: 'x', to: { users: [{ accountId: 'alice' }, { accountId: 'bob' }] }, restrict: { permissions: [{ key: 'EDIT_ISSUES' }] } });
  expect(harness.standIn.admin.sentNotifications()[0]?.recipients).toEqual(['alice']);
});

test.each([
  [{ to: { assignee: true } }, 'is unassigned'],
  [{ to: { users: [{ accountId: 'alice' }] } }, 'only recipient is the calling user'],
  [{ to: { users: [{ accountId: 'nobody' }] } }, "'nobody' does not exist"],
  [{ to: { groups: [{ name: 'no-such-group' }] } }, "'no-such-group' does not exist"],
  [{ to: {}, restrict: { permissions: [{ key: 'ADMINISTER' }] } }, 'not a project permission'],
])('%j → 400', async (body, message) => {
  const { key } = await createIssue(harness.as('user:alice'), {});
  const reply = await harness.as('user:alice').post(`/rest/api/3/issue/${key}/notify`, { textBody: 'x', ...body });
  expect(reply.status).toBe(400);
  expect(String(at(reply.body, 'errorMessages', 0))).toContain(message);
});

test('an issue the caller cannot see is 404', async () => {
  const { key } = await createIssue(harness.as('user:alice'), {});
  expect((await harness.as('user:carol').post(`/rest/api/3/issue/${key}/notify`, { textBody: 'x', to: { reporter: true } })).status).toBe(404);
});
