// The plan form's payload against the real programme/plan key: a default draft plans a programme covering every
// control; an exclusion without a justification comes back as a field error on that exclusion, and nothing is planned.
import { toPlanPayload } from '../../../static/isms/src/audits/plan-draft';
import { AUDITS_PAGE } from '../../integration/isms-record-fixtures';
import { envelopeError, okData, startTestStack, TEST_USERS, type TestStack } from '../../integration/stack';

let stack: TestStack;
const call = (key: string, payload: unknown): Promise<unknown> => stack.invoke(TEST_USERS.ismsManager, key, payload, AUDITS_PAGE);
const draft = { programmeId: 'PRG-2027', cycleStart: '2027-01', months: '12', maxItemsPerMonth: '3', excluded: {} };

beforeAll(async () => {
  stack = await startTestStack();
  await stack.setUpApp();
});

afterAll(async () => {
  await stack.close();
});

it('sends an exclusion without a justification back as a field error on it, and plans nothing', async () => {
  const error = envelopeError(await call('programme/plan', toPlanPayload({ ...draft, excluded: { 'A.7.1': '', 'A.7.2': 'No offices' } })));
  expect(error).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'statementOfApplicability.exclusions.0.justification' });
  expect(okData(await call('programme/get', {}))).toBeNull();
});

it('plans a programme from the default draft: every control applicable except the justified exclusion', async () => {
  const programme = okData(await call('programme/plan', toPlanPayload({ ...draft, excluded: { 'A.7.2': 'No offices: fully remote company' } }))) as {
    id: string; cycle: unknown; applicableControls: string[]; uncovered: { complete: boolean };
  };
  expect(programme).toMatchObject({ id: 'PRG-2027', cycle: { start: '2027-01', months: 12 }, uncovered: { complete: true } });
  expect(programme.applicableControls).toHaveLength(92);
  expect(programme.applicableControls).not.toContain('A.7.2');
});
