// The corrective actions being planned (10.2 c): what will be done, how anyone can tell it is done, who owns it, by
// when. Each becomes a "Corrective action" issue linked to the finding. Used by plan and replan.
import type { SaveState } from '../../shared/field-errors';
import { FieldError } from '../../shared/field-errors';
import type { Person } from './api';
import { DateField, optional, TextField } from './fields';
import { OwnerPicker } from './owner-picker';

export interface ActionDraft {
  readonly summary: string;
  readonly description: string;
  readonly completionCriterion: string;
  readonly owner: Person | null;
  readonly dueDate: string;
}

export const NEW_ACTION: ActionDraft = { summary: '', description: '', completionCriterion: '', owner: null, dueDate: '' };

export function actionPayload(draft: ActionDraft): Record<string, unknown> {
  return {
    ...optional('summary', draft.summary),
    description: draft.description,
    completionCriterion: draft.completionCriterion,
    owner: draft.owner?.accountId ?? null,
    dueDate: draft.dueDate === '' ? null : draft.dueDate,
  };
}

export function ActionDrafts({ drafts, onChange, save, minimum }: {
  readonly drafts: readonly ActionDraft[];
  readonly onChange: (drafts: readonly ActionDraft[]) => void;
  readonly save: SaveState;
  /** 1 for a nonconformity (at least one action); 0 for an observation or OFI. */
  readonly minimum: number;
}) {
  const set = (index: number, draft: ActionDraft) => { onChange(drafts.map((each, at) => (at === index ? draft : each))); };
  return (
    <div className="c9f-drafts" data-testid="action-drafts">
      {drafts.map((draft, index) => {
        const at = `actions.${String(index)}`;
        return (
          <fieldset key={index} className="c9-field c9f-draft" data-testid="action-draft">
            <legend>Corrective action {index + 1}</legend>
            <TextField field={`${at}.description`} label="What will be done" multiline required save={save} value={draft.description}
              hint="Specific: who does what, where. Avoid “improve” or “look into”." onChange={(description) => { set(index, { ...draft, description }); }} />
            <TextField field={`${at}.completionCriterion`} label="Done when" required save={save} value={draft.completionCriterion}
              hint="Measurable: a number, a date or an artefact (e.g. “checklist v3 published”)." onChange={(completionCriterion) => { set(index, { ...draft, completionCriterion }); }} />
            <div className="c9f-pair">
              <OwnerPicker field={`${at}.owner`} owner={draft.owner} save={save} onChange={(owner) => { set(index, { ...draft, owner }); }} />
              <DateField field={`${at}.dueDate`} label="Due date" save={save} value={draft.dueDate} onChange={(dueDate) => { set(index, { ...draft, dueDate }); }} />
            </div>
            <TextField field={`${at}.summary`} label="Issue summary" hint="Optional; the start of the description otherwise." save={save} value={draft.summary}
              onChange={(summary) => { set(index, { ...draft, summary }); }} />
            {drafts.length > minimum && (
              <div className="c9-actions">
                <button type="button" className="c9-button c9-button--subtle" onClick={() => { onChange(drafts.filter((_, each) => each !== index)); }}>Remove action {index + 1}</button>
              </div>
            )}
          </fieldset>
        );
      })}
      {save.state === 'failed' && /^actions(\.\d+)?$/.test(save.error.field ?? '') && <FieldError save={save} field="actions" />}
      <div className="c9-actions">
        <button type="button" className="c9-button" onClick={() => { onChange([...drafts, NEW_ACTION]); }}>Add corrective action</button>
      </div>
    </div>
  );
}
