// The panel on an issue that carries no Clause9 finding. A Finding issue someone created in Jira itself is offered
// to be recorded as one (to those who may edit it); any other issue is told it is not a finding, and why.
import { useEffect, useState } from 'react';

import type { Loaded } from '../../shared/invoke';
import { Loading } from '../../shared/states';
import { loadRecordable } from './api';
import type { RecordableIssue } from './api';
import { RecordFindingForm } from './record-finding-form';

function NotAFinding({ message }: { readonly message: string }) {
  return (
    <div className="c9-state" data-testid="not-a-finding">
      <strong>This issue is not a Clause9 finding.</strong>
      <p>The ISMS finding panel follows nonconformities, observations and opportunities for improvement raised in Clause9 — from an internal audit, a monitoring check, a management review or an incident. Nothing to do here.</p>
      <p className="c9-muted">{message}</p>
    </div>
  );
}

function Unrecorded({ issue, onRecorded, onReload }: { readonly issue: RecordableIssue; readonly onRecorded: () => void; readonly onReload: () => void }) {
  return (
    <section className="c9-section" aria-labelledby="c9f-unrecorded-title" data-testid="unrecorded-finding">
      <h2 id="c9f-unrecorded-title">Not followed in Clause9 yet</h2>
      <p>{issue.issueKey} is a Finding issue created in Jira. Record it as a finding to follow it through ISO/IEC 27001 10.2: containment, root cause, corrective actions and the effectiveness review. Its summary and description stay as they are.</p>
      {issue.canEdit
        ? <RecordFindingForm issue={issue} onRecorded={onRecorded} onReload={onReload} />
        : <p className="c9-muted" data-testid="record-needs-edit">Someone who may edit this issue can record it here.</p>}
    </section>
  );
}

export function UnrecordedIssue({ issueKey, message, onRecorded, onReload }: { readonly issueKey: string; readonly message: string; readonly onRecorded: () => void; readonly onReload: () => void }) {
  const [load, setLoad] = useState<Loaded<RecordableIssue>>({ state: 'loading' });
  useEffect(() => {
    void loadRecordable(issueKey).then(setLoad);
  }, [issueKey]);
  if (load.state === 'loading') return <Loading what="the issue" />;
  if (load.state === 'error' || !load.data.recordable) return <NotAFinding message={load.state === 'ready' ? (load.data.reason ?? message) : message} />;
  return <Unrecorded issue={load.data} onRecorded={onRecorded} onReload={onReload} />;
}
