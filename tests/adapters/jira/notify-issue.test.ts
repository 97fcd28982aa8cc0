// POST /issue/{key}/notify (not served by the stand-in): the body we send is a valid `Notification` per Jira's
// OpenAPI document, checked offline with the stand-in's contract validator.
import { join } from 'node:path';

import { notifyIssue } from '../../../src/adapters/jira/notify-issue';
import { ContractValidator } from '../../../local/jira/contract/contract-validator';
import { fakeJira } from './fake-jira';

const specPath = process.env.JIRA_OPENAPI_SPEC ?? join(__dirname, '..', '..', '..', '..', 'shared', 'jira-openapi', 'swagger-v3.v3.json');
const validator = ContractValidator.fromSpecPath(specPath);

describe('notifyIssue', () => {
  it('sends the escalation to users and groups in Jira’s Notification shape', async () => {
    const { jira, calls } = fakeJira([{ status: 204 }]);

    await notifyIssue(jira, 'ISMS-12', {
      subject: 'Overdue monitoring check ISMS-12',
      textBody: 'The check was due on 2026-03-02.',
      to: { accountIds: ['557058:abc'], groups: ['steering-committee'], assignee: true },
    });

    expect(calls).toEqual([
      {
        method: 'POST',
        path: '/rest/api/3/issue/ISMS-12/notify',
        body: {
          subject: 'Overdue monitoring check ISMS-12',
          textBody: 'The check was due on 2026-03-02.',
          to: { users: [{ accountId: '557058:abc' }], groups: [{ name: 'steering-committee' }], assignee: true, reporter: false, watchers: false },
        },
      },
    ]);
    if (validator === undefined) {
      console.warn(`Jira OpenAPI document not found at ${specPath}: contract part skipped`);
      return;
    }
    expect(validator.validateComponent('Notification', calls[0]?.body)).toEqual([]);
  });

  it('throws with Jira’s answer when Jira refuses', async () => {
    const { jira } = fakeJira([{ status: 400, body: { errorMessages: ['No recipients were defined for notification.'] } }]);
    await expect(notifyIssue(jira, 'ISMS-1', { subject: 's', textBody: 't', to: {} })).rejects.toMatchObject({ status: 400 });
  });
});
