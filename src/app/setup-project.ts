// Setup step for the ISMS project: adopt the project with the configured key if it exists, else create it
// (company-managed, led by the admin running setup).
import type { NewProject } from '../adapters/jira/create-project';
import type { ProjectSummary } from '../adapters/jira/get-project';
import type { SetupSettings } from '../contracts/admin-settings';
import { describeJiraFailure } from './describe-jira-failure';
import type { SetupRun } from './setup-run';

export interface ProjectPorts {
  readonly getProject: (projectKey: string) => Promise<ProjectSummary | undefined>;
  readonly createProject: (input: NewProject) => Promise<{ readonly id: string; readonly key: string }>;
}

/** The project a setup run created or adopted; later steps configure it. */
export interface SetUpProject {
  readonly id: string;
  readonly key: string;
  /** Team-managed ('next-gen'): no issue type scheme, only the project's own issue types. */
  readonly teamManaged: boolean;
}

/** Undefined when the project could be neither adopted nor created (the failure is in the run's report). */
export async function setUpProject(run: SetupRun, ports: ProjectPorts, settings: SetupSettings, leadAccountId: string): Promise<SetUpProject | undefined> {
  const what = `Project ${settings.projectKey}`;
  let existing: ProjectSummary | undefined;
  try {
    existing = await ports.getProject(settings.projectKey);
  } catch (error) {
    await run.failed(what, describeJiraFailure(error, 'Browse Projects on the project'));
    return undefined;
  }
  const progress = run.progress;
  if (existing !== undefined) {
    const teamManaged = existing.style === 'next-gen' ? ' It is team-managed (see the issue type scheme step).' : '';
    const detail = `Exists as "${existing.name}" (${existing.id}).${teamManaged}`;
    await run.record({ what, outcome: 'adopted', detail, id: existing.id }, { ...progress, projectKey: existing.key, projectId: existing.id });
    return { id: existing.id, key: existing.key, teamManaged: existing.style === 'next-gen' };
  }
  try {
    const created = await ports.createProject({
      key: settings.projectKey,
      name: settings.projectName,
      description: 'ISO/IEC 27001 monitoring checks, findings, corrective actions, internal audits and management reviews (Clause9).',
      leadAccountId,
      projectTypeKey: settings.projectTypeKey,
    });
    const detail = `Created "${settings.projectName}" (${created.id}), led by the admin who ran setup.`;
    await run.record({ what, outcome: 'created', detail, id: created.id }, { ...progress, projectKey: created.key, projectId: created.id });
    return { id: created.id, key: created.key, teamManaged: false };
  } catch (error) {
    await run.failed(what, describeJiraFailure(error, 'the Administer Jira global permission'));
    return undefined;
  }
}
