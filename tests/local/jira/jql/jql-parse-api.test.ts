// /rest/api/3/jql/parse answers (ParsedJqlQueries) and the bounded-query rule of /search/jql.
import { isBoundedJql, parseJqlForApi } from '../../../../local/jira/jql';
import { makeContext } from './fixture';

const ctx = makeContext();

describe('parseJqlForApi', () => {
  test('a valid query comes back with its structure, as in the OpenAPI example', () => {
    const [parsed] = parseJqlForApi(
      ['summary ~ test AND (labels in (urgent, blocker) OR assignee = currentUser()) ORDER BY updated DESC'],
      ctx,
    ).queries;
    expect(parsed).toEqual({
      query: 'summary ~ test AND (labels in (urgent, blocker) OR assignee = currentUser()) ORDER BY updated DESC',
      structure: {
        where: {
          operator: 'and',
          clauses: [
            { field: { name: 'summary', encodedName: 'summary' }, operator: '~', operand: { value: 'test', encodedValue: 'test' } },
            {
              operator: 'or',
              clauses: [
                {
                  field: { name: 'labels', encodedName: 'labels' },
                  operator: 'in',
                  operand: {
                    values: [
                      { value: 'urgent', encodedValue: 'urgent' },
                      { value: 'blocker', encodedValue: 'blocker' },
                    ],
                    encodedOperand: '(urgent, blocker)',
                  },
                },
                {
                  field: { name: 'assignee', encodedName: 'assignee' },
                  operator: '=',
                  operand: { function: 'currentUser', arguments: [], encodedOperand: 'currentUser()' },
                },
              ],
            },
          ],
        },
        orderBy: { fields: [{ field: { name: 'updated', encodedName: 'updated' }, direction: 'desc' }] },
      },
    });
  });

  test('entity properties, NOT, EMPTY and quoted names', () => {
    const [parsed] = parseJqlForApi(['issue.property["clause9"].itemId in ("item access", x) AND NOT "Finding kind" is EMPTY'], ctx).queries;
    expect(parsed?.structure?.where).toEqual({
      operator: 'and',
      clauses: [
        {
          field: {
            name: 'issue.property[clause9].itemId',
            encodedName: 'issue.property["clause9"].itemId',
            property: [{ entity: 'issue', key: 'clause9', path: 'itemId' }],
          },
          operator: 'in',
          operand: {
            values: [
              { value: 'item access', encodedValue: '"item access"' },
              { value: 'x', encodedValue: 'x' },
            ],
            encodedOperand: '("item access", x)',
          },
        },
        {
          operator: 'not',
          clauses: [{ field: { name: 'Finding kind', encodedName: '"Finding kind"' }, operator: 'is', operand: { keyword: 'empty' } }],
        },
      ],
    });
  });

  test('syntax and validation errors, one entry per query', () => {
    const { queries } = parseJqlForApi(['invalid query', 'universe = 42', 'summary = test', 'project = ISMS'], ctx);
    expect(queries.map((query) => query.errors)).toEqual([
      [expect.stringMatching(/^Error in the JQL Query: mismatched input 'query' .* \(line 1, character 9\)\.$/)],
      ["Field 'universe' does not exist or you do not have permission to view it."],
      ["The operator '=' is not supported by the 'summary' field."],
      undefined,
    ]);
    expect(queries.map((query) => query.structure === undefined)).toEqual([true, true, true, false]);
  });

  test('validation=warn keeps the structure of a well-formed query; none skips validation', () => {
    const [warn] = parseJqlForApi(['universe = 42'], ctx, 'warn').queries;
    expect(warn?.errors).toHaveLength(1);
    expect(warn?.structure?.where).toEqual({
      field: { name: 'universe', encodedName: 'universe' },
      operator: '=',
      operand: { value: '42', encodedValue: '42' },
    });
    const [none] = parseJqlForApi(['universe = 42'], ctx, 'none').queries;
    expect(none).toEqual({ query: 'universe = 42', structure: warn?.structure });
  });

  test('history clauses parse into FieldWasClause / FieldChangedClause shapes but fail validation', () => {
    const [was] = parseJqlForApi(['status was Open before "2026/01/01"'], ctx, 'warn').queries;
    expect(was?.structure?.where).toEqual({
      field: { name: 'status', encodedName: 'status' },
      operator: 'was',
      operand: { value: 'Open', encodedValue: 'Open' },
      predicates: [{ operator: 'before', operand: { value: '2026/01/01', encodedValue: '"2026/01/01"' } }],
    });
    expect(was?.errors?.[0]).toContain("The operator 'was' is not supported by the 'status' field");
  });
});

describe('isBoundedJql', () => {
  test.each([
    ['project = ISMS', true],
    ['NOT project = ISMS', true],
    ['assignee = currentUser() ORDER BY created', true],
    ['', false],
    ['ORDER BY created DESC', false],
    ['project =', false],
  ])('%j → %s', (jql, bounded) => {
    expect(isBoundedJql(jql)).toBe(bounded);
  });
});
