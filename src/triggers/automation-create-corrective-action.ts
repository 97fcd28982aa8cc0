// Automation action "Create a corrective action" (`clause9-create-corrective-action`): plans one corrective action
// on a finding whose root cause is recorded (or an observation/OFI still open, where the description is the plan),
// as a linked "Corrective action" issue assigned to its owner; the SMART check comes back as outputs. A rule that
// fires again once the finding has moved on is refused (ILLEGAL_TRANSITION); a retry after a partial failure adopts
// the issue already created — never a second issue.
import { z } from 'zod';

import { accountIdSchema, localDateFieldSchema, requiredTextSchema } from '../domain/field-schemas';
import { planFindingActions } from '../app/plan-corrective-actions';
import { requireIssuePermission } from '../resolvers/authorise-issue';
import { openFindingSession } from '../resolvers/finding-session';
import { automationAction, optionalInput } from './automation-action';

const ISSUE_KEY_RULE = 'findingIssueKey must be a Jira issue key such as ISMS-42';

const inputSchema = z.object({
  findingIssueKey: z.string({ error: ISSUE_KEY_RULE }).trim().regex(/^[A-Z][A-Z0-9_]{0,9}-[1-9]\d*$/, { error: ISSUE_KEY_RULE }),
  summary: optionalInput(requiredTextSchema('summary', 255)),
  description: requiredTextSchema('description', 4_000),
  completionCriterion: requiredTextSchema('completionCriterion', 2_000),
  ownerAccountId: optionalInput(accountIdSchema('ownerAccountId')),
  dueDate: optionalInput(localDateFieldSchema('dueDate')),
});

const outputSchema = z.object({
  issueKey: z.string(),
  findingIssueKey: z.string(),
  isSmart: z.boolean(),
  /** The letters that failed with their reasons, e.g. "T: dueDate is not set"; empty when SMART. */
  smartFailures: z.string(),
});

export const automationCreateCorrectiveAction = automationAction('Create a corrective action', inputSchema, outputSchema, async (input, accountId) => {
  await requireIssuePermission(input.findingIssueKey, 'EDIT_ISSUES');
  const session = await openFindingSession(accountId);
  const action = {
    description: input.description,
    completionCriterion: input.completionCriterion,
    owner: input.ownerAccountId ?? null,
    dueDate: input.dueDate ?? null,
    ...(input.summary === undefined ? {} : { summary: input.summary }),
  };
  const planned = await planFindingActions(session.ports, {
    issueKey: input.findingIssueKey,
    intent: { kind: 'plan', plan: input.description },
    actions: [action],
    ctx: session.ctx('Planned by an Automation rule'),
    today: session.clock.today,
  });
  const [created] = planned.correctiveActions;
  if (created === undefined) throw new Error('planning one action returned none');
  const failures = Object.entries(created.smart).filter(([, letter]) => letter.result === 'fail');
  return {
    issueKey: created.issueKey,
    findingIssueKey: planned.issueKey,
    isSmart: created.isSmart,
    smartFailures: failures.map(([letter, result]) => `${letter}: ${result.reason}`).join('; '),
  };
});
