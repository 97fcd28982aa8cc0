// isms/access through the real resolver dispatch on the ISMS page: the one answer all four sub-pages use to decide
// which controls to offer, consistent with what the keys themselves accept — and the same FORBIDDEN reason.
import { envelopeError, okData, startTestStack, TEST_USERS, type TestStack } from './stack';
import { MATRIX_PAGE } from './matrix-fixtures';

let stack: TestStack;
const call = (who: string, key: string, payload: unknown = {}): Promise<unknown> => stack.invoke(who, key, payload, MATRIX_PAGE);

beforeAll(async () => {
  stack = await startTestStack();
  await stack.setUpApp();
});

afterAll(async () => {
  await stack.close();
});

afterEach(() => {
  expect(stack.contractViolations).toEqual([]);
});

it('tells an ISMS manager they may manage the ISMS and raise findings', async () => {
  expect(okData(await call(TEST_USERS.ismsManager, 'isms/access'))).toEqual({ canManage: true, canRaiseFindings: true, reason: null });
});

it('tells a project member they may raise findings but not manage, in the words the manager keys use', async () => {
  const access = okData(await call(TEST_USERS.member, 'isms/access'));
  const refused = envelopeError(await call(TEST_USERS.member, 'matrix/retire', { id: 'MI-1', reason: 'x' }));
  expect(refused.code).toBe('FORBIDDEN');
  expect(access).toEqual({ canManage: false, canRaiseFindings: true, reason: refused.message });
});

it('refuses someone who cannot browse the ISMS project, and a payload with extra keys', async () => {
  expect(envelopeError(await call(TEST_USERS.outsider, 'isms/access'))).toMatchObject({ code: 'FORBIDDEN' });
  expect(envelopeError(await call(TEST_USERS.ismsManager, 'isms/access', { extra: 1 }))).toMatchObject({ code: 'INVALID_PAYLOAD' });
});
