// The internal audit programme (9.2) on the ISMS page ("clause9-isms", sub-page audits), as the ISMS manager:
// first the control ownership register the independence check reads (`ownership/save`), then the current cycle's
// programme through `programme/import` — the app's use case for a programme planned elsewhere, whose audits are
// already planned, running, reported or cancelled: it re-checks every audit with the planning rules and gives each
// started or reported audit its "Internal audit" issue.
import type { AuditProgramme } from '../../../src/domain/audit-programme/audit-programme';
import type { StatementOfApplicability } from '../../../src/domain/audit-programme/statement-of-applicability';
import type { DemoAppSettings } from '../demo-organisation';
import { DEMO_PEOPLE } from '../demo-people';
import type { DemoRole } from '../demo-people';
import { ANY_DATA } from './app-caller';
import type { AppCaller } from './app-caller';

export const AUDITS_PAGE = 'clause9-isms';

function ownersPayload(ownership: DemoAppSettings['ownership']): Record<string, { catalogueIds: string[]; processes: string[] }> {
  return Object.fromEntries(
    (Object.keys(ownership) as DemoRole[]).flatMap((role) => {
      const owned = ownership[role];
      return owned === undefined ? [] : [[DEMO_PEOPLE[role].accountId, { catalogueIds: [...owned.catalogueIds], processes: [...owned.processes] }]];
    }),
  );
}

export async function importAuditProgramme(
  app: AppCaller,
  ownership: DemoAppSettings['ownership'],
  programme: AuditProgramme,
  statementOfApplicability: StatementOfApplicability,
): Promise<void> {
  await app.call('ismsManager', AUDITS_PAGE, 'ownership/save', { owners: ownersPayload(ownership) }, ANY_DATA);
  await app.call('ismsManager', AUDITS_PAGE, 'programme/import', { programme, statementOfApplicability }, ANY_DATA);
}
