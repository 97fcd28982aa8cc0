// What creating a company-managed project from a template does to issue types, as Jira Cloud does it: the project
// gets its own issue type scheme, "<KEY>: <template> Issue Type Scheme", holding only the template's standard
// types (created first when the site lacks them). A project created without a template stays on the default scheme.
import type { IssueTypeRecord, IssueTypeSchemeRecord, ProjectRecord } from './directory-records';
import type { IssueTypeSchemeStore } from './issue-type-scheme-store';
import type { WorkflowCatalog } from './workflow-catalog';

interface TemplateType {
  readonly name: string;
  readonly description: string;
  readonly hierarchyLevel: number;
  readonly avatarId: number;
}

const epic: TemplateType = { name: 'Epic', description: 'Epics track collections of related bugs, stories, and tasks.', hierarchyLevel: 1, avatarId: 10307 };
const story: TemplateType = { name: 'Story', description: 'Stories track functionality or features expressed as user goals.', hierarchyLevel: 0, avatarId: 10315 };
const bug: TemplateType = { name: 'Bug', description: 'Bugs track problems or errors.', hierarchyLevel: 0, avatarId: 10303 };
const task: TemplateType = { name: 'Task', description: 'Tasks track small, distinct pieces of work.', hierarchyLevel: 0, avatarId: 10318 };
const subtask: TemplateType = { name: 'Subtask', description: 'Subtasks track small pieces of work that are part of a larger task.', hierarchyLevel: -1, avatarId: 10316 };

interface TemplateIssueTypes {
  readonly label: string;
  readonly types: readonly TemplateType[];
  readonly defaultType: TemplateType;
}

const softwareBoard = (label: string): TemplateIssueTypes => ({ label, types: [epic, story, bug, task, subtask], defaultType: story });
const business = (label: string): TemplateIssueTypes => ({ label, types: [task, subtask], defaultType: task });

const templates: Readonly<Record<string, TemplateIssueTypes>> = {
  'com.pyxis.greenhopper.jira:gh-simplified-kanban-classic': softwareBoard('Kanban'),
  'com.pyxis.greenhopper.jira:gh-simplified-scrum-classic': softwareBoard('Scrum'),
  'com.pyxis.greenhopper.jira:gh-simplified-basic': softwareBoard('Basic Software Development'),
  'com.pyxis.greenhopper.jira:gh-cross-team-template': softwareBoard('Cross-Team Planning'),
  'com.atlassian.jira-core-project-templates:jira-core-simplified-project-management': business('Project Management'),
  'com.atlassian.jira-core-project-templates:jira-core-simplified-task-tracking': business('Task Tracking'),
  'com.atlassian.jira-core-project-templates:jira-core-simplified-process-control': business('Process Control'),
  'com.atlassian.jira-core-project-templates:jira-core-simplified-content-management': business('Content Management'),
  'com.atlassian.jira-core-project-templates:jira-core-simplified-procurement': business('Procurement'),
};

function templateFor(project: ProjectRecord, templateKey: string): TemplateIssueTypes | undefined {
  const known = templates[templateKey];
  if (known !== undefined) return known;
  if (project.projectTypeKey === 'software') return softwareBoard('Software');
  if (project.projectTypeKey === 'business') return business('Business');
  return undefined; // service_desk templates: the stand-in keeps such projects on the default scheme
}

function ensureGlobalType(workflow: WorkflowCatalog, wanted: TemplateType): IssueTypeRecord {
  const existing = workflow.allIssueTypes().find((type) => type.projectId === null && type.name.toLowerCase() === wanted.name.toLowerCase());
  if (existing !== undefined) return existing;
  const subtask = wanted.hierarchyLevel < 0;
  return workflow.createIssueType({ name: wanted.name, description: wanted.description, hierarchyLevel: wanted.hierarchyLevel, subtask, projectId: null, avatarId: wanted.avatarId });
}

/** Gives a project created from `templateKey` its own scheme. Call inside the project's creation transaction. */
export function applyProjectTemplate(workflow: WorkflowCatalog, schemes: IssueTypeSchemeStore, project: ProjectRecord, templateKey: string): IssueTypeSchemeRecord | undefined {
  const template = templateFor(project, templateKey);
  if (template === undefined) return undefined;
  const types = template.types.map((type) => ensureGlobalType(workflow, type));
  return schemes.createForProject(project.id, {
    name: `${project.key}: ${template.label} Issue Type Scheme`,
    description: '',
    defaultIssueTypeId: ensureGlobalType(workflow, template.defaultType).id,
    issueTypeIds: types.map((type) => type.id),
  });
}
