// A field error for a group (a list of measures, the audience) shown only when the resolver names the group itself,
// not one of its entries: the entry's own input shows that one, so nothing is said twice.
import type { SaveState } from '../../../shared/field-errors';

export function exactError(save: SaveState, field: string): string | undefined {
  if (save.state !== 'failed' || save.error.field === undefined) return undefined;
  return save.error.field === field ? save.error.message : undefined;
}

export function ExactFieldError({ save, field, id }: { readonly save: SaveState; readonly field: string; readonly id?: string }) {
  const message = exactError(save, field);
  return message === undefined ? null : <span className="c9-field-error" id={id} data-testid="field-error" data-field={field}>{message}</span>;
}
