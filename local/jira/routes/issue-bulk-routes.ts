// POST /rest/api/3/issue/bulk (create ≤ 50, per-element errors) and POST /rest/api/3/issue/bulkfetch (read ≤ 100).
import { z } from 'zod';

import { badRequest, JiraHttpError } from '../http/jira-http-error';
import { json, type RouteDefinition } from '../http/stand-in-request';
import { parseFieldSelection } from '../issues/field-selection';
import { parseBody, route, type StandInServices } from './route-kit';

export const maxBulkCreate = 50;
export const maxBulkFetch = 100;

const bulkCreateBody = z.object({ issueUpdates: z.array(z.unknown(), { error: 'issueUpdates must be a list of issues.' }) });

const bulkFetchBody = z.object({
  issueIdsOrKeys: z.array(z.string(), { error: 'issueIdsOrKeys must be a list of issue ids or keys.' }),
  fields: z.array(z.string()).optional(),
  expand: z.array(z.string()).optional(),
  properties: z.array(z.string()).optional(),
  fieldsByKeys: z.boolean().optional(),
});

export function issueBulkRoutes(s: StandInServices): RouteDefinition[] {
  return [
    route('POST', '/rest/api/3/issue/bulk', 'createIssues', ['write:jira-work'], ({ principal, body }) => {
      const { issueUpdates } = parseBody(bulkCreateBody, body);
      if (issueUpdates.length > maxBulkCreate) {
        // The document gives this operation's 400 the CreatedIssues shape, so the request-level error travels in it.
        const message = `You can create at most ${maxBulkCreate} issues in one request; this one has ${issueUpdates.length}.`;
        return json(400, { issues: [], errors: [{ status: 400, elementErrors: { errorMessages: [message], errors: {} } }] });
      }
      const outcomes = s.issues.createMany(principal, issueUpdates);
      const issues = outcomes.flatMap((outcome) => (outcome.ok ? [{ id: outcome.issue.id, key: outcome.issue.key, self: s.renderer.issueSelf(outcome.issue) }] : []));
      const errors = outcomes.flatMap((outcome, index) => (outcome.ok ? [] : [elementError(outcome.error, index)]));
      return json(issues.length > 0 || outcomes.length === 0 ? 201 : 400, { issues, errors });
    }),
    route('POST', '/rest/api/3/issue/bulkfetch', 'bulkFetchIssues', ['read:jira-work'], ({ principal, body }) => {
      const input = parseBody(bulkFetchBody, body);
      if (input.issueIdsOrKeys.length > maxBulkFetch) throw badRequest(`You can fetch at most ${maxBulkFetch} issues in one request; this one asks for ${input.issueIdsOrKeys.length}.`);
      const request = {
        fields: parseFieldSelection(input.fields?.flatMap((field) => field.split(',')) ?? [], '*navigable'),
        properties: input.properties ?? [],
        expand: new Set(input.expand ?? []),
      };
      const issues = input.issueIdsOrKeys.flatMap((idOrKey) => {
        try {
          return [s.renderer.bean(s.issues.visible(principal, idOrKey), request)];
        } catch (error) {
          if (error instanceof JiraHttpError) return [];
          throw error;
        }
      });
      return json(200, { issues, issueErrors: [] }, issues.length);
    }),
  ];
}

function elementError(error: JiraHttpError, index: number): Record<string, unknown> {
  return { status: error.status, elementErrors: error.body(), failedElementNumber: index };
}
