// Field errors for forms with many inputs: every problem the contract's schema finds (checked here before sending,
// so all of them show at once) or the one the resolver answers, keyed by the payload path ("definition.title").
// An input shows the errors at its path or below it ("definition.covers" shows "definition.covers.1").
import type { ResolverError } from '../../../../src/contracts/envelope';

export type FieldErrors = ReadonlyMap<string, string>;

export const NO_ERRORS: FieldErrors = new Map();

interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The first issue per path, as the contract words it. */
export function errorsFromIssues(issues: readonly Issue[]): FieldErrors {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!errors.has(path)) errors.set(path, issue.message);
  }
  return errors;
}

/** The resolver's message is "definition.title: title must not be empty"; next to the input the rule is enough. */
export function errorsFromResolver(error: ResolverError): FieldErrors {
  if (error.field === undefined) return NO_ERRORS;
  const prefix = `${error.field}: `;
  return new Map([[error.field, error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message]]);
}

const isUnder = (path: string, field: string): boolean => path === field || path.startsWith(`${field}.`);

export function errorFor(errors: FieldErrors, field: string): string | undefined {
  for (const [path, message] of errors) if (isUnder(path, field)) return message;
  return undefined;
}

/** Errors no input of the form shows (e.g. about a whole object): the form lists them above its buttons. */
export function unplacedErrors(errors: FieldErrors, fields: readonly string[]): string[] {
  return [...errors].filter(([path]) => !fields.some((field) => isUnder(path, field))).map(([path, message]) => (path === '' ? message : `${path}: ${message}`));
}

export const errorId = (field: string): string => `c9-error-${field.replace(/[^A-Za-z0-9]/g, '-')}`;

/** aria-invalid and aria-describedby for an input that may carry an error. */
export function invalidAttributes(errors: FieldErrors, field: string) {
  return errorFor(errors, field) === undefined ? { 'aria-invalid': false } : { 'aria-invalid': true, 'aria-describedby': errorId(field) };
}

export function FieldMessage({ errors, field }: { readonly errors: FieldErrors; readonly field: string }) {
  const message = errorFor(errors, field);
  return message === undefined ? null : <span className="c9-field-error" id={errorId(field)} data-testid="field-error" data-field={field}>{message}</span>;
}
