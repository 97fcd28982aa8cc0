// Fishbone (Ishikawa): candidate causes under each category — an empty category is a record too ("examined, nothing
// found") — and the one cause judged to be the root cause.
import { FieldError, invalidProps } from '../../shared/field-errors';
import type { SaveState } from '../../shared/field-errors';
import type { FishboneCategory } from '../../../src/domain/root-cause';
import { FISHBONE_CATEGORIES } from '../../../src/domain/root-cause';
import { edited, FISHBONE_LABELS } from './root-cause-draft';
import type { RootCauseDraft } from './root-cause-draft';

type Fishbone = Pick<RootCauseDraft, 'causes' | 'chosen'>;

/** Removing a cause keeps the choice on the same cause (or clears it when that cause is removed). */
function afterRemoval(chosen: RootCauseDraft['chosen'], category: FishboneCategory, index: number): RootCauseDraft['chosen'] {
  if (chosen?.category !== category || chosen.index < index) return chosen;
  return chosen.index === index ? null : { category, index: chosen.index - 1 };
}

export function FishboneEditor({ value, onChange, save }: { readonly value: Fishbone; readonly onChange: (value: Fishbone) => void; readonly save: SaveState }) {
  const setCause = (category: FishboneCategory, index: number, cause: string | undefined) => {
    const causes = { ...value.causes, [category]: edited(value.causes[category], index, cause) };
    onChange({ causes, chosen: cause === undefined ? afterRemoval(value.chosen, category, index) : value.chosen });
  };
  return (
    <div className="c9f-fishbone" data-testid="fishbone">
      <p className="c9-hint">List the candidate causes under each category, then choose the root cause. Leave a category empty when nothing was found there.</p>
      {FISHBONE_CATEGORIES.map((category) => (
        <fieldset key={category} className="c9-field c9f-bone">
          <legend>{FISHBONE_LABELS[category]}</legend>
          {value.causes[category].map((cause, index) => {
            const field = `rootCause.technique.causes.${category}.${String(index)}`;
            const id = `c9f-cause-${category}-${String(index)}`;
            const chosen = value.chosen?.category === category && value.chosen.index === index;
            return (
              <div key={index} className="c9f-cause">
                <div className="c9f-row">
                  <label htmlFor={id} className="c9-visually-hidden">{FISHBONE_LABELS[category]} cause {index + 1}</label>
                  <input type="text" id={id} name={field} value={cause} {...invalidProps(save, field)} onChange={(event) => { setCause(category, index, event.target.value); }} />
                  <label className="c9-check c9f-choose">
                    <input type="radio" name="c9f-root-cause" checked={chosen} onChange={() => { onChange({ ...value, chosen: { category, index } }); }} />
                    Root cause
                  </label>
                  <button type="button" className="c9-button c9-button--subtle" aria-label={`Remove ${FISHBONE_LABELS[category]} cause ${String(index + 1)}`} onClick={() => { setCause(category, index, undefined); }}>Remove</button>
                </div>
                <FieldError save={save} field={field} />
              </div>
            );
          })}
          <div className="c9-actions">
            <button type="button" className="c9-button c9-button--subtle" onClick={() => { setCause(category, value.causes[category].length, ''); }}>Add {FISHBONE_LABELS[category].toLowerCase()} cause</button>
          </div>
        </fieldset>
      ))}
      <FieldError save={save} field="rootCause.technique.rootCause" />
    </div>
  );
}
