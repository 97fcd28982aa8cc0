// Forge app field values: PUT /rest/api/3/app/field/{fieldIdOrKey}/value and POST /rest/api/3/app/field/value.
import { z } from 'zod';

import { boolParam } from '../http/query-params';
import { noContent, type RouteDefinition } from '../http/stand-in-request';
import { parseBody, route, type StandInServices } from './route-kit';

const issueIds = z.array(z.number({ error: 'Issue ids must be numbers.' }).int(), { error: 'issueIds must be a list of issue ids.' });

const singleFieldBody = z.object({
  updates: z.array(z.object({ issueIds, value: z.unknown() }), { error: 'updates must be a list.' }),
});

const multipleFieldsBody = z.object({
  updates: z.array(z.object({ customField: z.string({ error: 'customField must be a field id.' }), issueIds, value: z.unknown() }), { error: 'updates must be a list.' }),
});

export function appFieldRoutes(s: StandInServices): RouteDefinition[] {
  const options = (query: URLSearchParams): { generateChangelog: boolean; generateAppEvents: boolean } => ({
    generateChangelog: boolParam(query, 'generateChangelog', true),
    generateAppEvents: boolParam(query, 'generateAppEvents', true),
  });
  return [
    route('PUT', '/rest/api/3/app/field/{fieldIdOrKey}/value', 'updateCustomFieldValue', [], ({ principal, params, query, body }) => {
      const input = parseBody(singleFieldBody, body);
      const field = params.fieldIdOrKey ?? '';
      s.appFields.write(principal, input.updates.map((update) => ({ field, issueIds: update.issueIds, value: update.value })), options(query));
      return noContent();
    }),
    route('POST', '/rest/api/3/app/field/value', 'updateMultipleCustomFieldValues', [], ({ principal, query, body }) => {
      const input = parseBody(multipleFieldsBody, body);
      s.appFields.write(principal, input.updates.map((update) => ({ field: update.customField, issueIds: update.issueIds, value: update.value })), options(query));
      return noContent();
    }),
  ];
}
