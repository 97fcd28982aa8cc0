// The shapes of the ISO/IEC 27001:2022 reference catalogue. The catalogue is the standard, not the organisation's
// practice: an org's own controls and monitoring items point at these entries by id.

export type ControlTheme = 'organizational' | 'people' | 'physical' | 'technological';

export const CONTROL_THEMES: readonly ControlTheme[] = ['organizational', 'people', 'physical', 'technological'];

/** A requirement clause of the standard's body (4–10) or one of its sub-clauses. */
export interface Clause<Id extends string = string> {
  readonly kind: 'clause';
  readonly id: Id;
  readonly title: string;
  /** The enclosing clause ("9.2" for "9.2.1"); null for the top-level clauses 4–10. */
  readonly parent: Id | null;
}

/** One of the 93 Annex A reference controls. */
export interface AnnexAControl<Id extends string = string> {
  readonly kind: 'control';
  readonly id: Id;
  readonly title: string;
  readonly theme: ControlTheme;
}

/** Short titles, keyed by id, in the standard's order. */
export type TitleTable = readonly (readonly [id: string, title: string])[];

export function defineControls<const T extends TitleTable>(theme: ControlTheme, table: T): readonly AnnexAControl<T[number][0]>[] {
  return table.map(([id, title]): AnnexAControl<T[number][0]> => ({ kind: 'control', id, title, theme }));
}
