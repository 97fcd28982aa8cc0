// Enhanced search: the page size follows Jira's caps (5,000 for ids/keys only, 100 with fields or properties),
// and the token chain ends on isLast or a missing nextPageToken.
import { searchIssueKeys, searchIssuePage, searchIssues } from '../../../src/adapters/jira/search-issues';
import { fakeJira } from './fake-jira';

describe('search-issues', () => {
  it('asks for 5,000 when only keys are wanted and 100 when fields or properties are', async () => {
    const { jira, calls } = fakeJira([{ status: 200, body: { issues: [], isLast: true } }, { status: 200, body: { issues: [], isLast: true } }, { status: 200, body: { issues: [] } }]);
    await searchIssuePage(jira, { jql: 'project = ISMS' });
    await searchIssuePage(jira, { jql: 'project = ISMS', fields: ['summary'], maxResults: 1000 });
    await searchIssuePage(jira, { jql: 'project = ISMS', properties: ['clause9'] });
    expect(calls.map((call) => call.body)).toEqual([
      { jql: 'project = ISMS', fields: ['key'], maxResults: 5000 },
      { jql: 'project = ISMS', fields: ['summary'], maxResults: 100 },
      { jql: 'project = ISMS', fields: ['key'], maxResults: 100, properties: ['clause9'] },
    ]);
  });

  it('follows nextPageToken until the last page', async () => {
    const { jira, calls } = fakeJira([
      { status: 200, body: { issues: [{ id: '1', key: 'ISMS-1' }], nextPageToken: 't1', isLast: false } },
      { status: 200, body: { issues: [{ id: '2', key: 'ISMS-2' }], nextPageToken: 't2', isLast: true } },
    ]);
    expect(await searchIssueKeys(jira, 'project = ISMS')).toEqual([{ id: '1', key: 'ISMS-1' }, { id: '2', key: 'ISMS-2' }]);
    expect(calls.map((call) => (call.body as { nextPageToken?: string }).nextPageToken)).toEqual([undefined, 't1']);
  });

  it('stops requesting pages once the limit is reached', async () => {
    const { jira, calls } = fakeJira([{ status: 200, body: { issues: [{ id: '1', key: 'A-1' }, { id: '2', key: 'A-2' }], nextPageToken: 'more' } }]);
    expect(await searchIssues(jira, { jql: 'x', fields: ['summary'], limit: 2 })).toHaveLength(2);
    expect(calls).toHaveLength(1);
    expect((calls[0]?.body as { maxResults: number }).maxResults).toBe(2);
  });
});
