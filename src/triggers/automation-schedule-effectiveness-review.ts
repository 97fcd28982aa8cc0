// Automation action "Schedule an effectiveness review" (`clause9-schedule-effectiveness-review`): sets when the
// corrective actions' effectiveness is to be reviewed (10.2 d), either a date or a number of days from today.
// A finding whose planned actions are all settled but not yet marked so is marked "actions implemented" first
// (the domain checks every action), so a rule on "last corrective action done" needs only this one action.
import { z } from 'zod';

import { localDateFieldSchema } from '../domain/field-schemas';
import { scheduleEffectivenessReview } from '../domain/finding-transitions';
import { addDays } from '../domain/local-date';
import { advanceFinding } from '../app/advance-finding';
import { markFindingActionsImplemented } from '../app/mark-finding-actions-implemented';
import { requireIssuePermission } from '../resolvers/authorise-issue';
import { openFindingSession } from '../resolvers/finding-session';
import { automationAction, optionalInput } from './automation-action';

const ISSUE_KEY_RULE = 'findingIssueKey must be a Jira issue key such as ISMS-42';
const DAYS_RULE = 'reviewInDays must be a whole number of days from 1 to 730';

const inputSchema = z
  .object({
    findingIssueKey: z.string({ error: ISSUE_KEY_RULE }).trim().regex(/^[A-Z][A-Z0-9_]{0,9}-[1-9]\d*$/, { error: ISSUE_KEY_RULE }),
    reviewDueOn: optionalInput(localDateFieldSchema('reviewDueOn')),
    reviewInDays: optionalInput(z.coerce.number({ error: DAYS_RULE }).int({ error: DAYS_RULE }).min(1, { error: DAYS_RULE }).max(730, { error: DAYS_RULE })),
  })
  .refine((input) => (input.reviewDueOn === undefined) !== (input.reviewInDays === undefined), { error: 'give exactly one of reviewDueOn or reviewInDays', path: ['reviewDueOn'] });

const outputSchema = z.object({ findingIssueKey: z.string(), reviewDueOn: z.string(), stage: z.string() });

export const automationScheduleEffectivenessReview = automationAction('Schedule an effectiveness review', inputSchema, outputSchema, async (input, accountId) => {
  await requireIssuePermission(input.findingIssueKey, 'EDIT_ISSUES');
  const session = await openFindingSession(accountId);
  const due = input.reviewDueOn ?? addDays(session.clock.today, input.reviewInDays ?? 0);
  const ctx = session.ctx('Scheduled by an Automation rule');
  const current = await session.ports.readFinding(input.findingIssueKey);
  if (current.property.state.status === 'corrective_action_planned') {
    await markFindingActionsImplemented(session.ports, { issueKey: input.findingIssueKey, ctx });
  }
  const change = await advanceFinding(session.ports, { issueKey: input.findingIssueKey, ctx, step: (finding, stepCtx) => scheduleEffectivenessReview(finding, due, stepCtx) });
  return { findingIssueKey: change.issueKey, reviewDueOn: due, stage: change.stage };
});
