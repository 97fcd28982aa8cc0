// Shared by the finding, Automation and JQL cookbook integration tests: invoking the finding panel's resolver on an
// issue, payload builders with fixed literal dates, and views of what the stand-in holds (app fields by module key,
// links, the clause9 property).
import { principalHeader } from '../../local/jira';
import type { CustomFieldKey } from '../../src/adapters/jira/app-field-keys';
import { envelopeError, okData, TEST_USERS, type TestStack } from './stack';

export const FINDING_PANEL = 'clause9-finding-panel';

/** Fake timers that move Date only: the stack's servers keep their real timers and I/O. */
type FakeableApi = 'nextTick' | 'setImmediate' | 'setTimeout' | 'setInterval' | 'clearTimeout' | 'clearInterval' | 'queueMicrotask' | 'hrtime' | 'performance';
export const CLOCK_ONLY: { doNotFake: FakeableApi[] } = {
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'],
};

export interface Change {
  issueKey: string;
  issueId: string;
  findingId: string;
  status: string;
  stage: string;
  revision: number;
  nextAllowed: string[];
  jiraStatusInSync: boolean;
  created?: boolean;
  correctiveActions?: { id: string; issueKey: string; issueId: string; isSmart: boolean; smart: Record<string, { result: string; reason: string }>; state: { status: string } }[];
}

export function panel(stack: () => TestStack) {
  const call = (who: string, key: string, payload: unknown, issueKey?: string): Promise<unknown> =>
    stack().invoke(who, key, payload, FINDING_PANEL, issueKey === undefined ? undefined : { issue: { key: issueKey } });
  const ok = async <T = Change>(who: string, key: string, payload: unknown, issueKey?: string): Promise<T> => okData(await call(who, key, payload, issueKey)) as T;
  const fails = async (who: string, key: string, payload: unknown, issueKey?: string) => envelopeError(await call(who, key, payload, issueKey));
  return { call, ok, fails };
}

export function raisePayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    requestId: 'audit-2026-03-nc-1',
    kind: 'major_nonconformity',
    source: 'internal_audit',
    sourceRef: 'IA-2026-03',
    references: ['9.2', 'A.5.18'],
    title: 'Leavers keep access after their last day',
    description: 'Three of ten sampled leavers still had active SaaS accounts 30 days after leaving.',
    ...overrides,
  };
}

export const fiveWhys = {
  technique: {
    technique: 'five_whys',
    whys: ['Accounts of leavers stayed active', 'IT was not told about the leavers', 'The HR offboarding checklist has no step to notify IT'],
  },
  similarNonconformities: { similarExist: false, couldOccurElsewhere: true, assessment: 'Contractors leave through the same process.', relatedFindingIds: [] },
};

export function action(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    description: 'Add an IT notification step to the HR offboarding checklist for every leaver',
    completionCriterion: 'Offboarding checklist v3 published with the IT step; 100% of March leavers disabled within 1 day',
    owner: TEST_USERS.member,
    dueDate: '2026-04-15',
    ...overrides,
  };
}

/** An issue as the stand-in holds it, with the app fields by module key. */
export function issueOf(stack: TestStack, key: string) {
  const issue = stack.jira.admin.issue(key);
  if (issue === undefined) throw new Error(`no issue ${key}`);
  const field = (moduleKey: CustomFieldKey): unknown => issue.customFields[stack.jira.admin.customFieldId(moduleKey)] ?? null;
  return { issue, field, property: issue.properties.clause9 as Record<string, unknown> & { rev: number; status: string; kind: string } };
}

/** The issue's links as Jira answers them (type name, and which way they point). */
export async function linksOf(stack: TestStack, key: string): Promise<{ type: string; inward?: string; outward?: string }[]> {
  const response = await fetch(`${stack.jira.url}/rest/api/3/issue/${key}?fields=issuelinks`, { headers: { [principalHeader]: `user:${TEST_USERS.admin}`, Accept: 'application/json' } });
  const body = (await response.json()) as { fields: { issuelinks: { type: { name: string }; inwardIssue?: { key: string }; outwardIssue?: { key: string } }[] } };
  return body.fields.issuelinks.map((link) => ({
    type: link.type.name,
    ...(link.inwardIssue === undefined ? {} : { inward: link.inwardIssue.key }),
    ...(link.outwardIssue === undefined ? {} : { outward: link.outwardIssue.key }),
  }));
}

/** Keys of the issues of one issue type name in the ISMS project, in key order. */
export function issuesOfType(stack: TestStack, typeName: string): string[] {
  const keys: string[] = [];
  const total = stack.jira.admin.issueCount();
  for (let n = 1; n <= total + 50; n += 1) {
    const issue = stack.jira.admin.issue(`ISMS-${String(n)}`);
    if (issue?.issueTypeName === typeName) keys.push(issue.key);
  }
  return keys;
}
