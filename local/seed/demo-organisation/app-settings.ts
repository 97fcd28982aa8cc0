// How Northwind set Clause9 up: ISMS managers are the `isms-managers` group, monitoring reports are due 3 working
// days after the measurement, late work goes owner → Priya (ISMS manager) after 3 days → the steering committee
// after 10, and the control ownership register the audit programme's independence check reads (9.2.2 c).
import type { AccessSettings, EscalationSettings } from '../../../src/contracts/admin-settings';
import type { CatalogueId } from '../../../src/domain/iso-catalogue/catalogue';
import { ID } from '../demo-people';
import type { DemoRole } from '../demo-people';

export interface DemoAppSettings {
  readonly access: AccessSettings;
  readonly reportDeadlineWorkingDays: number;
  readonly escalation: EscalationSettings;
  /** Declared owners of clauses, controls and processes (the matrix adds who performs and evaluates checks). */
  readonly ownership: Readonly<Partial<Record<DemoRole, { readonly catalogueIds: readonly CatalogueId[]; readonly processes: readonly string[] }>>>;
}

const range = (prefix: string, from: number, to: number): CatalogueId[] =>
  Array.from({ length: to - from + 1 }, (_, index) => `${prefix}${from + index}` as CatalogueId);

export const DEMO_APP_SETTINGS: DemoAppSettings = {
  access: { ismsGroup: 'isms-managers' },
  reportDeadlineWorkingDays: 3,
  escalation: {
    owner: { afterDaysOverdue: 0 },
    ismsManager: { accountId: ID.ismsManager, afterDaysOverdue: 3 },
    steeringCommittee: { groupName: 'steering-committee', accountIds: [], afterDaysOverdue: 10 },
  },
  ownership: {
    ismsManager: { catalogueIds: ['4', '6', '7', '9', '10'], processes: ['ISMS performance evaluation', 'Nonconformity and corrective action'] },
    ciso: { catalogueIds: ['5', 'A.5.1', 'A.5.2', 'A.5.7', 'A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.5.23'], processes: ['Card processor (Acquirer Ltd)'] },
    platformLead: { catalogueIds: ['8', 'A.8.8', 'A.8.9', 'A.8.13', 'A.8.25', 'A.8.28', 'A.8.32'], processes: ['Change management'] },
    sreLead: { catalogueIds: range('A.5.', 24, 30), processes: ['Incident management'] },
    itOps: { catalogueIds: ['A.5.15', 'A.5.16', 'A.5.17', 'A.5.18', 'A.8.1', 'A.8.2', 'A.8.5', 'A.8.7'], processes: ['Joiners, movers and leavers'] },
    hr: { catalogueIds: range('A.6.', 1, 6), processes: ['Recruitment', 'Onboarding', 'Security awareness programme'] },
    facilities: { catalogueIds: range('A.7.', 1, 14), processes: [] },
  },
};
