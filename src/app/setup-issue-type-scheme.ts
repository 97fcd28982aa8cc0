// Setup step that makes the app's issue types usable in the ISMS project. Jira accepts an issue only of a type in
// its project's issue type scheme: a company-managed project created from a template gets a scheme of its own that
// holds just the template's types, so setup appends the app's missing types to it, in one call. A project on the
// Default Issue Type Scheme already has every type; a team-managed project has no scheme and cannot use global types.
import type { ProjectIssueTypeScheme } from '../adapters/jira/get-project-issue-type-scheme';
import { ISSUE_TYPE_ROLES } from '../adapters/storage/setup-state';
import type { SetupSettings } from '../contracts/admin-settings';
import { describeJiraFailure } from './describe-jira-failure';
import type { SetUpProject } from './setup-project';
import type { SetupRun } from './setup-run';

export interface IssueTypeSchemePorts {
  readonly getProjectIssueTypeScheme: (projectId: string) => Promise<ProjectIssueTypeScheme | undefined>;
  readonly listIssueTypeSchemeItems: (issueTypeSchemeId: string) => Promise<string[]>;
  readonly addIssueTypesToScheme: (issueTypeSchemeId: string, issueTypeIds: readonly string[]) => Promise<void>;
}

const ADMIN = 'the Administer Jira global permission';

function teamManagedInstruction(key: string): string {
  return (
    `Project ${key} is team-managed: it has no issue type scheme and cannot use the site's issue types. ` +
    'In the setup settings choose the key of a new or company-managed project, then run setup again.'
  );
}

/** `project` is what the project step secured (undefined when it failed). */
export async function setUpIssueTypeScheme(run: SetupRun, ports: IssueTypeSchemePorts, project: SetUpProject | undefined, names: SetupSettings['issueTypeNames']): Promise<void> {
  if (project === undefined) {
    await run.record({ what: "Issue types in the project's scheme", outcome: 'skipped', detail: 'Needs the ISMS project, which this run could not create or adopt.' });
    return;
  }
  const what = `Issue types in project ${project.key}'s scheme`;
  if (project.teamManaged) {
    await run.failed(what, teamManagedInstruction(project.key));
    return;
  }
  const wanted = ISSUE_TYPE_ROLES.flatMap((role) => {
    const id = run.progress.issueTypeIds[role];
    return id === undefined ? [] : [{ id, name: names[role] }];
  });
  if (wanted.length === 0) {
    await run.record({ what, outcome: 'skipped', detail: 'No app issue type exists yet to add.' });
    return;
  }
  let scheme: ProjectIssueTypeScheme | undefined;
  let present: ReadonlySet<string>;
  try {
    scheme = await ports.getProjectIssueTypeScheme(project.id);
    present = scheme === undefined || scheme.isDefault ? new Set() : new Set(await ports.listIssueTypeSchemeItems(scheme.id));
  } catch (error) {
    await run.failed(what, describeJiraFailure(error, ADMIN));
    return;
  }
  if (scheme === undefined) {
    await run.failed(what, teamManagedInstruction(project.key));
    return;
  }
  if (scheme.isDefault) {
    await run.record({ what, outcome: 'adopted', detail: `Uses the Default Issue Type Scheme, which holds every issue type.`, id: scheme.id });
    return;
  }
  const missing = wanted.filter((type) => !present.has(type.id));
  if (missing.length === 0) {
    await run.record({ what, outcome: 'adopted', detail: `"${scheme.name}" (${scheme.id}) holds the app's issue types.`, id: scheme.id });
    return;
  }
  try {
    await ports.addIssueTypesToScheme(
      scheme.id,
      missing.map((type) => type.id),
    );
  } catch (error) {
    await run.failed(what, describeJiraFailure(error, ADMIN));
    return;
  }
  const added = missing.map((type) => type.name).join(', ');
  await run.record({ what, outcome: 'created', detail: `Added ${added} to "${scheme.name}" (${scheme.id}).`, id: scheme.id });
}
