// The nonconformity's record, one section per part of 10.2: containment and correction (a), root cause (b).
import type { Finding } from '../../../src/domain/finding';
import type { FindingPanelView } from './api';
import { RootCauseView } from './root-cause-view';

export function ContainmentSection({ finding }: { readonly finding: Finding }) {
  if (!('containment' in finding)) return null;
  const { containment } = finding;
  return (
    <section className="c9-section" aria-labelledby="c9f-containment-title" data-testid="containment">
      <h2 id="c9f-containment-title">Containment and correction <span className="c9-muted">10.2 a</span></h2>
      <p>{containment.correction}</p>
      {containment.consequences !== undefined && <p><span className="c9-muted">Consequences:</span> {containment.consequences}</p>}
      <p className="c9-muted">Contained on {containment.containedOn}</p>
    </section>
  );
}

export function RootCauseSection({ view }: { readonly view: FindingPanelView }) {
  return (
    <section className="c9-section" aria-labelledby="c9f-root-title" data-testid="root-cause-section">
      <h2 id="c9f-root-title">Root cause <span className="c9-muted">10.2 b</span></h2>
      {view.rootCause === null
        ? <p className="c9-muted">{view.finding.status === 'reopened' ? 'Reopened: the earlier analysis proved wrong or incomplete — record a new one.' : 'Not analysed yet. It is recorded after containment.'}</p>
        : <RootCauseView analysis={view.rootCause.analysis} statement={view.rootCause.statement} />}
    </section>
  );
}
