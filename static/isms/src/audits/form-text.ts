// What people type into the audit forms, turned into what the resolvers take. Pure, so it is unit-tested.

/** One entry per line (process names contain commas), trimmed, blanks dropped. */
export function parseLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

/** The description as stored: the auditor's statement, then the objective evidence when given. */
export function findingDescription(description: string, evidence: string): string {
  const statement = description.trim();
  const seen = evidence.trim();
  // A blank statement stays blank, so the resolver names the missing description instead of accepting evidence alone.
  return statement === '' || seen === '' ? statement : `${statement}\n\nObjective evidence:\n${seen}`;
}
