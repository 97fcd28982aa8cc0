// The review's action items (9.3.3): what, who owns it and by when — the due date after the review — each later
// created as a "Review action" Jira issue and reported at the next review as input a).
import { FieldError, invalidProps, type SaveState } from '../../../shared/field-errors';
import { PeoplePicker } from '../../../shared/people-picker';
import { nextActionItemId } from './review-format';

export interface ActionItemDraft {
  readonly id: string;
  readonly description: string;
  readonly owner: string;
  readonly dueDate: string;
}

export function ActionItemsEditor({ reviewId, items, onChange, names, save }: {
  readonly reviewId: string;
  readonly items: readonly ActionItemDraft[];
  readonly onChange: (items: ActionItemDraft[]) => void;
  readonly names: ReadonlyMap<string, string>;
  readonly save: SaveState;
}) {
  const set = (index: number, change: Partial<ActionItemDraft>) => { onChange(items.map((item, at) => (at === index ? { ...item, ...change } : item))); };
  const add = () => { onChange([...items, { id: nextActionItemId(reviewId, items.map((item) => item.id)), description: '', owner: '', dueDate: '' }]); };
  return (
    <fieldset className="c9-field c9-rows" data-testid="action-items" data-field="outputs.actionItems">
      <legend>Action items</legend>
      {items.length === 0 && <p className="c9-muted">No action items.</p>}
      {items.map((item, index) => {
        const field = (name: string) => `outputs.actionItems.${index}.${name}`;
        const id = (name: string) => `c9-action-${index}-${name}`;
        return (
          <div className="c9-row-edit c9-action-edit" key={index} data-row={index} data-item-id={item.id}>
            <div className="c9-field c9-cell-id">
              <label htmlFor={id('id')}>Action id</label>
              <input id={id('id')} type="text" value={item.id} onChange={(event) => { set(index, { id: event.target.value }); }} {...invalidProps(save, field('id'))} />
              <FieldError save={save} field={field('id')} />
            </div>
            <div className="c9-field c9-cell-textarea">
              <label htmlFor={id('description')}>Action <span className="c9-visually-hidden">{item.id}</span></label>
              <textarea id={id('description')} rows={2} value={item.description} onChange={(event) => { set(index, { description: event.target.value }); }} {...invalidProps(save, field('description'))} />
              <FieldError save={save} field={field('description')} />
            </div>
            <PeoplePicker label={`Owner of ${item.id}`} single selected={item.owner === '' ? [] : [item.owner]} onChange={(owners) => { set(index, { owner: owners[0] ?? '' }); }} names={names} save={save} field={field('owner')} />
            <div className="c9-field c9-cell-date">
              <label htmlFor={id('dueDate')}>Due date of {item.id}</label>
              <input id={id('dueDate')} type="date" value={item.dueDate} onChange={(event) => { set(index, { dueDate: event.target.value }); }} {...invalidProps(save, field('dueDate'))} />
              <FieldError save={save} field={field('dueDate')} />
            </div>
            <button type="button" className="c9-button c9-button--subtle c9-row-remove" aria-label={`Remove action item ${item.id}`} onClick={() => { onChange(items.filter((_, at) => at !== index)); }}>Remove</button>
          </div>
        );
      })}
      <div><button type="button" className="c9-button" onClick={add}>Add an action item</button></div>
      {save.state === 'failed' && save.error.field === 'outputs.actionItems' && <span className="c9-field-error" data-testid="field-error" data-field="outputs.actionItems">{save.error.message}</span>}
    </fieldset>
  );
}
