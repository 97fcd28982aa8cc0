// Starts a gadget: theme first (so --ds-* tokens resolve in light and dark), then the context decides view or edit.
import './gadget.css';

import { view } from '@forge/bridge';
import { createRoot } from 'react-dom/client';
import type { ReactElement } from 'react';

import type { GadgetContext } from './context';
import { readGadgetContext } from './context';

export function bootGadget(render: (context: GadgetContext) => ReactElement): void {
  const container = document.getElementById('root');
  if (container === null) return;
  const root = createRoot(container);
  void view.theme
    .enable()
    .catch(() => undefined)
    .then(readGadgetContext)
    .then((context) => {
      document.documentElement.setAttribute('data-gadget-mode', context.mode);
      root.render(render(context));
    })
    .catch(() => {
      root.render(<p className="c9-state c9-state--error" role="alert">This gadget could not read its Jira context. Reload the dashboard.</p>);
    });
}
