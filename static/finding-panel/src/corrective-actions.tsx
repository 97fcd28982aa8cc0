// The finding's corrective actions with their own state (read from their issues): key (opens the issue), owner,
// due date, overdue flag, what "done" means, the evidence or reason once settled, and its Jira status when that
// disagrees. Current cycle first.
import { router } from '@forge/bridge';

import type { CorrectiveActionStatus } from '../../../src/domain/corrective-action';
import type { Finding } from '../../../src/domain/finding';
import { ActionJiraStatus } from './action-jira-status';
import { ActionSteps } from './action-steps';
import type { PanelAction } from './api';

const STATE: Readonly<Record<CorrectiveActionStatus, { label: string; tone: string }>> = {
  planned: { label: 'Planned', tone: 'c9-tone-neutral' },
  in_progress: { label: 'In progress', tone: 'c9f-tone-information' },
  implemented: { label: 'Implemented', tone: 'c9-tone-success' },
  cancelled: { label: 'Cancelled', tone: 'c9-tone-neutral' },
};

export function IssueLink({ issueKey }: { readonly issueKey: string }) {
  return <button type="button" className="c9-link c9f-key" onClick={() => { void router.navigate({ target: 'issue', issueKey }); }}>{issueKey}</button>;
}

function ActionItem({ action, canEdit, nameOf, onDone, onReload }: { readonly action: PanelAction; readonly canEdit: boolean; readonly nameOf: (id: string) => string; readonly onDone: (label: string) => void; readonly onReload: () => void }) {
  const { state } = action;
  return (
    <li data-testid="corrective-action" data-issue-key={action.issueKey} data-status={state.status}>
      <div className="c9-row-title">
        <IssueLink issueKey={action.issueKey} />
        <span className={`c9-lozenge ${STATE[state.status].tone}`}>{STATE[state.status].label}</span>
        {action.overdue && <span className="c9-lozenge c9-tone-danger" data-testid="overdue">Overdue</span>}
        {!action.currentCycle && <span className="c9-badge c9-tone-neutral">Earlier cycle</span>}
      </div>
      <p className="c9f-action-text">{state.description}</p>
      <ActionJiraStatus action={action} canEdit={canEdit} />
      <dl className="c9f-facts">
        <dt>Owner</dt><dd>{state.owner === null ? <span className="c9f-missing">Not set</span> : nameOf(state.owner)}</dd>
        <dt>Due</dt><dd>{state.dueDate ?? <span className="c9f-missing">Not set</span>}</dd>
        <dt>Done when</dt><dd>{state.completionCriterion}</dd>
        {state.status === 'implemented' && <><dt>Implemented</dt><dd>{state.implementedOn} — {state.implementationEvidence}</dd></>}
        {state.status === 'cancelled' && <><dt>Cancelled</dt><dd>{state.cancelledOn} — {state.reason}</dd></>}
      </dl>
      {canEdit && action.nextAllowed.length > 0 && <ActionSteps action={action} nameOf={nameOf} onDone={onDone} onReload={onReload} />}
    </li>
  );
}

export function CorrectiveActions({ finding, actions, canEdit, nameOf, onDone, onReload }: {
  readonly finding: Finding;
  readonly actions: readonly PanelAction[];
  readonly canEdit: boolean;
  readonly nameOf: (id: string) => string;
  readonly onDone: (label: string) => void;
  readonly onReload: () => void;
}) {
  const plan = finding.status === 'action_planned' ? finding.plan : finding.status === 'closed' && 'closure' in finding && finding.closure.outcome === 'actioned' ? finding.closure.plan : null;
  return (
    <section className="c9-section" aria-labelledby="c9f-actions-title" data-testid="corrective-actions">
      <h2 id="c9f-actions-title">{plan === null && 'cycle' in finding ? <>Corrective actions <span className="c9-muted">10.2 c</span></> : 'Improvement actions'}</h2>
      {plan !== null && <p><span className="c9-muted">Plan:</span> {plan}</p>}
      {actions.length === 0
        ? <p className="c9-muted">{'cycle' in finding ? 'None planned yet. They are planned once the root cause is recorded.' : 'No tracked actions.'}</p>
        : <ul className="c9-list">{actions.map((action) => <ActionItem key={action.id} action={action} canEdit={canEdit} nameOf={nameOf} onDone={onDone} onReload={onReload} />)}</ul>}
    </section>
  );
}
