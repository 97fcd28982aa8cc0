// Clause9 settings for Jira administrators: setup, working-day calendar, escalation chain, access, KPI feed.
import { useCallback, useEffect, useState } from 'react';

import type { ResolverError } from '../../../src/contracts/envelope';
import type { Answer } from '../../shared/invoke';
import { Loading, PageError } from '../../shared/states';
import { fetchAppStatus, fetchSettings, fetchSetupReport, fetchWebTrigger, rotateSecret, runSetup } from './api';
import type { AdminSettings, AppStatus, RotatedSecret, SetupReport, WebTriggerInfo } from './api';
import { AccessSection, CalendarSection, EscalationSection } from './settings-sections';

const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

type Ready = { readonly status: AppStatus; readonly report: Answer<SetupReport | null>; readonly settings: Answer<AdminSettings>; readonly trigger: Answer<WebTriggerInfo> };

export function AdminPage() {
  const [savedKind, setSavedKind] = useState<string | null>(null);
  const [load, setLoad] = useState<{ state: 'loading' } | { state: 'error'; error: ResolverError } | { state: 'ready'; ready: Ready }>({ state: 'loading' });

  const reload = useCallback(async () => {
    const status = await fetchAppStatus();
    // admin/status answers first: FORBIDDEN (or an outage) shows one message instead of one per section.
    if (status.state === 'error') { setLoad({ state: 'error', error: status.error }); return; }
    const [report, settings, trigger] = await Promise.all([fetchSetupReport(), fetchSettings(), fetchWebTrigger()]);
    setLoad({ state: 'ready', ready: { status: status.data, report, settings, trigger } });
  }, []);

  useEffect(() => { void reload(); }, [reload]);

  return (
    <main>
      <h1>Clause9 settings</h1>
      {load.state === 'loading' && <Loading what="Clause9 settings" />}
      {load.state === 'error' && <PageError error={load.error} />}
      {load.state === 'ready' && (
        <>
          <SetupSection status={load.ready.status} report={load.ready.report} onRun={reload} />
          {load.ready.settings.state === 'error' ? <PageError error={load.ready.settings.error} /> : (
            <>
              <CalendarSection key={`calendar-${load.ready.settings.data.calendar.version}`} setting={load.ready.settings.data.calendar} justSaved={savedKind === 'calendar'} onSaved={() => { setSavedKind('calendar'); void reload(); }} />
              <EscalationSection key={`escalation-${load.ready.settings.data.escalation.version}`} setting={load.ready.settings.data.escalation} justSaved={savedKind === 'escalation'} onSaved={() => { setSavedKind('escalation'); void reload(); }} />
              <AccessSection key={`access-${load.ready.settings.data.access.version}`} setting={load.ready.settings.data.access} justSaved={savedKind === 'access'} onSaved={() => { setSavedKind('access'); void reload(); }} />
            </>
          )}
          <KpiFeedSection trigger={load.ready.trigger} onRotated={reload} />
        </>
      )}
    </main>
  );
}

const OUTCOME_TONE = { created: 'c9-tone-success', adopted: 'c9-tone-discovery', failed: 'c9-tone-danger', skipped: 'c9-tone-neutral' } as const;

function SetupSection({ status, report, onRun }: { readonly status: AppStatus; readonly report: Answer<SetupReport | null>; readonly onRun: () => Promise<void> }) {
  const [run, setRun] = useState<{ state: 'idle' | 'running' } | { state: 'failed'; error: ResolverError }>({ state: 'idle' });
  const start = () => {
    setRun({ state: 'running' });
    void runSetup().then(async (answer) => {
      if (answer.state === 'error') { setRun({ state: 'failed', error: answer.error }); return; }
      setRun({ state: 'idle' });
      await onRun();
    });
  };
  return (
    <section className="c9-section" aria-labelledby="c9-setup-title" data-testid="section-setup">
      <h2 id="c9-setup-title">Setup</h2>
      <p data-testid="setup-status">
        {status.setUp ? `Set up on ${status.setupCompletedAt ?? ''} for ${status.projectKeys.join(', ')}.` : 'Clause9 is not set up on this site yet.'}
      </p>
      <p className="c9-muted">Setup creates or adopts the ISMS project, Clause9’s issue types, fields and links. Running it again is safe: what exists is adopted.</p>
      <div className="c9-actions">
        <button type="button" className="c9-button c9-button--primary" onClick={start} disabled={run.state === 'running'} data-testid="run-setup">
          {run.state === 'running' ? 'Running setup…' : status.setUp ? 'Re-run setup' : 'Run setup'}
        </button>
      </div>
      {run.state === 'running' && <p className="c9-state" role="status" aria-live="polite">Running setup — this can take a minute.</p>}
      {run.state === 'failed' && <PageError error={run.error} />}
      {report.state === 'error' && <PageError error={report.error} />}
      {report.state === 'ready' && (report.data === null ? <p className="c9-muted">Setup has not run yet.</p> : <SetupReportTable report={report.data} />)}
    </section>
  );
}

