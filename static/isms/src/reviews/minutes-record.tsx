// Minutes and outputs read-only, as recorded: the text, who it went to, each decision, resource needs and the
// action items with their owners, due dates and — once published — the Jira issues they became.
import type { ReviewDetailData } from '../../../../src/contracts/management-review-views';
import { IssueLink } from './issue-link';
import { Table } from './pack-blocks';

type Draft = ReviewDetailData['draft']['draft'];
type Outputs = NonNullable<Draft['outputs']>;
type Minutes = NonNullable<Draft['minutes']>;

function Decisions({ title, decisions }: { readonly title: string; readonly decisions: Outputs['improvementDecisions'] }) {
  return (
    <>
      <h3>{title}</h3>
      {decisions.length === 0 ? <p className="c9-muted">None.</p> : (
        <ul className="c9-decisions">
          {decisions.map((decision, index) => (
            <li key={index}>{decision.description}{decision.relatedFindingIds.length > 0 && <span className="c9-muted"> ({decision.relatedFindingIds.join(', ')})</span>}</li>
          ))}
        </ul>
      )}
    </>
  );
}

export function MinutesRecord({ minutes, outputs, names, actionIssueKeys }: {
  readonly minutes: Minutes;
  readonly outputs: Outputs;
  readonly names: ReadonlyMap<string, string>;
  /** Action item id → its Jira issue key; empty before publishing. */
  readonly actionIssueKeys: Readonly<Record<string, string>>;
}) {
  const nameOf = (accountId: string) => names.get(accountId) ?? accountId;
  return (
    <div className="c9-minutes-record" data-testid="minutes-record">
      <h3>Minutes</h3>
      <div className="c9-minutes-text" data-testid="minutes-text">{minutes.text}</div>
      <p className="c9-muted">Distributed to {minutes.distributedTo.map(nameOf).join(', ')}.</p>
      <Decisions title="Decisions on continual improvement" decisions={outputs.improvementDecisions} />
      <Decisions title="Decisions on changes to the ISMS" decisions={outputs.ismsChangeDecisions} />
      <h3>Resource needs</h3>
      {outputs.resourceNeeds.length === 0 ? <p className="c9-muted">None.</p> : (
        <ul className="c9-decisions">{outputs.resourceNeeds.map((need, index) => <li key={index}>{need.description}{need.owner === null ? '' : ` (${nameOf(need.owner)})`}</li>)}</ul>
      )}
      <h3>Action items</h3>
      <div data-testid="action-items-record">
        <Table head={['Action', 'Description', 'Owner', 'Due', 'Jira issue']} rows={outputs.actionItems.map((item) => [
          item.id, item.description, nameOf(item.owner), item.dueDate,
          actionIssueKeys[item.id] === undefined ? <span className="c9-muted">Created when published</span> : <IssueLink issueKey={actionIssueKeys[item.id] ?? ''} />,
        ])} />
      </div>
    </div>
  );
}
