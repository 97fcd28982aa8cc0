// Field errors next to their input: a resolver error's `field` (e.g. "calendar.holidays.2") belongs to the input whose
// name it equals or lies under. Shared by every form in the app pages and the finding panel.
import type { ResolverError } from '../../src/contracts/envelope';

export type SaveState = { readonly state: 'idle' | 'saving' | 'saved' } | { readonly state: 'failed'; readonly error: ResolverError };

export const IDLE: SaveState = { state: 'idle' };

/** The error for one input: the resolver's `field` is that input's name or lies under it. */
export function fieldError(save: SaveState, field: string): string | undefined {
  if (save.state !== 'failed' || save.error.field === undefined) return undefined;
  const where = save.error.field;
  return where === field || where.startsWith(`${field}.`) || where.startsWith(`${field}[`) ? save.error.message : undefined;
}

/** True when the failure names a field one of `fields` shows; otherwise the form shows the message above its buttons. */
export function shownAtField(save: SaveState, fields: readonly string[]): boolean {
  return fields.some((field) => fieldError(save, field) !== undefined);
}

const errorId = (field: string) => `c9-error-${field.replace(/[^A-Za-z0-9]/g, '-')}`;

/** Props for an input that may carry a field error: aria-invalid and aria-describedby pointing at the message. */
export function invalidProps(save: SaveState, field: string) {
  const message = fieldError(save, field);
  return message === undefined ? { 'aria-invalid': false } : { 'aria-invalid': true, 'aria-describedby': errorId(field) };
}

export function FieldError({ save, field }: { readonly save: SaveState; readonly field: string }) {
  const message = fieldError(save, field);
  return message === undefined ? null : <span className="c9-field-error" id={errorId(field)} data-testid="field-error" data-field={field}>{message}</span>;
}

/** The form-level outcome: "fix the marked field" (it may sit above or below), a conflict, or the error itself; "Saved." after success. */
export function FormOutcome({ save, fields, savedText = 'Saved.' }: { readonly save: SaveState; readonly fields: readonly string[]; readonly savedText?: string }) {
  if (save.state === 'saved') return <p className="c9-state c9-state--success" role="status" data-testid="save-ok">{savedText}</p>;
  if (save.state !== 'failed') return null;
  const { error } = save;
  if (error.code === 'CONFLICT') {
    return <p className="c9-state c9-state--error" role="alert" data-testid="save-conflict">Someone else changed this since you opened it — reload to see their change, then edit again.</p>;
  }
  if (shownAtField(save, fields)) return <p className="c9-state c9-state--error" role="alert">Not saved: fix the marked field.</p>;
  return <p className="c9-state c9-state--error" role="alert" data-testid="save-error" data-code={error.code}>Not saved: {error.message}</p>;
}
