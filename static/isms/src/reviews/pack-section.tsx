// The review pack (9.3.2) before the meeting: built from live data (Jira findings, corrective actions, checks, KPIs,
// audits, the previous review's action items) plus the typed-in inputs, as of a date. It can be rebuilt until the
// review is held; each rebuild replaces the previous pack.
import { useState } from 'react';

import type { ReviewViewData } from '../../../../src/contracts/management-review-views';
import type { ReviewPack } from '../../../../src/domain/management-review/review-pack';
import { FieldError, FormOutcome, IDLE, invalidProps, type SaveState } from '../../../shared/field-errors';
import { EmptyState } from '../../../shared/states';
import { buildPack } from './api';
import { PackView } from './pack-view';

export function PackSection({ review, pack, canManage, onBuilt }: {
  readonly review: ReviewViewData;
  readonly pack: ReviewPack | null;
  readonly canManage: boolean;
  readonly onBuilt: () => void;
}) {
  const [asOf, setAsOf] = useState('');
  const [save, setSave] = useState<SaveState>(IDLE);
  const build = () => {
    setSave({ state: 'saving' });
    void buildPack(review.id, asOf === '' ? undefined : asOf).then((answer) => {
      setSave(answer.state === 'ready' ? { state: 'saved' } : { state: 'failed', error: answer.error });
      if (answer.state === 'ready') onBuilt();
    });
  };
  return (
    <section className="c9-section" aria-labelledby="c9-pack-title" data-testid="pack-section">
      <h2 id="c9-pack-title">Review pack (9.3.2 inputs)</h2>
      {canManage && (
        <div className="c9-toolbar c9-no-print">
          <div className="c9-field">
            <label htmlFor="c9-pack-as-of">Live data as of</label>
            <input id="c9-pack-as-of" type="date" value={asOf} onChange={(event) => { setAsOf(event.target.value); }} {...invalidProps(save, 'asOf')} />
            <span className="c9-hint">Empty: today.</span>
            <FieldError save={save} field="asOf" />
          </div>
          <button type="button" className="c9-button c9-button--primary" onClick={build} disabled={save.state === 'saving'} data-testid="build-pack">
            {save.state === 'saving' ? 'Building…' : pack === null ? 'Build pack from live data' : 'Rebuild pack from live data'}
          </button>
        </div>
      )}
      {canManage && <FormOutcome save={save} fields={['asOf']} savedText="Pack built from live data." />}
      {pack === null ? (
        <EmptyState title="No pack yet">
          {canManage ? 'Type in the inputs below that only people know (issues, interested parties, objectives, risk, resources), then build the pack: Clause9 adds findings, corrective actions, checks, KPIs, audits and previous actions from live data.' : 'The ISMS manager builds the pack before the meeting.'}
        </EmptyState>
      ) : (
        <PackView pack={pack} />
      )}
    </section>
  );
}
