// The ISMS page's sub-pages: the same routes as manifest.yml's `pages`, each loaded on first visit so one
// sub-page's code does not slow the others' first render.
import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

import type { SubPageProps } from './sub-page';

export interface SubPage {
  readonly route: string;
  readonly title: string;
  readonly component: LazyExoticComponent<ComponentType<SubPageProps>>;
}

export const SUB_PAGES: readonly SubPage[] = [
  { route: 'matrix', title: 'Monitoring matrix', component: lazy(() => import('./matrix/matrix-page').then((module) => ({ default: module.MatrixPage }))) },
  { route: 'kpis', title: 'KPIs', component: lazy(() => import('./kpis/kpis-page').then((module) => ({ default: module.KpisPage }))) },
  { route: 'audits', title: 'Audit programme', component: lazy(() => import('./audits/audits-page').then((module) => ({ default: module.AuditsPage }))) },
  { route: 'reviews', title: 'Management reviews', component: lazy(() => import('./reviews/reviews-page').then((module) => ({ default: module.ReviewsPage }))) },
];

export const DEFAULT_ROUTE = 'matrix';

/** "/audits/AUD-2026-03" → the audits sub-page with "AUD-2026-03" as its own path; "/" → the default sub-page. */
export function matchSubPage(pathname: string): { readonly page: SubPage; readonly subPath: string } {
  const [first = '', ...rest] = pathname.split('/').filter((segment) => segment !== '').map(decodeURIComponent);
  const page = SUB_PAGES.find((candidate) => candidate.route === first) ?? SUB_PAGES.find((candidate) => candidate.route === DEFAULT_ROUTE);
  if (page === undefined) throw new Error('The ISMS page has no default sub-page.');
  return { page, subPath: page.route === first ? rest.join('/') : '' };
}
