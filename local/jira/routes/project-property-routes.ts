// Project entity properties: /rest/api/3/project/{projectIdOrKey}/properties[/{propertyKey}].
import { subjectOf } from '../auth/permission-service';
import type { Principal } from '../auth/principal';
import { badRequest, forbidden, notFound } from '../http/jira-http-error';
import { json, noContent, type RouteDefinition } from '../http/stand-in-request';
import type { ProjectRecord } from '../store/directory-records';
import { visibleProject } from './project-routes';
import { route, type StandInServices } from './route-kit';

const maxValueLength = 32_768;

function administered(s: StandInServices, principal: Principal, idOrKey: string): ProjectRecord {
  const project = visibleProject(s, principal, idOrKey);
  const subject = subjectOf(principal);
  if (!s.permissions.can(subject, project.id, 'ADMINISTER_PROJECTS') && !s.permissions.hasGlobal(subject, 'ADMINISTER')) {
    throw forbidden('You do not have permission to edit the properties of this project.');
  }
  return project;
}

export function checkPropertyKey(key: string): void {
  if (key.length > 255) throw badRequest('The property key cannot be longer than 255 characters.');
}

export function checkPropertyValue(value: unknown): void {
  if (value === undefined) throw badRequest('The property value must be valid JSON.');
  if (JSON.stringify(value).length > maxValueLength) throw badRequest(`The property value cannot be longer than ${maxValueLength} characters.`);
}

export function projectPropertyRoutes(s: StandInServices): RouteDefinition[] {
  const base = '/rest/api/3/project/{projectIdOrKey}/properties';
  const selfOf = (projectId: string, key: string): string => `${s.json.baseUrl}/rest/api/3/project/${projectId}/properties/${encodeURIComponent(key)}`;
  return [
    route('GET', base, 'getProjectPropertyKeys', ['read:jira-work'], ({ principal, params }) => {
      const project = visibleProject(s, principal, params.projectIdOrKey ?? '');
      return json(200, { keys: s.store.projectProperties.keys(project.id).map((key) => ({ key, self: selfOf(project.id, key) })) });
    }),
    route('GET', `${base}/{propertyKey}`, 'getProjectProperty', ['read:jira-work'], ({ principal, params }) => {
      const project = visibleProject(s, principal, params.projectIdOrKey ?? '');
      const key = params.propertyKey ?? '';
      if (!s.store.projectProperties.has(project.id, key)) throw notFound(`The property with key '${key}' does not exist.`);
      return json(200, { key, value: s.store.projectProperties.get(project.id, key) });
    }),
    route('PUT', `${base}/{propertyKey}`, 'setProjectProperty', ['manage:jira-project'], ({ principal, params, body }) => {
      const project = administered(s, principal, params.projectIdOrKey ?? '');
      const key = params.propertyKey ?? '';
      checkPropertyKey(key);
      checkPropertyValue(body);
      const created = s.store.projectProperties.set(project.id, key, body);
      return { status: created ? 201 : 200 };
    }),
    route('DELETE', `${base}/{propertyKey}`, 'deleteProjectProperty', ['manage:jira-project'], ({ principal, params }) => {
      const project = administered(s, principal, params.projectIdOrKey ?? '');
      const key = params.propertyKey ?? '';
      if (!s.store.projectProperties.has(project.id, key)) throw notFound(`The property with key '${key}' does not exist.`);
      s.store.projectProperties.remove(project.id, key);
      return noContent();
    }),
  ];
}
