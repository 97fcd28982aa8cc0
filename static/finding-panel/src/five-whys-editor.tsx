// 5 whys: each answer says why the one before happened; the last answer is the root cause. Whys can be added and
// removed (five is a rule of thumb, not a limit).
import { FieldError, invalidProps } from '../../shared/field-errors';
import type { SaveState } from '../../shared/field-errors';
import { edited } from './root-cause-draft';

const WHYS = 'rootCause.technique.whys';

export function FiveWhysEditor({ whys, onChange, save }: { readonly whys: readonly string[]; readonly onChange: (whys: readonly string[]) => void; readonly save: SaveState }) {
  return (
    <fieldset className="c9-field c9f-whys" data-testid="five-whys">
      <legend>5 whys</legend>
      <p className="c9-hint">Start from the problem: why did it happen? Then ask why of each answer. The last answer is the root cause.</p>
      <ol className="c9f-why-list">
        {whys.map((why, index) => {
          const field = `${WHYS}.${String(index)}`;
          const last = index === whys.length - 1;
          const id = `c9f-why-${String(index)}`;
          return (
            <li key={index} className="c9f-why">
              <label htmlFor={id}>Why {index + 1}{last && <span className="c9-badge c9-tone-discovery c9f-root-badge">root cause</span>}</label>
              <div className="c9f-row">
                <input type="text" id={id} name={field} value={why} {...invalidProps(save, field)} onChange={(event) => { onChange(edited(whys, index, event.target.value)); }} />
                {whys.length > 1 && (
                  <button type="button" className="c9-button c9-button--subtle" aria-label={`Remove why ${String(index + 1)}`} onClick={() => { onChange(edited(whys, index, undefined)); }}>Remove</button>
                )}
              </div>
              <FieldError save={save} field={field} />
            </li>
          );
        })}
      </ol>
      {save.state === 'failed' && save.error.field === WHYS && <FieldError save={save} field={WHYS} />}
      <div className="c9-actions">
        <button type="button" className="c9-button" onClick={() => { onChange(edited(whys, whys.length, '')); }}>Add why</button>
      </div>
    </fieldset>
  );
}
