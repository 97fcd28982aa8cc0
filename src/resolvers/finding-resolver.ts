// The finding panel's resolver (jira:issuePanel "clause9-finding-panel"): raise findings, walk a nonconformity
// through the ISO 27001 10.2 loop, and work its corrective actions. Every key parses its payload, authorises AS THE
// USER (project members raise; Edit Issues on the issue moves it; Browse Projects reads it), then runs its use case.
import { z } from 'zod';

import { cancelCorrectiveAction, markCorrectiveActionImplemented, reviseCorrectiveAction, startCorrectiveAction } from '../domain/corrective-action-transitions';
import type { EffectivenessReview } from '../domain/effectiveness-review';
import { closeImprovement, closeWithoutAction } from '../domain/finding-improvement-transitions';
import { closeAfterReview, recordContainment, recordRootCause, reopenAfterIneffectiveReview, scheduleEffectivenessReview } from '../domain/finding-transitions';
import type { LocalDate } from '../domain/local-date';
import { getMyIssuePermissions } from '../adapters/jira/get-my-issue-permissions';
import { jiraAsUser } from '../adapters/jira/jira-requester';
import { AppError } from '../app/app-error';
import { advanceCorrectiveAction, type CorrectiveActionStep } from '../app/advance-corrective-action';
import { advanceFinding, type FindingStep } from '../app/advance-finding';
import { getFindingView } from '../app/get-finding-view';
import { importFindingRecords } from '../app/import-finding-records';
import { markFindingActionsImplemented } from '../app/mark-finding-actions-implemented';
import { planFindingActions } from '../app/plan-corrective-actions';
import { raiseFindingIssue } from '../app/raise-finding-issue';
import { recordability, recordFindingIssue } from '../app/record-finding-issue';
import {
  actionImplementedPayloadSchema,
  cancelActionPayloadSchema,
  closeImprovementPayloadSchema,
  closeWithoutActionPayloadSchema,
  containPayloadSchema,
  emptyStepPayloadSchema,
  findingReadPayloadSchema,
  importFindingsPayloadSchema,
  planActionsPayloadSchema,
  raiseFindingPayloadSchema,
  recordIssuePayloadSchema,
  recordReviewPayloadSchema,
  reopenPayloadSchema,
  replanPayloadSchema,
  reviseActionPayloadSchema,
  rootCausePayloadSchema,
  scheduleReviewPayloadSchema,
  startActionPayloadSchema,
  type ReviewInput,
} from '../contracts/finding-payloads';
import type { FindingPanelView, RecordableIssue } from '../contracts/finding-view';
import { requireIsmsManager, requireProjectMember } from './authorise';
import { requireIssuePermission } from './authorise-issue';
import { openFindingSession, translated, type FindingSession } from './finding-session';
import { ismsSetup } from './isms-access';
import { ResolverSurface, type ResolverCall, type ResolverDefinition } from './resolver-surface';

const panelContextSchema = z.object({ extension: z.object({ issue: z.object({ key: z.string().min(1) }) }) });

/** The payload's issueKey, else the issue the panel is open on. */
function issueKeyOf(call: ResolverCall<{ readonly issueKey?: string | undefined }>): string {
  if (call.payload.issueKey !== undefined) return call.payload.issueKey;
  const panel = panelContextSchema.safeParse(call.context);
  if (panel.success) return panel.data.extension.issue.key;
  throw new AppError('INVALID_PAYLOAD', 'issueKey is required outside an issue panel', 'issueKey');
}

function reviewOf(input: ReviewInput, accountId: string, today: LocalDate): EffectivenessReview {
  return { reviewOn: input.reviewOn ?? today, reviewedBy: accountId, evidence: input.evidence, result: input.result };
}

/** A panel read: the session, and whether the caller may edit the issue, asked as the user so the panel offers steps only to those the steps would accept. */
async function openPanelRead(call: ResolverCall<{ readonly issueKey?: string | undefined }>): Promise<{ issueKey: string; session: FindingSession; canEdit: boolean }> {
  const issueKey = issueKeyOf(call);
  const [session, granted] = await Promise.all([openFindingSession(call.accountId), getMyIssuePermissions(jiraAsUser(), issueKey, ['EDIT_ISSUES'])]);
  return { issueKey, session, canEdit: granted.has('EDIT_ISSUES') };
}

