// One POST /app/field/value carries many fields × issues: pairs are unique (the last update of a pair wins), issues
// sharing a value share an update, and large writes are split into calls of at most MAX_PAIRS_PER_CALL pairs.
import { chunkUpdates, setAppFieldValues } from '../../../src/adapters/jira/set-app-field-values';
import { JiraRequestError } from '../../../src/adapters/jira/jira-error';
import { fakeJira } from './fake-jira';

describe('chunkUpdates', () => {
  it('keeps the last value of a repeated field+issue pair and groups issues by field and value', () => {
    const requests = chunkUpdates([
      { fieldId: 'cf_1', issueId: '10', value: 'Open' },
      { fieldId: 'cf_1', issueId: '11', value: 'Open' },
      { fieldId: 'cf_1', issueId: '10', value: 'Contained' },
      { fieldId: 'cf_2', issueId: '10', value: ['9.1'] },
    ]);
    expect(requests).toEqual([
      [
        { customField: 'cf_1', issueIds: [11], value: 'Open' },
        { customField: 'cf_1', issueIds: [10], value: 'Contained' },
        { customField: 'cf_2', issueIds: [10], value: ['9.1'] },
      ],
    ]);
  });

  it('splits into requests of at most maxPairs pairs, splitting a large group if needed', () => {
    const updates = Array.from({ length: 7 }, (_, n) => ({ fieldId: 'cf_1', issueId: String(100 + n), value: 1 }));
    const requests = chunkUpdates([...updates, { fieldId: 'cf_2', issueId: '1', value: null }], 3);
    expect(requests.map((request) => request.flatMap((update) => update.issueIds))).toEqual([[100, 101, 102], [103, 104, 105], [106, 1]]);
  });
});

describe('setAppFieldValues', () => {
  it('posts each batch, and stops at the first failure with a JiraRequestError', async () => {
    const { jira, calls } = fakeJira([{ status: 204 }, { status: 403, body: { errorMessages: ['Only the app that provides the field can update it.'] } }]);
    const updates = Array.from({ length: 2500 }, (_, n) => ({ fieldId: 'cf_1', issueId: String(n + 1), value: 'x' }));

    await expect(setAppFieldValues(jira, updates)).rejects.toBeInstanceOf(JiraRequestError);
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'POST /rest/api/3/app/field/value?generateChangelog=true',
      'POST /rest/api/3/app/field/value?generateChangelog=true',
    ]);
  });

  it('makes no call when there is nothing to write', async () => {
    const { jira, calls } = fakeJira([]);
    expect(await setAppFieldValues(jira, [])).toBe(0);
    expect(calls).toEqual([]);
  });
});
