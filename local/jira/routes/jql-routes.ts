// POST /rest/api/3/jql/parse: ParsedJqlQueries from the JQL engine (validation=strict|warn|none).
import { z } from 'zod';

import { badRequest } from '../http/jira-http-error';
import { json, type RouteDefinition } from '../http/stand-in-request';
import { parseJqlForApi, type JqlValidation } from '../jql';
import { jqlContextFor } from '../search/jql-context';
import { parseBody, route, type StandInServices } from './route-kit';

const parseBodySchema = z.object({
  queries: z.array(z.string(), { error: 'queries must be a list of JQL strings.' }).min(1, 'At least one query must be given.'),
});

const validations: readonly JqlValidation[] = ['strict', 'warn', 'none'];

function isValidation(value: string): value is JqlValidation {
  return (validations as readonly string[]).includes(value);
}

export function jqlRoutes(s: StandInServices): RouteDefinition[] {
  return [
    route('POST', '/rest/api/3/jql/parse', 'parseJqlQueries', ['read:jira-work'], ({ principal, query, body }) => {
      const validation = query.get('validation') ?? 'strict';
      if (!isValidation(validation)) throw badRequest(`The validation parameter must be one of ${validations.join(', ')}.`);
      const input = parseBody(parseBodySchema, body);
      return json(200, parseJqlForApi(input.queries, jqlContextFor(s.store, principal, s.now()), validation));
    }),
  ];
}
