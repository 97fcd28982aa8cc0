// The ISMS finding panel (jira:issuePanel on Finding issues): theme first, then the issue the panel is open on.
import '../../shared/gadget.css';
import '../../shared/page.css';
import './finding-panel.css';

import { view } from '@forge/bridge';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';

import { FindingPanel } from './finding-panel';

const panelContextSchema = z.object({ accountId: z.string().optional(), extension: z.object({ issue: z.object({ key: z.string().min(1) }) }) });

const container = document.getElementById('root');
if (container !== null) {
  const root = createRoot(container);
  void view.theme
    .enable()
    .catch(() => undefined)
    .then(async () => {
      const context = panelContextSchema.parse(await view.getContext());
      root.render(<FindingPanel issueKey={context.extension.issue.key} />);
    })
    .catch(() => {
      root.render(<p className="c9-state c9-state--error" role="alert">This panel could not read which issue it is on. Reload the issue.</p>);
    });
}
