// The Monitoring matrix sub-page of the ISMS project page: the matrix table (filters, counts, add/edit/activate/
// retire, history, CSV export), the CSV import, and the completed monitoring schedule. Its own path picks the tab:
// "" the matrix, "import", "schedule".
import './matrix.css';

import { useCallback, useEffect, useState } from 'react';

import type { ResolverError } from '../../../../src/contracts/envelope';
import type { IsmsAccess } from '../../../../src/contracts/isms-access';
import type { MatrixList } from '../../../../src/contracts/matrix-payloads';
import { useDisplayNames } from '../../../shared/people';
import { Loading, PageError } from '../../../shared/states';
import type { SubPageProps } from '../sub-page';
import { CompletedSchedule } from './completed-schedule';
import { CsvImport } from './csv-import';
import { accessOrReadOnly, fetchIsmsAccess } from '../isms-access';
import { fetchMatrix } from './matrix-api';
import { MatrixView } from './matrix-view';

const TABS = [
  { path: '', label: 'Matrix' },
  { path: 'import', label: 'Import CSV' },
  { path: 'schedule', label: 'Completed schedule' },
] as const;
type TabPath = (typeof TABS)[number]['path'];

type Loaded = { readonly state: 'loading' } | { readonly state: 'error'; readonly error: ResolverError } | { readonly state: 'ready'; readonly list: MatrixList; readonly access: IsmsAccess };

export function MatrixPage({ accountId, subPath, navigate }: SubPageProps) {
  const tab: TabPath = TABS.find((candidate) => candidate.path === subPath.split('/')[0])?.path ?? '';
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);
  const viewer = useDisplayNames(accountId === null ? [] : [accountId]);

  const reload = useCallback(async () => {
    const [list, access] = await Promise.all([fetchMatrix(), fetchIsmsAccess()]);
    if (list.state === 'error') { setLoaded(list); return; }
    setLoaded({ state: 'ready', list: list.data, access: accessOrReadOnly(access) });
  }, []);
  useEffect(() => { void reload(); }, [reload]);

  const changed = (message: string) => { setNotice(message); void reload(); };
  const go = (path: TabPath) => { setNotice(null); navigate(path === '' ? '/matrix' : `/matrix/${path}`); };

  return (
    <div className="c9-matrix-page">
      <h1>Monitoring matrix</h1>
      <nav aria-label="Monitoring matrix views">
        <ul className="c9-tabs">
          {TABS.map((candidate) => (
            <li key={candidate.path}>
              <a href={`#${candidate.path}`} aria-current={candidate.path === tab ? 'page' : undefined} data-testid={`tab-${candidate.path === '' ? 'matrix' : candidate.path}`}
                onClick={(event) => { event.preventDefault(); go(candidate.path); }}>{candidate.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {notice !== null && <p className="c9-state c9-state--success c9-no-print" role="status" data-testid="matrix-notice">{notice}</p>}
      {loaded.state === 'loading' && <Loading what="the monitoring matrix" />}
      {loaded.state === 'error' && <PageError error={loaded.error} />}
      {loaded.state === 'ready' && tab === '' && <MatrixView list={loaded.list} access={loaded.access} accountId={accountId} onChanged={changed} />}
      {loaded.state === 'ready' && tab === 'import' && <CsvImport access={loaded.access} onImported={changed} />}
      {loaded.state === 'ready' && tab === 'schedule' && (
        <CompletedSchedule today={loaded.list.today} viewerName={accountId === null ? 'an unknown user' : (viewer.get(accountId) ?? accountId)} />
      )}
    </div>
  );
}