type StepPayload = { readonly issueKey?: string | undefined; readonly expectedRevision?: number | undefined; readonly note?: string | undefined };

/** A finding intent: Edit Issues on the issue, then the domain step built from the payload. */
function findingStep<I extends StepPayload>(input: z.ZodType<I>, build: (payload: I, session: FindingSession, accountId: string) => FindingStep): ResolverDefinition<I, unknown> {
  return {
    input,
    authorise: (call) => requireIssuePermission(issueKeyOf(call), 'EDIT_ISSUES'),
    run: (call) =>
      translated(async () => {
        const session = await openFindingSession(call.accountId);
        const { payload } = call;
        return advanceFinding(session.ports, { issueKey: issueKeyOf(call), expectedRevision: payload.expectedRevision, ctx: session.ctx(payload.note), step: build(payload, session, call.accountId) });
      }),
  };
}

/** A corrective-action intent on the action's own issue. */
function actionStep<I extends StepPayload & { readonly issueKey: string }>(input: z.ZodType<I>, build: (payload: I, today: LocalDate) => CorrectiveActionStep): ResolverDefinition<I, unknown> {
  return {
    input,
    authorise: (call) => requireIssuePermission(call.payload.issueKey, 'EDIT_ISSUES'),
    run: (call) =>
      translated(async () => {
        const session = await openFindingSession(call.accountId);
        const { payload } = call;
        const { today } = session.clock;
        return advanceCorrectiveAction(session.ports, { issueKey: payload.issueKey, expectedRevision: payload.expectedRevision, ctx: session.ctx(payload.note), step: build(payload, today), today });
      }),
  };
}

