// Invalid queries: every one is a JqlError naming the clause, field, value or function, never a silent match-all.
import { compileJql, JqlError } from '../../../../local/jira/jql';
import { makeContext } from './fixture';
import { errorsOf } from './search';

const INVALID: readonly (readonly [string, string])[] = [
  // syntax errors: the parser's detail and the position, Jira style
  ['project = ', "Error in the JQL Query: mismatched input '<EOF>'"],
  ['project = ', '(line 1, character 11).'],
  ['project = ISMS AND', 'Error in the JQL Query: '],
  ['(project = ISMS', "missing ')' at '<EOF>'"],
  ['project = ISMS project = AUD', "mismatched input 'project' expecting {<EOF>, ORDER} (line 1, character 16)"],
  ['labels = audit', "mismatched input 'audit'"], // a JQL reserved word must be quoted
  ['due < startOfDay(+1d)', "extraneous input '+'"], // a signed increment must be quoted
  // unknown fields and functions
  ['foo = 1', "Field 'foo' does not exist or you do not have permission to view it."],
  ['Finding.bogus = x', "Field 'Finding.bogus' does not exist or you do not have permission to view it."],
  ['cf[99999] = x', "Field 'cf[99999]' does not exist"],
  ['project = bogus()', "Unable to find JQL function 'bogus()'."],
  ['key in linkedIssues(ISMS-1)', "Unable to find JQL function 'linkedIssues(ISMS-1)'."],
  ['assignee.property[x].y = 1', "The entity property clause 'assignee.property' is not supported"],
  // operators a field does not support
  ['duedate ~ "2026"', "The operator '~' is not supported by the 'duedate' field."],
  ['summary = "Backup"', "The operator '=' is not supported by the 'summary' field."],
  ['labels > a', "The operator '>' is not supported by the 'labels' field."],
  ['text !~ x', "The operator '!~' is not supported by the 'text' field."],
  ['Finding = x', "The operator '=' is not supported by the 'Finding' field."],
  ['"Finding kind" ~ major', "The operator '~' is not supported by the 'Finding kind' field."],
  ['key is EMPTY', "The operator 'is' is not supported by the 'key' field."],
  ['status was Open', "The operator 'was' is not supported by the 'status' field"],
  ['status changed', "The operator 'changed' is not supported by the 'status' field"],
  ['assignee = membersOf(auditors)', "The operator '=' does not support the list value 'membersOf(auditors)' for field 'assignee'."],
  ['assignee in currentUser()', "Operator 'in' does not support the non-list value 'currentUser()' for field 'assignee'."],
  // values and function arguments
  ['due = "2026-13-01"', "Date value '2026-13-01' for field 'due' is invalid."],
  ['created > "yesterday"', "Date value 'yesterday' for field 'created' is invalid."],
  ['duedate = 12', "Date value '12' for field 'duedate' is invalid."],
  ['due < startOfDay("1x")', "Duration for function 'startOfDay' should have the format (+/-)n(yMwdhm)"],
  ['created > now(1)', "Function 'now' expected '0' arguments but received '1'."],
  ['due < startOfMonth(1, 2)', "Function 'startOfMonth' expected between '0' and '1' arguments but received '2'."],
  ['assignee = nobody', "The value 'nobody' does not exist for the field 'assignee'."],
  ['assignee in membersOf(ghosts)', "Function 'membersOf' can not generate a list of usernames for group 'ghosts'"],
  ['labels = currentUser()', "A value provided by the function 'currentUser' is invalid for the field 'labels'."],
  ['due = currentUser()', "A value provided by the function 'currentUser' is invalid for the field 'due'."],
  ['"Effort points" = lots', "Value 'lots' is invalid for the number field 'Effort points'."],
  ['key = "not a key"', "The issue key 'not a key' for field 'key' is invalid."],
  ['summary ~ "*review"', "The text query '*review' for field 'summary' is not allowed to start with a wildcard."],
  // ORDER BY
  ['project = ISMS ORDER BY text', "Field 'text' does not support sorting."],
  ['project = ISMS ORDER BY description', "Field 'description' does not support sorting."],
  ['project = ISMS ORDER BY nope', "Field 'nope' does not exist or you do not have permission to view it."],
];

describe('JQL engine: invalid queries', () => {
  test.each(INVALID)('%s', (jql, fragment) => {
    const messages = errorsOf(jql);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join('\n')).toContain(fragment);
  });

  test('all problems of a query are reported together', () => {
    expect(errorsOf('foo = 1 AND bar = bogus() ORDER BY text')).toEqual([
      "Field 'foo' does not exist or you do not have permission to view it.",
      "Field 'bar' does not exist or you do not have permission to view it.",
      "Unable to find JQL function 'bogus()'.",
      "Field 'text' does not support sorting.",
    ]);
  });

  test('errors are JqlErrors carrying errorMessages, as Jira answers 400', () => {
    expect(() => compileJql('foo = 1', makeContext())).toThrow(JqlError);
  });

  test('an error inside NOT is still an error', () => {
    expect(errorsOf('NOT (project = ISMS OR foo = 1)')).toEqual([
      "Field 'foo' does not exist or you do not have permission to view it.",
    ]);
  });
});
