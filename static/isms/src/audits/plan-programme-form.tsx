// Planning the first audit programme (9.2.2) when none exists: the cycle, how many audits a month the team can run,
// and the Statement of Applicability the plan must cover — every Annex A control applicable unless excluded with a
// justification. The domain's "little and often" planner places the audits; field errors come from programme/plan.
import { useState } from 'react';
import type { SyntheticEvent } from 'react';

import { CONTROL_THEMES } from '../../../../src/domain/iso-catalogue/catalogue-entry';
import { ANNEX_A_CONTROLS } from '../../../../src/domain/iso-catalogue/catalogue';
import { FieldError, FormOutcome, IDLE, invalidProps, type SaveState } from '../../../shared/field-errors';
import { planProgramme } from './api';
import { toPlanPayload, type PlanDraft } from './plan-draft';

const THEME_TITLES: Readonly<Record<(typeof CONTROL_THEMES)[number], string>> = {
  organizational: 'A.5 Organizational controls',
  people: 'A.6 People controls',
  physical: 'A.7 Physical controls',
  technological: 'A.8 Technological controls',
};
const FIELDS = ['programmeId', 'cycleStart', 'months', 'maxItemsPerMonth'];

export function PlanProgrammeForm({ today, onPlanned }: { readonly today: string; readonly onPlanned: () => void }) {
  const [draft, setDraft] = useState<PlanDraft>({ programmeId: `PRG-${today.slice(0, 4)}`, cycleStart: today.slice(0, 7), months: '12', maxItemsPerMonth: '2', excluded: {} });
  const [save, setSave] = useState<SaveState>(IDLE);
  const set = (change: Partial<PlanDraft>) => { setDraft({ ...draft, ...change }); };
  const exclusionIndex = (id: string) => Object.keys(draft.excluded).indexOf(id);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSave({ state: 'saving' });
    void planProgramme(toPlanPayload(draft)).then((answer) => {
      if (answer.state === 'ready') { setSave({ state: 'saved' }); onPlanned(); } else setSave({ state: 'failed', error: answer.error });
    });
  };

  const toggle = (id: string, applicable: boolean) => {
    set({ excluded: applicable ? Object.fromEntries(Object.entries(draft.excluded).filter(([control]) => control !== id)) : { ...draft.excluded, [id]: '' } });
  };

  return (
    <form className="c9-section c9-edit" onSubmit={submit} noValidate aria-label="Plan the audit programme" data-testid="plan-programme">
      <h2>Plan the audit programme</h2>
      <div className="c9-form-grid">
        <div className="c9-field"><label htmlFor="plan-id">Programme id</label><input id="plan-id" type="text" value={draft.programmeId} onChange={(event) => { set({ programmeId: event.target.value }); }} {...invalidProps(save, 'programmeId')} /><FieldError save={save} field="programmeId" /></div>
        <div className="c9-field"><label htmlFor="plan-start">First month of the cycle</label><input id="plan-start" type="month" value={draft.cycleStart} onChange={(event) => { set({ cycleStart: event.target.value }); }} {...invalidProps(save, 'cycleStart')} /><FieldError save={save} field="cycleStart" /></div>
        <div className="c9-field"><label htmlFor="plan-months">Months in the cycle</label><input id="plan-months" type="number" value={draft.months} onChange={(event) => { set({ months: event.target.value }); }} {...invalidProps(save, 'months')} /><FieldError save={save} field="months" /></div>
        <div className="c9-field"><label htmlFor="plan-max">Audits a month at most</label><input id="plan-max" type="number" value={draft.maxItemsPerMonth} onChange={(event) => { set({ maxItemsPerMonth: event.target.value }); }} {...invalidProps(save, 'maxItemsPerMonth')} /><FieldError save={save} field="maxItemsPerMonth" /></div>
      </div>
      <fieldset className="c9-field">
        <legend>Statement of Applicability: untick a control to exclude it, and say why</legend>
        {CONTROL_THEMES.map((theme) => (
          <details key={theme}>
            <summary>{THEME_TITLES[theme]} ({ANNEX_A_CONTROLS.filter((control) => control.theme === theme && !(control.id in draft.excluded)).length} applicable)</summary>
            <ul className="c9-list c9-soa">
              {ANNEX_A_CONTROLS.filter((control) => control.theme === theme).map((control) => (
                <li key={control.id}>
                  <label className="c9-check"><input type="checkbox" checked={!(control.id in draft.excluded)} onChange={(event) => { toggle(control.id, event.target.checked); }} /> {control.id} {control.title}</label>
                  {control.id in draft.excluded && (
                    <span className="c9-field">
                      <label htmlFor={`why-${control.id}`}>Why {control.id} does not apply</label>
                      <input id={`why-${control.id}`} type="text" value={draft.excluded[control.id]} onChange={(event) => { set({ excluded: { ...draft.excluded, [control.id]: event.target.value } }); }} {...invalidProps(save, `statementOfApplicability.exclusions.${String(exclusionIndex(control.id))}`)} />
                      <FieldError save={save} field={`statementOfApplicability.exclusions.${String(exclusionIndex(control.id))}`} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </details>
        ))}
      </fieldset>
      <FormOutcome save={save} fields={[...FIELDS, ...Object.keys(draft.excluded).map((_id, index) => `statementOfApplicability.exclusions.${String(index)}`)]} savedText="Programme planned." />
      <div className="c9-actions"><button type="submit" className="c9-button c9-button--primary" disabled={save.state === 'saving'} data-testid="plan-submit">{save.state === 'saving' ? 'Planning…' : 'Plan the programme'}</button></div>
    </form>
  );
}
