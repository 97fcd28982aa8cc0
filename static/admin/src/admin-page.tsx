import { useEffect, useState } from 'react';

import { fetchAppStatus } from './api';
import type { AppStatus } from './api';

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; status: AppStatus };

export function AdminPage() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    fetchAppStatus()
      .then((envelope) => {
        setLoad(envelope.ok ? { state: 'ready', status: envelope.data } : { state: 'error', message: envelope.error.message });
      })
      .catch(() => {
        setLoad({ state: 'error', message: 'Could not reach Clause9. Reload the page; if it persists, ask your Jira admin.' });
      });
  }, []);

  return (
    <main style={{ font: 'var(--ds-font-body, 14px sans-serif)', color: 'var(--ds-text, #172B4D)', padding: 'var(--ds-space-300, 24px)' }}>
      <h1 style={{ font: 'var(--ds-font-heading-large, 600 24px sans-serif)' }}>Clause9 settings</h1>
      {load.state === 'loading' && <p role="status">Loading…</p>}
      {load.state === 'error' && <p role="alert">{load.message}</p>}
      {load.state === 'ready' && (
        <p data-testid="setup-status">
          {load.status.setUp
            ? `Set up on ${load.status.setupCompletedAt ?? ''} for ${load.status.projectKeys.join(', ')}.`
            : 'Clause9 is not set up on this site yet.'}
        </p>
      )}
    </main>
  );
}
