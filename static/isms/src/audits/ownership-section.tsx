// The control ownership register the independence check reads (9.2.2 c): who owns which clauses, controls and
// processes. ISMS managers edit it (saved with the version shown, so a concurrent change answers CONFLICT).
import { useCallback, useEffect, useState } from 'react';
import type { SyntheticEvent } from 'react';

import type { ResolverError } from '../../../../src/contracts/envelope';
import { FieldError, FormOutcome, IDLE, invalidProps } from '../../../shared/field-errors';
import type { SaveState } from '../../../shared/field-errors';
import { useDisplayNames } from '../../../shared/people';
import { Loading, PageError } from '../../../shared/states';
import { fetchOwnership, fetchPeople, saveOwnership, type Person } from './api';
import { parseIdList } from '../../../shared/id-list';
import { parseLines } from './form-text';

interface Row { readonly accountId: string; readonly catalogueIds: string; readonly processes: string }
type Load = { readonly state: 'loading' } | { readonly state: 'error'; readonly error: ResolverError } | { readonly state: 'ready'; readonly version: number; readonly changedAt: string | null; readonly changedBy: string | null; readonly rows: readonly Row[] };

export function OwnershipSection({ canManage, onSaved }: { readonly canManage: boolean; readonly onSaved: () => Promise<void> }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [rows, setRows] = useState<readonly Row[]>([]);
  const [people, setPeople] = useState<readonly Person[]>([]);
  const [adding, setAdding] = useState('');
  const [save, setSave] = useState<SaveState>(IDLE);
  const reload = useCallback(async () => {
    const answer = await fetchOwnership();
    if (answer.state === 'error') { setLoad({ state: 'error', error: answer.error }); return; }
    const loaded = Object.entries(answer.data.owners).map(([accountId, owned]) => ({ accountId, catalogueIds: owned.catalogueIds.join(', '), processes: owned.processes.join('\n') }));
    setLoad({ state: 'ready', version: answer.data.version, changedAt: answer.data.changedAt, changedBy: answer.data.changedBy, rows: loaded });
    setRows(loaded);
  }, []);
  useEffect(() => { void reload(); if (canManage) void fetchPeople().then(setPeople); }, [reload, canManage]);
  const names = useDisplayNames([...rows.map((row) => row.accountId), ...(load.state === 'ready' && load.changedBy !== null ? [load.changedBy] : [])]);
  const nameOf = (accountId: string) => names.get(accountId) ?? people.find((person) => person.accountId === accountId)?.displayName ?? accountId;
  const change = (index: number, patch: Partial<Row>) => { setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row))); };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (load.state !== 'ready') return;
    setSave({ state: 'saving' });
    const owners = Object.fromEntries(rows.map((row) => [row.accountId, { catalogueIds: parseIdList(row.catalogueIds), processes: parseLines(row.processes) }]));
    void saveOwnership({ owners: owners as Parameters<typeof saveOwnership>[0]['owners'], expectedVersion: load.version }).then(async (answer) => {
      if (answer.state === 'error') { setSave({ state: 'failed', error: answer.error }); return; }
      setSave({ state: 'saved' });
      await reload();
      await onSaved();
    });
  };

  return (
    <section className="c9-section" aria-labelledby="c9-ownership-title" data-testid="ownership">
      <h2 id="c9-ownership-title">Control ownership</h2>
      <p className="c9-muted">Independence is checked against this register and against who performs or evaluates monitoring items in the matrix: nobody audits what they own.</p>
      {load.state === 'loading' && <Loading what="the ownership register" />}
      {load.state === 'error' && <PageError error={load.error} />}
      {load.state === 'ready' && (
        <form onSubmit={submit} noValidate aria-label="Control ownership">
          <table className="c9-table">
            <thead><tr><th scope="col">Owner</th><th scope="col">Clauses and controls</th><th scope="col">Processes</th>{canManage && <th scope="col"><span className="c9-visually-hidden">Remove</span></th>}</tr></thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.accountId} data-owner={row.accountId}>
                  <th scope="row">{nameOf(row.accountId)}</th>
                  {canManage ? (
                    <>
                      <td className="c9-aud-cell-input"><input type="text" aria-label={`Clauses and controls owned by ${nameOf(row.accountId)}`} value={row.catalogueIds} onChange={(event) => { change(index, { catalogueIds: event.target.value }); }} {...invalidProps(save, `owners.${row.accountId}`)} /></td>
                      <td className="c9-aud-cell-input"><textarea rows={2} aria-label={`Processes owned by ${nameOf(row.accountId)}`} value={row.processes} onChange={(event) => { change(index, { processes: event.target.value }); }} /></td>
                      <td><button type="button" className="c9-button c9-button--subtle" onClick={() => { setRows(rows.filter((_, at) => at !== index)); }}>Remove</button></td>
                    </>
                  ) : (
                    <><td>{row.catalogueIds}</td><td>{row.processes.split('\n').join('; ')}</td></>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <FieldError save={save} field="owners" />
          {canManage && (
            <>
              <div className="c9-inline c9-field">
                <label htmlFor="c9-add-owner">Add an owner</label>
                <select id="c9-add-owner" value={adding} onChange={(event) => { setAdding(event.target.value); }}>
                  <option value="">Choose a person…</option>
                  {people.filter((person) => !rows.some((row) => row.accountId === person.accountId)).map((person) => <option key={person.accountId} value={person.accountId}>{person.displayName}</option>)}
                </select>
                <button type="button" className="c9-button" disabled={adding === ''} onClick={() => { setRows([...rows, { accountId: adding, catalogueIds: '', processes: '' }]); setAdding(''); }}>Add</button>
              </div>
              <FormOutcome save={save} fields={['owners', 'expectedVersion']} />
              <div className="c9-actions"><button type="submit" className="c9-button c9-button--primary" disabled={save.state === 'saving'} data-testid="save-ownership">{save.state === 'saving' ? 'Saving…' : 'Save ownership'}</button></div>
            </>
          )}
          <p className="c9-muted" data-testid="ownership-version">
            {load.changedAt === null ? 'Never saved.' : `Version ${load.version}, last changed ${load.changedAt.slice(0, 16).replace('T', ' ')} UTC by ${nameOf(load.changedBy ?? '')}.`}
          </p>
        </form>
      )}
    </section>
  );
}
