// A Jira issue key that opens the issue in Jira (router.navigate: the page runs in an iframe, so a plain href
// would open inside it). The href still names the issue for copying and for the printed record.
import { router } from '@forge/bridge';

export function IssueLink({ issueKey }: { readonly issueKey: string }) {
  return (
    <a className="c9-link c9-issue-key" href={`/browse/${issueKey}`} data-issue-key={issueKey}
      onClick={(event) => { event.preventDefault(); void router.navigate({ target: 'issue', issueKey }).catch(() => undefined); }}>
      {issueKey}
    </a>
  );
}
