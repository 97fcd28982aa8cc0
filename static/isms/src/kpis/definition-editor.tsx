// Defining a KPI or revising its definition. Saving sends the whole definition; the resolver checks the ISO/IEC 27004
// construct (measures, formula, thresholds against the direction, frequencies) and names the field, shown next to it.
// A revision carries the version it was made from, so someone else's change in between is a conflict, not lost.
import { useEffect, useState } from 'react';
import type { SyntheticEvent } from 'react';

import type { ResolverError } from '../../../../src/contracts/envelope';
import { FormOutcome, IDLE, type SaveState } from '../../../shared/field-errors';
import { Loading, PageError } from '../../../shared/states';
import { blankDraft, draftOf, toDefinitionPayload, type DefinitionDraft } from './definition-draft';
import { DefinitionFields, SHOWN_FIELDS } from './definition-fields';
import { createKpi, fetchKpi, updateKpi } from './kpi-api';

type Loaded = { readonly state: 'loading' } | { readonly state: 'error'; readonly error: ResolverError } | { readonly state: 'ready'; readonly draft: DefinitionDraft; readonly version: number | null };

/** The first day of this month, where a new KPI's measurements usually start. */
function firstOfThisMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-01`;
}

export function DefinitionEditor({ kpiId, accountId, canManage, navigate }: {
  readonly kpiId: string | null;
  readonly accountId: string | null;
  readonly canManage: boolean;
  readonly navigate: (path: string) => void;
}) {
  const [loaded, setLoaded] = useState<Loaded>(kpiId === null ? { state: 'ready', draft: blankDraft(accountId ?? '', firstOfThisMonth()), version: null } : { state: 'loading' });
  const [draft, setDraft] = useState<DefinitionDraft | null>(loaded.state === 'ready' ? loaded.draft : null);
  const [save, setSave] = useState<SaveState>(IDLE);

  useEffect(() => {
    if (kpiId === null) return;
    void fetchKpi(kpiId).then((answer) => {
      if (answer.state === 'error') { setLoaded({ state: 'error', error: answer.error }); return; }
      const next = draftOf(answer.data.kpi.definition);
      setLoaded({ state: 'ready', draft: next, version: answer.data.version });
      setDraft(next);
    });
  }, [kpiId]);

  const leave = () => { navigate(kpiId === null ? '/kpis' : `/kpis/${kpiId}`); };
  const title = kpiId === null ? 'Define a KPI' : `Edit ${kpiId}`;
  if (loaded.state === 'loading') return <Loading what={`KPI ${kpiId ?? ''}`} />;
  if (loaded.state === 'error') return <><h1>{title}</h1><PageError error={loaded.error} /></>;
  if (draft === null) return null;
  if (!canManage) {
    return <><h1>{title}</h1><p className="c9-state c9-state--error" role="alert">Only ISMS managers define KPIs. <button type="button" className="c9-link" onClick={leave}>Back</button></p></>;
  }

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSave({ state: 'saving' });
    const definition = toDefinitionPayload(draft);
    const saving = loaded.version === null ? createKpi(definition) : updateKpi(definition, loaded.version);
    void saving.then((answer) => {
      if (answer.state === 'error') { setSave({ state: 'failed', error: answer.error }); return; }
      setSave({ state: 'saved' });
      navigate(`/kpis/${answer.data.key}`);
    });
  };

  return (
    <>
      <h1>{title}</h1>
      <p className="c9-muted">The ISO/IEC 27004 measurement construct: the information need, what is measured and how, the indicator and when it is red, amber or green.</p>
      <form className="c9-edit c9-definition-form" onSubmit={submit} noValidate aria-label={title} data-testid="definition-form">
        <DefinitionFields draft={draft} onChange={setDraft} save={save} creating={loaded.version === null} />
        <FormOutcome save={save} fields={SHOWN_FIELDS} />
        <div className="c9-actions">
          <button type="submit" className="c9-button c9-button--primary" disabled={save.state === 'saving'} data-testid="save-definition">
            {save.state === 'saving' ? 'Saving…' : loaded.version === null ? 'Define KPI' : 'Save definition'}
          </button>
          <button type="button" className="c9-button" onClick={leave}>Cancel</button>
        </div>
      </form>
    </>
  );
}
