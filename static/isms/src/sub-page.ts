// The props every ISMS sub-page gets from the shell.
export interface SubPageProps {
  /** The signed-in user's account id (null when Jira does not say). */
  readonly accountId: string | null;
  /** The project the page is opened in. */
  readonly projectKey: string | null;
  /** The sub-page's own path after its route, e.g. "AUD-2026-03" for /audits/AUD-2026-03; "" at its root. */
  readonly subPath: string;
  /** Moves within the ISMS page, e.g. navigate('/audits/AUD-2026-03'); the Jira URL follows. */
  readonly navigate: (path: string) => void;
}
