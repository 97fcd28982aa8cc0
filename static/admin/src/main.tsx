import '../../shared/gadget.css';
import '../../shared/page.css';
import './admin.css';

import { view } from '@forge/bridge';
import { createRoot } from 'react-dom/client';

import { AdminPage } from './admin-page';

const container = document.getElementById('root');
if (container !== null) {
  // Theme first so the design tokens (--ds-*) resolve for light and dark Jira.
  void view.theme.enable().catch(() => undefined).finally(() => {
    createRoot(container).render(<AdminPage />);
  });
}
