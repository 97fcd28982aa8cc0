// The `fields` parameter: `*all`, `*navigable`, field ids, `-field` exclusions; `id` alone returns ids only.

export type FieldDefault = '*all' | '*navigable' | 'id';

export interface FieldSelection {
  /** Only `id` (and/or `key`) was asked for: render `{ id }` / `{ id, key }` without `fields`. */
  readonly idsOnly: boolean;
  readonly withKey: boolean;
  readonly base: 'all' | 'navigable' | 'none';
  readonly include: ReadonlySet<string>;
  readonly exclude: ReadonlySet<string>;
}

export function parseFieldSelection(tokens: readonly string[], fallback: FieldDefault): FieldSelection {
  const effective = tokens.length === 0 ? [fallback] : tokens;
  const include = new Set<string>();
  const exclude = new Set<string>();
  let base: FieldSelection['base'] = 'none';
  for (const token of effective) {
    if (token === '*all') base = 'all';
    else if (token === '*navigable' && base !== 'all') base = 'navigable';
    else if (token.startsWith('-')) exclude.add(token.slice(1));
    else include.add(token);
  }
  if (base === 'none' && include.size === 0 && exclude.size > 0) base = 'navigable';
  const idsOnly = base === 'none' && [...include].every((token) => token === 'id' || token === 'key');
  return { idsOnly, withKey: include.has('key'), base, include, exclude };
}

/** True when the selection asks for at most `id`/`key`: search may then return up to 5,000 issues a page. */
export function isIdOrKeyOnly(selection: FieldSelection): boolean {
  return selection.idsOnly;
}

/** The field ids to render, in the order of `available` (the site's fields). */
export function selectFieldIds(selection: FieldSelection, available: readonly { readonly id: string; readonly navigable: boolean }[]): string[] {
  if (selection.idsOnly) return [];
  return available
    .filter((field) => {
      if (selection.exclude.has(field.id)) return false;
      if (selection.include.has(field.id)) return true;
      return selection.base === 'all' || (selection.base === 'navigable' && field.navigable);
    })
    .map((field) => field.id);
}

/** `properties=*all` or a list of keys. */
export function selectPropertyKeys(tokens: readonly string[], stored: Readonly<Record<string, unknown>>): string[] {
  if (tokens.includes('*all')) return Object.keys(stored).sort();
  return tokens.filter((key) => !key.startsWith('-') && key in stored);
}
