// Bulk create: per-item results by index across chunks of 50; a failed call stops the run and fails the rest.
import { createIssues } from '../../../src/adapters/jira/create-issues';
import { fakeJira, type RecordedCall } from './fake-jira';

const issue = (n: number) => ({ fields: { summary: `Issue ${n}` } });

function created(call: RecordedCall, failing: readonly number[]): { issues: unknown[]; errors: unknown[] } {
  const updates = (call.body as { issueUpdates: { fields: { summary: string } }[] }).issueUpdates;
  const issues = updates.flatMap((update, position) => (failing.includes(position) ? [] : [{ id: update.fields.summary.replace('Issue ', '1'), key: `ISMS-${update.fields.summary.replace('Issue ', '')}` }]));
  const errors = failing.map((position) => ({ status: 400, failedElementNumber: position, elementErrors: { errorMessages: [], errors: { summary: 'You must specify a summary of the issue.' } } }));
  return { issues, errors };
}

describe('createIssues', () => {
  it('sends chunks of 50 and maps created and failed items back to their index', async () => {
    let call = 0;
    const { jira, calls } = fakeJira((request) => {
      call += 1;
      return { status: 201, body: created(request, call === 2 ? [3] : []) };
    });

    const result = await createIssues(jira, Array.from({ length: 120 }, (_, n) => issue(n)));

    expect(calls.map((request) => (request.body as { issueUpdates: unknown[] }).issueUpdates.length)).toEqual([50, 50, 20]);
    expect(result.failed).toEqual([{ index: 53, status: 400, messages: ['summary: You must specify a summary of the issue.'] }]);
    expect(result.created).toHaveLength(119);
    expect(result.created.find((item) => item.index === 54)?.key).toBe('ISMS-54');
  });

  it('when a whole call fails, reports that chunk and every later item failed and makes no more calls', async () => {
    const { jira, calls } = fakeJira([{ status: 201, body: { issues: Array.from({ length: 50 }, (_, n) => ({ id: String(n), key: `ISMS-${n}` })), errors: [] } }, { status: 503, body: { errorMessages: ['down'] } }]);

    const result = await createIssues(jira, Array.from({ length: 120 }, (_, n) => issue(n)));

    expect(calls).toHaveLength(2);
    expect(result.created).toHaveLength(50);
    expect(result.failed.map((item) => item.index)).toEqual(Array.from({ length: 70 }, (_, n) => 50 + n));
    expect(result.failed[0]).toMatchObject({ status: 503, messages: [expect.stringContaining('503') as unknown] });
  });

  it('treats a 400 where every item failed as per-item errors', async () => {
    const { jira } = fakeJira((request) => ({ status: 400, body: created(request, [0, 1]) }));
    const result = await createIssues(jira, [issue(0), issue(1)]);
    expect(result).toEqual({ created: [], failed: [expect.objectContaining({ index: 0 }), expect.objectContaining({ index: 1 })] });
  });
});
