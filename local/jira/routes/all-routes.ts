// Every route group of the stand-in.
import type { RouteDefinition } from '../http/stand-in-request';
import { appFieldRoutes } from './app-field-routes';
import { changelogRoutes } from './changelog-routes';
import { fieldRoutes } from './field-routes';
import { issueBulkRoutes } from './issue-bulk-routes';
import { issueLinkRoutes } from './issue-link-routes';
import { issuePropertyRoutes } from './issue-property-routes';
import { issueRoutes } from './issue-routes';
import { issueTypeRoutes } from './issue-type-routes';
import { issueTypeSchemeRoutes } from './issue-type-scheme-routes';
import { jqlRoutes } from './jql-routes';
import { notifyRoutes } from './notify-routes';
import { permissionRoutes } from './permission-routes';
import { projectPropertyRoutes } from './project-property-routes';
import { projectRoutes } from './project-routes';
import type { StandInServices } from './route-kit';
import { searchRoutes } from './search-routes';
import { transitionRoutes } from './transition-routes';
import { userRoutes } from './user-routes';

export function allRoutes(s: StandInServices): RouteDefinition[] {
  return [
    ...projectRoutes(s),
    ...projectPropertyRoutes(s),
    ...issueTypeRoutes(s),
    ...issueTypeSchemeRoutes(s),
    ...fieldRoutes(s),
    ...appFieldRoutes(s),
    ...issueRoutes(s),
    ...issueBulkRoutes(s),
    ...transitionRoutes(s),
    ...changelogRoutes(s),
    ...issueLinkRoutes(s),
    ...issuePropertyRoutes(s),
    ...notifyRoutes(s),
    ...searchRoutes(s),
    ...jqlRoutes(s),
    ...userRoutes(s),
    ...permissionRoutes(s),
  ];
}
