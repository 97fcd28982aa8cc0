// Setup steps for the app's issue link types: a corrective action "is corrective action for" a finding; a finding
// is "raised by" the check, audit or review that found it. Adopt recorded id, else same name, else create.
import type { IssueLinkTypeSummary } from '../adapters/jira/list-issue-link-types';
import { LINK_TYPE_ROLES, type LinkTypeRole } from '../adapters/storage/setup-state';
import { describeJiraFailure } from './describe-jira-failure';
import type { SetupRun } from './setup-run';

export interface LinkTypePorts {
  readonly listIssueLinkTypes: () => Promise<IssueLinkTypeSummary[]>;
  readonly createIssueLinkType: (input: Omit<IssueLinkTypeSummary, 'id'>) => Promise<IssueLinkTypeSummary>;
}

export const LINK_TYPES: Readonly<Record<LinkTypeRole, Omit<IssueLinkTypeSummary, 'id'>>> = {
  correctiveActionFor: { name: 'Corrective action', outward: 'is corrective action for', inward: 'has corrective action' },
  raisedBy: { name: 'Raised by', outward: 'raised by', inward: 'raised' },
};

export async function setUpLinkTypes(run: SetupRun, ports: LinkTypePorts): Promise<void> {
  let linkTypes: IssueLinkTypeSummary[];
  try {
    linkTypes = await ports.listIssueLinkTypes();
  } catch (error) {
    for (const role of LINK_TYPE_ROLES) await run.failed(`Link type "${LINK_TYPES[role].name}"`, describeJiraFailure(error, 'permission to browse issue link types'));
    return;
  }
  for (const role of LINK_TYPE_ROLES) {
    const wanted = LINK_TYPES[role];
    const what = `Link type "${wanted.name}"`;
    const progress = run.progress;
    const recordedId = progress.linkTypeIds[role];
    const existing =
      linkTypes.find((type) => type.id === recordedId) ?? linkTypes.find((type) => type.name.toLowerCase() === wanted.name.toLowerCase());
    if (existing !== undefined) {
      const detail = `Exists as ${existing.id} ("${existing.outward}" / "${existing.inward}").`;
      await run.record({ what, outcome: 'adopted', detail, id: existing.id }, { ...progress, linkTypeIds: { ...progress.linkTypeIds, [role]: existing.id } });
      continue;
    }
    try {
      const created = await ports.createIssueLinkType(wanted);
      linkTypes = [...linkTypes, created];
      await run.record({ what, outcome: 'created', detail: `Created as ${created.id}.`, id: created.id }, { ...progress, linkTypeIds: { ...progress.linkTypeIds, [role]: created.id } });
    } catch (error) {
      await run.failed(what, describeJiraFailure(error, 'the Administer Jira global permission'));
    }
  }
}
