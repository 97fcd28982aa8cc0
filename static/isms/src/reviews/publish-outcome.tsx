// What a publish did: the version and its hash, whether it was a retry of unchanged content, and any action item
// Jira refused to create (the owner cannot be assigned, say) — a later publish retries those.
import type { PublishResultData } from '../../../../src/contracts/management-review-views';

export function PublishOutcomeNote({ outcome }: { readonly outcome: PublishResultData }) {
  const failed = outcome.actionItems.filter((item) => item.error !== null);
  const created = outcome.actionItems.filter((item) => item.issueKey !== null).length;
  return (
    <div className={`c9-state ${failed.length === 0 ? 'c9-state--success' : 'c9-state--warning'}`} role="status" data-testid="publish-outcome">
      <p>
        {outcome.reused
          ? `Nothing changed since version ${outcome.published.version}: no new version was published.`
          : `Published version ${outcome.published.version}; ${outcome.published.hashAlgorithm} ${outcome.published.contentHash}.`}
        {' '}{created} of {outcome.actionItems.length} action item(s) are Jira issues.
      </p>
      {failed.length > 0 && (
        <ul>{failed.map((item) => <li key={item.itemId}>{item.itemId}: not created in Jira — {item.error}. Fix the cause and publish again; it is retried without a new version.</li>)}</ul>
      )}
    </div>
  );
}
