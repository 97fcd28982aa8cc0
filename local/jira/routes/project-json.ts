// A project as /project, /project/search and /project/{key} return it (Project schema).
import type { ProjectRecord } from '../store/directory-records';
import type { StandInServices } from './route-kit';

const projectExpandables = 'description,lead,issueTypes,url,projectKeys,permissions,insight';

/** `full` adds what GET /project/{key} always returns; `expand` adds the named parts to list answers. */
export function projectJson(s: StandInServices, project: ProjectRecord, full: boolean, expand: ReadonlySet<string>): Record<string, unknown> {
  const lead = project.leadAccountId === null ? undefined : s.store.users.user(project.leadAccountId);
  const body: Record<string, unknown> = {
    expand: projectExpandables,
    self: `${s.json.baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    avatarUrls: s.json.avatarUrls('project', project.id),
    projectTypeKey: project.projectTypeKey,
    simplified: false,
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
  if (full || expand.has('description')) body.description = project.description;
  if ((full || expand.has('lead')) && lead !== undefined) body.lead = s.json.user(lead);
  if (full || expand.has('issueTypes')) body.issueTypes = s.store.issueTypeSchemes.issueTypesForProject(project.id).map((type) => s.json.issueType(type));
  if (expand.has('insight')) {
    let count = 0;
    for (const issue of s.store.issues.all()) if (issue.projectId === project.id) count += 1;
    body.insight = { totalIssueCount: count };
  }
  if (full) {
    body.components = [];
    body.versions = [];
    body.assigneeType = 'UNASSIGNED';
    body.roles = Object.fromEntries(s.store.projects.allRoles().map((role) => [role.name, `${s.json.baseUrl}/rest/api/3/project/${project.id}/role/${role.id}`]));
  }
  return body;
}
