// An action issue's Jira status when it disagrees with the app's record: people move action issues on their boards,
// and a move to Done says nothing of the evidence 10.2 asks for, so the panel says what is still to record.
import type { PanelAction } from './api';

function hint(action: PanelAction, status: NonNullable<PanelAction['jiraStatus']>, canEdit: boolean): string {
  const { issueKey, state } = action;
  const open = state.status === 'planned' || state.status === 'in_progress';
  if (status.category === 'done' && open) {
    const next = state.status === 'planned' ? 'start it, then mark it implemented with its evidence' : 'mark it implemented with its evidence';
    return canEdit
      ? `${issueKey} is ${status.name} in Jira, but its implementation is not recorded here: ${next}, or cancel it with a reason.`
      : `${issueKey} is ${status.name} in Jira, but its implementation is not recorded here: ask the finding's owner to record it.`;
  }
  if (status.category !== 'done' && !open) {
    return `${issueKey} is still ${status.name} in Jira although it is ${state.status} here: the workflow offered no transition to Done. Ask your Jira admin to check the workflow.`;
  }
  if (status.category === 'indeterminate' && state.status === 'planned') {
    return canEdit ? `${issueKey} is ${status.name} in Jira: start it here so its owner and due date are tracked.` : `${issueKey} is ${status.name} in Jira but not started here.`;
  }
  return `${issueKey} is ${status.name} in Jira, which does not match its state here.`;
}

export function ActionJiraStatus({ action, canEdit }: { readonly action: PanelAction; readonly canEdit: boolean }) {
  const status = action.jiraStatus;
  if (status === null || status.matchesState) return null;
  return (
    <p className="c9-state c9-state--warning" data-testid="action-jira-status" data-jira-category={status.category}>
      <span className="c9-lozenge c9-tone-warning">Jira: {status.name}</span> {hint(action, status, canEdit)}
    </p>
  );
}