function SetupReportTable({ report }: { readonly report: SetupReport }) {
  const failed = report.steps.filter((step) => step.outcome === 'failed').length;
  return (
    <>
      <p className={`c9-state ${report.complete ? 'c9-state--success' : 'c9-state--error'}`} data-testid="setup-report-summary">
        Last run {when(report.finishedAt)}: {report.complete ? 'complete' : `incomplete — ${failed} step${failed === 1 ? '' : 's'} failed; fix the cause and re-run setup`}.
      </p>
      <table className="c9-table" data-testid="setup-report">
        <caption>Last setup report</caption>
        <thead><tr><th scope="col">What</th><th scope="col">Outcome</th><th scope="col">Detail</th></tr></thead>
        <tbody>
          {report.steps.map((step, index) => (
            <tr key={`${step.what}-${index}`} data-outcome={step.outcome}>
              <td>{step.what}</td>
              <td><span className={`c9-badge ${OUTCOME_TONE[step.outcome]}`}>{step.outcome}</span></td>
              <td>{step.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function KpiFeedSection({ trigger, onRotated }: { readonly trigger: Answer<WebTriggerInfo>; readonly onRotated: () => Promise<void> }) {
  const [rotation, setRotation] = useState<{ state: 'idle' | 'confirming' | 'rotating' } | { state: 'failed'; error: ResolverError } | { state: 'done'; rotated: RotatedSecret }>({ state: 'idle' });
  const rotate = () => {
    setRotation({ state: 'rotating' });
    void rotateSecret().then((answer) => {
      setRotation(answer.state === 'ready' ? { state: 'done', rotated: answer.data } : { state: 'failed', error: answer.error });
    });
  };
  return (
    <section className="c9-section" aria-labelledby="c9-kpi-title" data-testid="section-kpi-feed">
      <h2 id="c9-kpi-title">KPI feed</h2>
      {trigger.state === 'error' && <PageError error={trigger.error} />}
      {trigger.state === 'ready' && (
        <>
          <p>Feeders post measurements to this web trigger URL, signed with HMAC-SHA256 (see the KPI ingestion guide):</p>
          <p><code className="c9-code" data-testid="webtrigger-url">{trigger.data.url}</code></p>
          <p className="c9-muted" data-testid="secret-status">
            {trigger.data.secretConfigured && trigger.data.rotatedAt !== null
              ? `Signing secret last rotated ${when(trigger.data.rotatedAt)}${trigger.data.rotatedBy === null ? '' : ` by ${trigger.data.rotatedBy}`}.`
              : 'No signing secret yet: the web trigger refuses every request until you rotate one in.'}
          </p>
        </>
      )}
      {rotation.state === 'confirming' ? (
        <div className="c9-state c9-state--warning" role="alertdialog" aria-labelledby="c9-rotate-warning">
          <p id="c9-rotate-warning">Rotating replaces the secret at once: feeders signing with the old one are refused until they get the new one.</p>
          <div className="c9-actions">
            <button type="button" className="c9-button c9-button--primary" onClick={rotate} autoFocus>Rotate now</button>
            <button type="button" className="c9-button" onClick={() => { setRotation({ state: 'idle' }); }}>Cancel</button>
          </div>
        </div>
      ) : (
        <div className="c9-actions">
          <button type="button" className="c9-button" disabled={rotation.state === 'rotating'} onClick={() => { setRotation({ state: 'confirming' }); }} data-testid="rotate-secret">
            {rotation.state === 'rotating' ? 'Rotating…' : 'Rotate secret'}
          </button>
        </div>
      )}
      {rotation.state === 'failed' && <PageError error={rotation.error} />}
      {rotation.state === 'done' && (
        <div className="c9-state c9-state--warning" role="status" data-testid="new-secret">
          <p><strong>Copy the new secret now — it is shown only once.</strong> Clause9 keeps no readable copy; if you lose it, rotate again.</p>
          <p><label htmlFor="c9-new-secret">New signing secret</label></p>
          <input id="c9-new-secret" type="text" readOnly value={rotation.rotated.secret} className="c9-code" onFocus={(event) => { event.target.select(); }} />
          <div className="c9-actions">
            <button type="button" className="c9-button" onClick={() => { setRotation({ state: 'idle' }); void onRotated(); }}>I have copied it — hide</button>
          </div>
        </div>
      )}
    </section>
  );
}
