// The ISMS project page: theme first (design tokens for light and dark), then the Jira context and the page's
// history (view.createHistory: Jira's sub-page navigation changes the route; the app pushes its own).
import '../../shared/gadget.css';
import '../../shared/page.css';
import './isms.css';

import { view } from '@forge/bridge';
import { createRoot } from 'react-dom/client';

import { IsmsShell } from './shell';
import { readPageContext } from './page-context';

const container = document.getElementById('root');
if (container !== null) {
  const root = createRoot(container);
  void view.theme
    .enable()
    .catch(() => undefined)
    .then(async () => {
      const [context, history] = await Promise.all([readPageContext(), view.createHistory()]);
      root.render(<IsmsShell context={context} history={history} />);
    })
    .catch(() => {
      root.render(<p className="c9-state c9-state--error" role="alert">This page could not read its Jira context. Reload the page.</p>);
    });
}
