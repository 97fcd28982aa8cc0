// Setup steps for the app's six issue types: adopt the one recorded by an earlier run (if Jira still has it, even
// renamed), else adopt one of the same name (case-insensitive), else create it. One list call for all six.
import type { NewIssueType } from '../adapters/jira/create-issue-type';
import type { IssueTypeSummary } from '../adapters/jira/list-issue-types';
import { ISSUE_TYPE_ROLES, type IssueTypeRole } from '../adapters/storage/setup-state';
import type { SetupSettings } from '../contracts/admin-settings';
import { describeJiraFailure } from './describe-jira-failure';
import type { SetupRun } from './setup-run';

export interface IssueTypePorts {
  readonly listIssueTypes: () => Promise<IssueTypeSummary[]>;
  readonly createIssueType: (input: NewIssueType) => Promise<IssueTypeSummary>;
}

export const ISSUE_TYPE_DESCRIPTIONS: Readonly<Record<IssueTypeRole, string>> = {
  monitoringCheck: 'Clause9: one occurrence of a monitoring matrix item (ISO/IEC 27001 9.1).',
  finding: 'Clause9: a nonconformity, observation or opportunity for improvement (ISO/IEC 27001 10.2).',
  correctiveAction: 'Clause9: an action that removes the cause of a nonconformity (ISO/IEC 27001 10.2).',
  internalAudit: 'Clause9: one audit of the internal audit programme (ISO/IEC 27001 9.2).',
  managementReview: 'Clause9: a management review of the ISMS (ISO/IEC 27001 9.3).',
  reviewAction: 'Clause9: an action decided by a management review (ISO/IEC 27001 9.3.3).',
};

const ADMIN = 'the Administer Jira global permission';

function findExisting(types: readonly IssueTypeSummary[], recordedId: string | undefined, name: string): IssueTypeSummary | undefined {
  const recorded = recordedId === undefined ? undefined : types.find((type) => type.id === recordedId);
  if (recorded !== undefined) return recorded;
  const wanted = name.toLowerCase();
  return types.find((type) => type.projectId === null && type.name.toLowerCase() === wanted);
}

export async function setUpIssueTypes(run: SetupRun, ports: IssueTypePorts, names: SetupSettings['issueTypeNames']): Promise<void> {
  let types: IssueTypeSummary[];
  try {
    types = await ports.listIssueTypes();
  } catch (error) {
    for (const role of ISSUE_TYPE_ROLES) await run.failed(`Issue type "${names[role]}"`, describeJiraFailure(error, 'permission to browse issue types'));
    return;
  }
  for (const role of ISSUE_TYPE_ROLES) {
    const name = names[role];
    const what = `Issue type "${name}"`;
    const existing = findExisting(types, run.progress.issueTypeIds[role], name);
    if (existing?.subtask === true || (existing !== undefined && existing.hierarchyLevel < 0)) {
      await run.failed(what, `"${existing.name}" (${existing.id}) exists but is a sub-task type; rename it in Jira or choose another name, then run setup again.`);
      continue;
    }
    const progress = run.progress;
    if (existing !== undefined) {
      const detail = existing.name === name ? `Exists as ${existing.id}.` : `Exists as ${existing.id} under the name "${existing.name}".`;
      await run.record({ what, outcome: 'adopted', detail, id: existing.id }, { ...progress, issueTypeIds: { ...progress.issueTypeIds, [role]: existing.id } });
      continue;
    }
    try {
      const created = await ports.createIssueType({ name, description: ISSUE_TYPE_DESCRIPTIONS[role] });
      types = [...types, created];
      await run.record({ what, outcome: 'created', detail: `Created as ${created.id}.`, id: created.id }, { ...progress, issueTypeIds: { ...progress.issueTypeIds, [role]: created.id } });
    } catch (error) {
      await run.failed(what, describeJiraFailure(error, ADMIN));
    }
  }
}
