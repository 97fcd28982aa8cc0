// parseJqlForApi answers validated against Jira's OpenAPI document (ParsedJqlQueries).
// Note for whoever validates responses: the spec puts `additionalProperties: false` next to `anyOf` on JqlQueryClause,
// JqlQueryClauseOperand and friends, which plain JSON Schema makes unsatisfiable (the spec's own /jql/parse example
// fails AJV). We drop `additionalProperties: false` where it sits beside `anyOf`, as OpenAPI tooling effectively does.
import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseJqlForApi } from '../../../../local/jira/jql';
import { makeContext } from './fixture';

const specPath = process.env.JIRA_OPENAPI_SPEC ?? resolve(__dirname, '../../../../../shared/jira-openapi/swagger-v3.v3.json');

function relax(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(relax);
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).map(([key, value]) => [key, relax(value)] as const);
  const hasAnyOf = entries.some(([key]) => key === 'anyOf');
  return Object.fromEntries(entries.filter(([key, value]) => !(hasAnyOf && key === 'additionalProperties' && value === false)));
}

function componentsOf(spec: unknown): unknown {
  return typeof spec === 'object' && spec !== null && 'components' in spec ? spec.components : undefined;
}

const QUERIES = [
  'summary ~ test AND (labels in (urgent, blocker) OR assignee = currentUser()) ORDER BY updated DESC, key',
  'issue.property["clause9"].itemId in ("item access", x) AND NOT "Finding kind" is EMPTY',
  'status was Open before "2026/01/01" AND status changed after startOfMonth("-1M")',
  'due < startOfDay(-1) OR cf[10040] > 3 ORDER BY Finding.severity DESC',
  'invalid query',
  'universe = 42',
];

if (existsSync(specPath)) {
  describe('parseJqlForApi against swagger-v3 ParsedJqlQueries', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addSchema({ $id: 'jira', components: relax(componentsOf(JSON.parse(readFileSync(specPath, 'utf8')))) });
    const validate = ajv.getSchema('jira#/components/schemas/ParsedJqlQueries');

    test.each(['strict', 'warn', 'none'] as const)('validation=%s', (validation) => {
      const answer = parseJqlForApi(QUERIES, makeContext(), validation);
      expect(validate?.(answer) === true ? [] : validate?.errors).toEqual([]);
    });
  });
} else {
  test.todo(`Jira OpenAPI document not found at ${specPath} (set JIRA_OPENAPI_SPEC): contract check skipped`);
}
