// Routes the ISMS page: Jira's project navigation lists the sub-pages (manifest `pages`) and changes the route;
// links inside the app push routes. The shell renders the current sub-page and nothing else.
import { Suspense, useEffect, useState } from 'react';

import { ErrorBoundary } from '../../shared/error-boundary';
import { Loading } from '../../shared/states';
import type { PageContext } from './page-context';
import { matchSubPage } from './routes';

/** The part of view.createHistory()'s answer the shell uses (history v4/v5 shape). */
export interface PageHistory {
  readonly location: { readonly pathname: string };
  push(path: string): void;
  listen(listener: (update: { readonly pathname: string } | { readonly location: { readonly pathname: string } }) => void): () => void;
}

const pathOf = (update: { readonly pathname: string } | { readonly location: { readonly pathname: string } }): string =>
  'location' in update ? update.location.pathname : update.pathname;

export function IsmsShell({ context, history }: { readonly context: PageContext; readonly history: PageHistory }) {
  const [pathname, setPathname] = useState(history.location.pathname);
  useEffect(() => history.listen((update) => { setPathname(pathOf(update)); }), [history]);
  const { page, subPath } = matchSubPage(pathname);
  const SubPage = page.component;
  return (
    <main data-testid={`isms-${page.route}`}>
      <ErrorBoundary key={page.route} what={`The ${page.title.toLowerCase()} page`}>
        <Suspense fallback={<Loading what={page.title} />}>
          <SubPage accountId={context.accountId} projectKey={context.projectKey} subPath={subPath} navigate={(path) => { history.push(path); }} />
        </Suspense>
      </ErrorBoundary>
    </main>
  );
}
