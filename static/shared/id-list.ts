// Clause and control ids as people type them into a form (audit scope, finding requirements). Pure, unit-tested.

/** Comma-, semicolon- or line-separated ids: trimmed, blanks dropped, kept in the order given. */
export function parseIdList(text: string): string[] {
  return text.split(/[\s,;]+/).map((part) => part.trim()).filter((part) => part !== '');
}
