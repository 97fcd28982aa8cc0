// Jira-style JQL error messages. The wording follows what Jira Cloud answers in `errorMessages` (and in
// /rest/api/3/jql/parse `errors`) where we know it; every message names the clause, field, value or function at fault.
import { JqlError } from './types';

/** Collects the problems of one query so the caller gets all of them at once, as Jira does. */
export class JqlProblems {
  private readonly messages: string[] = [];

  add(message: string): void {
    if (!this.messages.includes(message)) this.messages.push(message);
  }

  get list(): readonly string[] {
    return this.messages;
  }

  throwIfAny(): void {
    if (this.messages.length > 0) throw new JqlError(this.messages);
  }
}

/** Thrown inside the compiler for one clause; the clause compiler turns it into a problem and goes on. */
export class ClauseProblem extends Error {
  override readonly name = 'ClauseProblem';
  readonly messages: readonly string[];

  constructor(...messages: readonly [string, ...string[]]) {
    super(messages.join('; '));
    this.messages = messages;
  }

  /** One problem carrying the messages of every ClauseProblem among `outcomes`. */
  static combine(...outcomes: readonly unknown[]): ClauseProblem {
    const messages = outcomes.flatMap((outcome) => (outcome instanceof ClauseProblem ? outcome.messages : []));
    const [first = 'Invalid clause.', ...more] = messages;
    return new ClauseProblem(first, ...more);
  }

  report(problems: JqlProblems): void {
    for (const message of this.messages) problems.add(message);
  }
}

export const jqlMessages = {
  syntax: (detail: string, line: number, column: number) =>
    `Error in the JQL Query: ${detail} (line ${line}, character ${column}).`,
  unknownField: (field: string) => `Field '${field}' does not exist or you do not have permission to view it.`,
  unknownFunction: (call: string) => `Unable to find JQL function '${call}'.`,
  unsupportedOperator: (operator: string, field: string) =>
    `The operator '${operator}' is not supported by the '${field}' field.`,
  historyOperator: (operator: string, field: string) =>
    `The operator '${operator}' is not supported by the '${field}' field: this Jira stand-in keeps no change history.`,
  listValueForSingleOperator: (operator: string, value: string, field: string) =>
    `The operator '${operator}' does not support the list value '${value}' for field '${field}'.`,
  singleValueForListOperator: (operator: string, value: string, field: string) =>
    `Operator '${operator}' does not support the non-list value '${value}' for field '${field}'.`,
  emptyNotSupported: (operator: string, field: string) =>
    `The operator '${operator}' does not support searching for EMPTY values for the field '${field}'.`,
  functionNotForField: (fn: string, field: string) =>
    `A value provided by the function '${fn}' is invalid for the field '${field}'.`,
  argumentCount: (fn: string, min: number, max: number, received: number) =>
    min === max
      ? `Function '${fn}' expected '${min}' arguments but received '${received}'.`
      : `Function '${fn}' expected between '${min}' and '${max}' arguments but received '${received}'.`,
  badDuration: (fn: string) =>
    `Duration for function '${fn}' should have the format (+/-)n(yMwdhm), e.g -1M for 1 month earlier.`,
  badDate: (value: string, field: string) =>
    `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', ` +
    `'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  badNumber: (value: string, field: string) => `Value '${value}' is invalid for the number field '${field}'.`,
  badIssueKey: (value: string, field: string) => `The issue key '${value}' for field '${field}' is invalid.`,
  unknownValue: (value: string, field: string) => `The value '${value}' does not exist for the field '${field}'.`,
  unknownGroup: (group: string) =>
    `Function 'membersOf' can not generate a list of usernames for group '${group}'; the group does not exist.`,
  leadingWildcard: (value: string, field: string) =>
    `The text query '${value}' for field '${field}' is not allowed to start with a wildcard.`,
  notSortable: (field: string) => `Field '${field}' does not support sorting.`,
  unsupportedProperty: (field: string) =>
    `The entity property clause '${field}' is not supported: only issue.property[key].path is.`,
} as const;
