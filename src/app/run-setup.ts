// The one-click setup a Jira admin runs once, and may re-run at any time: the app's issue types, link types and
// ISMS project are created or ADOPTED (by recorded id, else by name), the app's issue types are added to the project's
// issue type scheme when it lacks them, and the app's Forge field ids are resolved.
// Progress is saved after every step, so a run cut short (a 5xx, a time-out) is finished by the next run without
// duplicates. The setup state (`config:setup`) is written only when every step has succeeded.
import { setupStateSchema, type SetupProgress, type SetupState } from '../adapters/storage/setup-state';
import type { SetupSettings } from '../contracts/admin-settings';
import type { SetupReport } from '../contracts/setup-report';
import { setUpFields, type FieldPorts } from './setup-fields';
import { setUpIssueTypeScheme, type IssueTypeSchemePorts } from './setup-issue-type-scheme';
import { setUpIssueTypes, type IssueTypePorts } from './setup-issue-types';
import { setUpLinkTypes, type LinkTypePorts } from './setup-link-types';
import { setUpProject, type ProjectPorts } from './setup-project';
import { SetupRun } from './setup-run';

export interface SetupPorts extends IssueTypePorts, LinkTypePorts, ProjectPorts, IssueTypeSchemePorts, FieldPorts {
  readonly now: () => Date;
  readonly readProgress: () => Promise<SetupProgress | undefined>;
  readonly writeProgress: (progress: SetupProgress) => Promise<void>;
  readonly writeSetupState: (state: SetupState) => Promise<void>;
  readonly writeReport: (report: SetupReport) => Promise<void>;
}

export interface SetupRequest {
  /** The Jira admin running setup (becomes the lead of a project setup creates). */
  readonly accountId: string;
  readonly settings: SetupSettings;
}

/** Every id setup needs, or undefined while something is missing (the schema insists on all of them). */
export function completeState(progress: SetupProgress, request: SetupRequest, at: Date): SetupState | undefined {
  if (progress.projectKey !== request.settings.projectKey) return undefined;
  const candidate = {
    completedAt: at.toISOString(),
    completedBy: request.accountId,
    projectKey: progress.projectKey,
    projectId: progress.projectId,
    issueTypeIds: progress.issueTypeIds,
    linkTypeIds: progress.linkTypeIds,
    fieldIds: progress.fieldIds,
  };
  const parsed = setupStateSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

export async function runSetup(ports: SetupPorts, request: SetupRequest): Promise<SetupReport> {
  const startedAt = ports.now();
  const stored = await ports.readProgress();
  const run = new SetupRun(stored ?? { issueTypeIds: {}, linkTypeIds: {}, fieldIds: {} }, ports.writeProgress);

  await setUpIssueTypes(run, ports, request.settings.issueTypeNames);
  await setUpLinkTypes(run, ports);
  const project = await setUpProject(run, ports, request.settings, request.accountId);
  await setUpIssueTypeScheme(run, ports, project, request.settings.issueTypeNames);
  await setUpFields(run, ports);

  const finishedAt = ports.now();
  const state = run.complete ? completeState(run.progress, request, finishedAt) : undefined;
  if (state !== undefined) await ports.writeSetupState(state);
  const report: SetupReport = {
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    runBy: request.accountId,
    complete: state !== undefined,
    steps: run.steps,
  };
  await ports.writeReport(report);
  return report;
}
