// Loading, error and empty states shared by the three gadgets; every message says what to do next.
import type { ReactNode } from 'react';

import type { ResolverError } from '../../src/contracts/envelope';
import { errorAdvice } from './messages';

export function Loading({ what }: { readonly what: string }) {
  return (
    <p className="c9-state" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorState({ error }: { readonly error: ResolverError }) {
  const advice = errorAdvice(error);
  return (
    <div className="c9-state c9-state--error" role="alert" data-testid="gadget-error" data-code={error.code}>
      <strong>{advice.title}.</strong> {advice.action}
    </div>
  );
}

export function EmptyState({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <div className="c9-state" data-testid="gadget-empty">
      <strong>{title}</strong>
      <p>{children}</p>
    </div>
  );
}

/** "Updated …" line: when the daily sweep last rebuilt the read model. */
export function Freshness({ computedAt }: { readonly computedAt: string | null }) {
  return (
    <p className="c9-muted c9-freshness" data-testid="freshness">
      {computedAt === null ? 'Not computed yet — the daily sweep fills this in overnight.' : `Updated ${computedAt.slice(0, 16).replace('T', ' ')} UTC by the daily sweep.`}
    </p>
  );
}

/** A resolver error on an app page: the resolver's own message already says what to do; an outage says reload. */
export function PageError({ error, testId }: { readonly error: ResolverError; readonly testId?: string }) {
  const message =
    error.code === 'JIRA_UNAVAILABLE' ? 'Could not reach Clause9. Reload the page; if it persists, ask your Jira admin to check the app’s installation.'
    : error.code === 'NOT_SET_UP' ? `${errorAdvice(error).title}. ${errorAdvice(error).action}`
    : error.message;
  return <p className="c9-state c9-state--error" role="alert" data-testid={testId ?? 'page-error'} data-code={error.code}>{message}</p>;
}