export const findingResolver = new ResolverSurface('finding')
  .define('finding/get', {
    input: findingReadPayloadSchema,
    authorise: (call) => requireIssuePermission(issueKeyOf(call), 'BROWSE_PROJECTS'),
    run: (call) =>
      translated(async (): Promise<FindingPanelView> => {
        const { issueKey, session, canEdit } = await openPanelRead(call);
        return { ...(await getFindingView(session.ports, { issueKey, today: session.clock.today })), canEdit };
      }),
  })
  .define('findings/raise', {
    input: raiseFindingPayloadSchema,
    authorise: async () => requireProjectMember((await ismsSetup()).projectKey),
    run: ({ payload, accountId }) =>
      translated(async () => {
        const session = await openFindingSession(accountId);
        const { requestId, raisedOn, ...facts } = payload;
        return raiseFindingIssue(session.raisePorts, { requestId, at: session.clock.at, finding: { ...facts, raisedBy: accountId, raisedOn: raisedOn ?? session.clock.today } });
      }),
  })
  // A Finding issue created in Jira itself: may it become a finding here (read as the user for the panel's offer)?
  .define('finding/recordable', {
    input: findingReadPayloadSchema,
    authorise: (call) => requireIssuePermission(issueKeyOf(call), 'BROWSE_PROJECTS'),
    run: (call) =>
      translated(async (): Promise<RecordableIssue> => {
        const { issueKey, session, canEdit } = await openPanelRead(call);
        const issue = await session.recordPorts.readIssueToRecord(issueKey);
        return { issueKey: issue.issueKey, ...recordability(session.recordPorts, issue), canEdit };
      }),
  })
  .define('finding/record-issue', {
    input: recordIssuePayloadSchema,
    authorise: (call) => requireIssuePermission(issueKeyOf(call), 'EDIT_ISSUES'),
    run: (call) =>
      translated(async () => {
        const session = await openFindingSession(call.accountId);
        const { kind, source, sourceRef, references, description } = call.payload;
        return recordFindingIssue(session.recordPorts, { issueKey: issueKeyOf(call), kind, source, sourceRef, references, description, ctx: session.ctx(), today: session.clock.today });
      }),
  })
  // Findings with a history (demo seed, a register kept before Clause9): ISMS managers only. Re-runs converge.
  .define('findings/import', {
    input: importFindingsPayloadSchema,
    authorise: async () => requireIsmsManager((await ismsSetup()).projectKey),
    run: ({ payload, accountId }) => translated(async () => importFindingRecords((await openFindingSession(accountId)).ports, payload)),
  })
  .define(
    'finding/contain',
    findingStep(containPayloadSchema, ({ containment }, { clock }) => (finding, ctx) =>
      recordContainment(finding, { ...containment, containedOn: containment.containedOn ?? clock.today }, ctx)),
  )
  .define('finding/root-cause', findingStep(rootCausePayloadSchema, ({ rootCause }) => (finding, ctx) => recordRootCause(finding, rootCause, ctx)))
  .define('finding/plan-actions', {
    input: planActionsPayloadSchema,
    authorise: (call) => requireIssuePermission(issueKeyOf(call), 'EDIT_ISSUES'),
    run: (call) =>
      translated(async () => {
        const session = await openFindingSession(call.accountId);
        const { payload } = call;
        const intent = { kind: 'plan' as const, plan: payload.plan };
        return planFindingActions(session.ports, { issueKey: issueKeyOf(call), expectedRevision: payload.expectedRevision, intent, actions: payload.actions, ctx: session.ctx(payload.note), today: session.clock.today });
      }),
  })
  .define('finding/actions-implemented', {
    input: emptyStepPayloadSchema,
    authorise: (call) => requireIssuePermission(issueKeyOf(call), 'EDIT_ISSUES'),
    run: (call) =>
      translated(async () => {
        const session = await openFindingSession(call.accountId);
        return markFindingActionsImplemented(session.ports, { issueKey: issueKeyOf(call), expectedRevision: call.payload.expectedRevision, ctx: session.ctx(call.payload.note) });
      }),
  })
  .define('finding/schedule-review', findingStep(scheduleReviewPayloadSchema, ({ reviewDueOn }) => (finding, ctx) => scheduleEffectivenessReview(finding, reviewDueOn, ctx)))
  .define(
    'finding/record-review',
    findingStep(recordReviewPayloadSchema, ({ review }, { clock }, accountId) => (finding, ctx) => closeAfterReview(finding, reviewOf(review, accountId, clock.today), ctx)),
  )
  .define(
    'finding/reopen',
    findingStep(reopenPayloadSchema, ({ review, reason }, { clock }, accountId) => (finding, ctx) =>
      reopenAfterIneffectiveReview(finding, { review: reviewOf(review, accountId, clock.today), reason }, ctx)),
  )
  .define('finding/replan', {
    input: replanPayloadSchema,
    authorise: (call) => requireIssuePermission(issueKeyOf(call), 'EDIT_ISSUES'),
    run: (call) =>
      translated(async () => {
        const session = await openFindingSession(call.accountId);
        const { payload } = call;
        const review = reviewOf(payload.review, call.accountId, session.clock.today);
        const intent = { kind: 'replan' as const, review, reason: payload.reason, keepActionIds: payload.keepActionIds ?? [] };
        return planFindingActions(session.ports, { issueKey: issueKeyOf(call), expectedRevision: payload.expectedRevision, intent, actions: payload.actions, ctx: session.ctx(payload.note), today: session.clock.today });
      }),
  })
  .define(
    'finding/close-improvement',
    findingStep(closeImprovementPayloadSchema, ({ result, closedOn }, { clock }) => (finding, ctx) => closeImprovement(finding, { result, closedOn: closedOn ?? clock.today }, ctx)),
  )
  .define(
    'finding/close-without-action',
    findingStep(closeWithoutActionPayloadSchema, ({ reason, closedOn }, { clock }) => (finding, ctx) => closeWithoutAction(finding, { reason, closedOn: closedOn ?? clock.today }, ctx)),
  )
  .define('corrective-action/start', actionStep(startActionPayloadSchema, () => (action, ctx) => startCorrectiveAction(action, ctx)))
  .define(
    'corrective-action/implemented',
    actionStep(actionImplementedPayloadSchema, ({ implementedOn, implementationEvidence }, today) => (action, ctx) =>
      markCorrectiveActionImplemented(action, { implementedOn: implementedOn ?? today, implementationEvidence }, ctx)),
  )
  .define(
    'corrective-action/cancel',
    actionStep(cancelActionPayloadSchema, ({ reason, cancelledOn }, today) => (action, ctx) => cancelCorrectiveAction(action, { reason, cancelledOn: cancelledOn ?? today }, ctx)),
  )
  // Owner, due date, description or completion criterion of an open action; the issue's assignee and due date follow.
  .define(
    'corrective-action/revise',
    actionStep(reviseActionPayloadSchema, ({ owner, dueDate, description, completionCriterion }) => (action, ctx) =>
      reviseCorrectiveAction(action, { owner, dueDate, description, completionCriterion }, ctx)),
  )
  .handler();
