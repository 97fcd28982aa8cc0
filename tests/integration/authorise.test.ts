// The shared role checks, asking the Jira stand-in as each seeded user (what jiraAsUser() does inside Forge).
// Given the ISMS project set up with roles (isms-managers administer it, isms-team are members, the steering
// committee views it), each check lets the right people through and names what the others lack.
import { AppError } from '../../src/app/app-error';
import type * as Authorise from '../../src/resolvers/authorise';
import { startTestStack, TEST_GROUPS, TEST_USERS, type TestStack } from './stack';

let stack: TestStack;
/** Loaded after the Forge host has installed its runtime (see all-jira-adapters.ts). */
let authorise: typeof Authorise;
beforeAll(async () => {
  stack = await startTestStack();
  await stack.setUpApp();
  authorise = await import('../../src/resolvers/authorise');
});
afterAll(async () => {
  await stack.close();
});

async function outcome(check: Promise<void>): Promise<string> {
  try {
    await check;
    return 'allowed';
  } catch (error) {
    if (error instanceof AppError) return `${error.code}: ${error.message}`;
    throw error;
  }
}

type Who = keyof typeof TEST_USERS;
const as = (who: Who) => ({ jira: stack.requesterAs(TEST_USERS[who]) });

describe('role checks (as the user)', () => {
  it.each<[Who, string | RegExp]>([
    ['admin', 'allowed'],
    ['ismsManager', /^FORBIDDEN: Only Jira administrators/],
    ['outsider', /^FORBIDDEN/],
  ])('requireJiraAdmin: %s → %s', async (who, expected) => {
    const result = await outcome(authorise.requireJiraAdmin(as(who)));
    expect(result).toMatch(expected);
  });

  it.each<[Who, string, string | RegExp]>([
    ['committee', 'ISMS', 'allowed'],
    ['member', 'ISMS', 'allowed'],
    ['outsider', 'ISMS', /^FORBIDDEN: .*Browse Projects permission in project ISMS/],
    ['member', 'NOPE', /^FORBIDDEN: .*in project NOPE/],
  ])('requireBrowseProject: %s in %s → %s', async (who, projectKey, expected) => {
    expect(await outcome(authorise.requireBrowseProject(projectKey, as(who)))).toMatch(expected);
  });

  it.each<[Who, string | RegExp]>([
    ['member', 'allowed'],
    ['ismsManager', 'allowed'],
    ['committee', /^FORBIDDEN: .*Create Issues permission in project ISMS/],
    ['outsider', /^FORBIDDEN/],
  ])('requireProjectMember: %s → %s', async (who, expected) => {
    expect(await outcome(authorise.requireProjectMember('ISMS', as(who)))).toMatch(expected);
  });

  describe('requireIsmsManager', () => {
    const noGroup = () => Promise.resolve({ ismsGroup: null });
    const managersGroup = () => Promise.resolve({ ismsGroup: TEST_GROUPS.ismsManagers.toUpperCase() });

    it.each<[Who, string | RegExp]>([
      ['ismsManager', 'allowed'],
      ['admin', 'allowed'], // a site admin administers every project
      ['member', /^FORBIDDEN: .*Administer Projects permission in project ISMS/],
      ['outsider', /^FORBIDDEN/],
    ])('with no ISMS group configured (project administrators): %s → %s', async (who, expected) => {
      expect(await outcome(authorise.requireIsmsManager('ISMS', { ...as(who), readAccess: noGroup }))).toMatch(expected);
    });

    it.each<[Who, string | RegExp]>([
      ['ismsManager', 'allowed'],
      ['admin', /^FORBIDDEN: .*membership of the Jira group "ISMS-MANAGERS"/],
      ['member', /^FORBIDDEN/],
    ])('with the ISMS group configured (any case): %s → %s', async (who, expected) => {
      expect(await outcome(authorise.requireIsmsManager('ISMS', { ...as(who), readAccess: managersGroup }))).toMatch(expected);
    });
  });

  it('made every call within Jira’s documented contract', () => {
    expect(stack.contractViolations).toEqual([]);
  });
});
