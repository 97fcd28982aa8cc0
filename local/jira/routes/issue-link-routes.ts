// Issue links: POST /issueLink, GET/DELETE /issueLink/{linkId}; link types: GET/POST /issueLinkType.
import { z } from 'zod';

import { subjectOf } from '../auth/permission-service';
import { badRequest, forbidden, notFound } from '../http/jira-http-error';
import { json, noContent, type RouteDefinition } from '../http/stand-in-request';
import type { LinkTypeRecord } from '../store/directory-records';
import { parseBody, route, type StandInServices } from './route-kit';

const issueReference = z.object({ id: z.string().optional(), key: z.string().optional() }, { error: 'The linked issue must be an object with an id or a key.' });

const linkBody = z.object({
  type: z.object({ id: z.string().optional(), name: z.string().optional() }, { error: 'The link type must be an object with an id or a name.' }),
  inwardIssue: issueReference,
  outwardIssue: issueReference,
  comment: z.unknown().optional(),
});

const linkTypeBody = z.object({
  name: z.string({ error: 'The link type name is required.' }).min(1, 'The link type name is required.'),
  inward: z.string({ error: 'The inward description is required.' }).min(1, 'The inward description is required.'),
  outward: z.string({ error: 'The outward description is required.' }).min(1, 'The outward description is required.'),
});

export function issueLinkRoutes(s: StandInServices): RouteDefinition[] {
  const findType = (ref: { id?: string | undefined; name?: string | undefined }): LinkTypeRecord => {
    const type = ref.id !== undefined ? s.store.workflow.linkType(ref.id) : ref.name !== undefined ? s.store.workflow.findLinkTypeByName(ref.name) : undefined;
    if (type === undefined) throw notFound(`No issue link type with ${ref.id !== undefined ? `id '${ref.id}'` : `name '${ref.name ?? ''}'`} found.`);
    return type;
  };
  return [
    route('POST', '/rest/api/3/issueLink', 'linkIssues', ['write:jira-work'], ({ principal, body }) => {
      const input = parseBody(linkBody, body);
      const type = findType(input.type);
      const inward = s.issues.visible(principal, input.inwardIssue.id ?? input.inwardIssue.key ?? '');
      const outward = s.issues.visible(principal, input.outwardIssue.id ?? input.outwardIssue.key ?? '');
      s.issues.require(principal, inward, 'LINK_ISSUES', 'You do not have the permission to link issues in this project.');
      if (inward.id === outward.id) throw badRequest('You cannot link an issue to itself.');
      const link = s.store.transaction(() => s.store.links.create(type.id, inward.id, outward.id));
      return { status: 201, headers: { Location: `${s.json.baseUrl}/rest/api/3/issueLink/${link.id}` } };
    }),
    route('GET', '/rest/api/3/issueLink/{linkId}', 'getIssueLink', ['read:jira-work'], ({ principal, params }) => {
      const link = s.store.links.link(params.linkId ?? '');
      if (link === undefined) throw notFound(`No issue link with id '${params.linkId ?? ''}' exists.`);
      const inward = s.issues.visible(principal, link.inwardIssueId);
      const outward = s.issues.visible(principal, link.outwardIssueId);
      const type = findType({ id: link.typeId });
      return json(200, {
        id: link.id,
        self: `${s.json.baseUrl}/rest/api/3/issueLink/${link.id}`,
        type: s.json.linkType(type),
        inwardIssue: s.renderer.linkedIssue(inward),
        outwardIssue: s.renderer.linkedIssue(outward),
      });
    }),
    route('DELETE', '/rest/api/3/issueLink/{linkId}', 'deleteIssueLink', ['write:jira-work'], ({ principal, params }) => {
      const link = s.store.links.link(params.linkId ?? '');
      if (link === undefined) throw notFound(`No issue link with id '${params.linkId ?? ''}' exists.`);
      const inward = s.issues.visible(principal, link.inwardIssueId);
      s.issues.visible(principal, link.outwardIssueId);
      s.issues.require(principal, inward, 'LINK_ISSUES', 'You do not have the permission to delete links in this project.');
      s.store.transaction(() => {
        s.store.links.remove(link.id);
      });
      return noContent();
    }),
    route('GET', '/rest/api/3/issueLinkType', 'getIssueLinkTypes', ['read:jira-work'], () =>
      json(200, { issueLinkTypes: s.store.workflow.allLinkTypes().map((type) => s.json.linkType(type)) }),
    ),
    route('POST', '/rest/api/3/issueLinkType', 'createIssueLinkType', ['manage:jira-configuration'], ({ principal, body }) => {
      if (!s.permissions.hasGlobal(subjectOf(principal), 'ADMINISTER')) throw forbidden('You must have global administrator rights to create issue link types.');
      const input = parseBody(linkTypeBody, body);
      if (s.store.workflow.findLinkTypeByName(input.name) !== undefined) throw badRequest(`An issue link type with the name '${input.name}' already exists.`);
      const type = s.store.transaction(() => s.store.workflow.createLinkType(input));
      return json(201, s.json.linkType(type));
    }),
  ];
}
