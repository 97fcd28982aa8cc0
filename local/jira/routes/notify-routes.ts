// POST /rest/api/3/issue/{issueIdOrKey}/notify: queues an issue email (into the stand-in's outbox).
import { z } from 'zod';

import { isProjectPermission, permissionCatalog } from '../auth/permission-catalog';
import { badRequest } from '../http/jira-http-error';
import { noContent, type RouteDefinition } from '../http/stand-in-request';
import type { ProjectPermissionKey } from '../store/directory-records';
import { parseBody, route, type StandInServices } from './route-kit';

const groupReference = z.object({ name: z.string().optional(), groupId: z.string().optional() }, { error: 'A group must be an object with a name or a groupId.' });

const notificationBody = z.object({
  subject: z.string({ error: 'subject must be a string.' }).optional(),
  textBody: z.string({ error: 'textBody must be a string.' }).optional(),
  htmlBody: z.string({ error: 'htmlBody must be a string.' }).optional(),
  to: z
    .object({
      users: z.array(z.object({ accountId: z.string({ error: 'Each user needs an accountId.' }) })).optional(),
      groups: z.array(groupReference).optional(),
      groupIds: z.array(z.string()).optional(),
      assignee: z.boolean().optional(),
      reporter: z.boolean().optional(),
      watchers: z.boolean().optional(),
      voters: z.boolean().optional(),
    })
    .optional(),
  restrict: z
    .object({
      groups: z.array(groupReference).optional(),
      groupIds: z.array(z.string()).optional(),
      permissions: z.array(z.object({ id: z.string().optional(), key: z.string().optional() })).optional(),
    })
    .optional(),
});

function permissionKeys(references: readonly { id?: string | undefined; key?: string | undefined }[]): ProjectPermissionKey[] {
  return references.map((reference) => {
    const info = permissionCatalog.find((candidate) => candidate.key === reference.key || candidate.id === reference.id);
    if (info === undefined || !isProjectPermission(info)) throw badRequest(`The permission '${reference.key ?? reference.id ?? ''}' is not a project permission.`);
    return info.key;
  });
}

export function notifyRoutes(s: StandInServices): RouteDefinition[] {
  return [
    route('POST', '/rest/api/3/issue/{issueIdOrKey}/notify', 'notify', ['write:jira-work'], ({ principal, params, body }) => {
      const issue = s.issues.visible(principal, params.issueIdOrKey ?? '');
      const input = parseBody(notificationBody, body);
      const to = input.to ?? {};
      const restrict = input.restrict ?? {};
      s.outbox.queue(principal, issue, {
        subject: input.subject,
        textBody: input.textBody,
        htmlBody: input.htmlBody,
        to: {
          users: (to.users ?? []).map((user) => user.accountId),
          groups: [...(to.groups ?? []), ...(to.groupIds ?? []).map((groupId) => ({ groupId }))],
          assignee: to.assignee ?? false,
          reporter: to.reporter ?? false,
        },
        restrict: {
          groups: [...(restrict.groups ?? []), ...(restrict.groupIds ?? []).map((groupId) => ({ groupId }))],
          permissions: permissionKeys(restrict.permissions ?? []),
        },
      });
      return noContent();
    }),
  ];
}
