// Finding and corrective-action records → the create body of their Jira issues: standard fields (summary, ADF
// description, assignee, due date) and the `clause9` property set in the same call. App fields are read-only and
// written afterwards (finding-issue-fields.ts). A revised action edits its assignee and due date to match.
import type { CorrectiveAction } from '../../domain/corrective-action';
import { FINDING_KIND_LABELS, FINDING_SOURCE_LABELS } from '../../domain/finding';
import type { SetupState } from '../storage/setup-state';
import type { CorrectiveActionProperty } from './corrective-action-property';
import type { NewIssue } from './create-issue';
import type { FindingProperty } from './finding-property';
import { CLAUSE9_PROPERTY_KEY } from './issue-property';

/** Plain text as an Atlassian Document: one paragraph per blank-line-separated block. */
export function plainTextAdf(text: string): Record<string, unknown> {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  return { type: 'doc', version: 1, content: blocks.map((block) => ({ type: 'paragraph', content: [{ type: 'text', text: block }] })) };
}

export function newFindingIssue(setup: SetupState, property: FindingProperty): NewIssue {
  const { state } = property;
  const origin = `${FINDING_KIND_LABELS[state.kind]} raised from ${FINDING_SOURCE_LABELS[state.source].toLowerCase()}${state.sourceRef === null ? '' : ` ${state.sourceRef}`}.`;
  const references = state.references.length === 0 ? '' : `\n\nRequirements: ${state.references.join(', ')}.`;
  return {
    fields: {
      project: { id: setup.projectId },
      issuetype: { id: setup.issueTypeIds.finding },
      summary: state.title,
      description: plainTextAdf(`${state.description}\n\n${origin}${references}`),
    },
    properties: [{ key: CLAUSE9_PROPERTY_KEY, value: property }],
  };
}

export function newCorrectiveActionIssue(setup: SetupState, property: CorrectiveActionProperty, summary: string): NewIssue {
  const { state, finding } = property;
  const fields: Record<string, unknown> = {
    project: { id: setup.projectId },
    issuetype: { id: setup.issueTypeIds.correctiveAction },
    summary,
    description: plainTextAdf(`${state.description}\n\nDone when: ${state.completionCriterion}\n\nCorrective action for ${finding.issueKey}.`),
  };
  if (state.owner !== null) fields.assignee = { accountId: state.owner };
  if (state.dueDate !== null) fields.duedate = state.dueDate;
  return { fields, properties: [{ key: CLAUSE9_PROPERTY_KEY, value: property }] };
}

/** The issue's assignee and due date where they differ between two states of its action (empty: nothing to edit). */
export function correctiveActionIssueEdits(before: CorrectiveAction, after: CorrectiveAction): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (after.owner !== before.owner) fields.assignee = after.owner === null ? null : { accountId: after.owner };
  if (after.dueDate !== before.dueDate) fields.duedate = after.dueDate;
  return fields;
}
