// The internal audit programme for the current cycle (12 months, "little and often"): clauses 4–10 and the Annex A
// control sets, one or two audits a month, by two independent auditors. Built through the domain's own transitions
// (plan → start → report, or cancel), so every audit is in a state the app can reach.
import { ANNEX_A_CONTROLS } from '../../../src/domain/iso-catalogue/catalogue';
import type { AnnexAControlId, CatalogueId } from '../../../src/domain/iso-catalogue/catalogue';
import type { AuditProgramme } from '../../../src/domain/audit-programme/audit-programme';
import { planAudit } from '../../../src/domain/audit-programme/plan-audit';
import type { PlannedAudit } from '../../../src/domain/audit-programme/planned-audit';
import { cancelAudit, reportAudit, startAudit } from '../../../src/domain/audit-programme/planned-audit-transitions';
import type { StatementOfApplicability } from '../../../src/domain/audit-programme/statement-of-applicability';
import { addMonthsTo, firstDayOf, monthOf } from '../../../src/domain/audit-programme/year-month';
import type { LocalDate } from '../../../src/domain/local-date';
import { addDays, addMonths, maxLocalDate } from '../../../src/domain/local-date';
import { ID } from '../demo-people';

export const DEMO_SOA: StatementOfApplicability = {
  applicableControls: ANNEX_A_CONTROLS.map((control) => control.id).filter((id): id is AnnexAControlId => id !== 'A.8.30'),
  exclusions: [{ control: 'A.8.30', justification: 'Northwind does not outsource software development; all engineering is in-house.' }],
};

interface AuditRow {
  readonly id: string;
  readonly title: string;
  /** Months after the cycle start. */
  readonly offset: number;
  readonly scope: readonly CatalogueId[];
  readonly processes?: readonly string[];
  readonly lead: 'leadAuditor' | 'auditor';
  readonly cancelled?: string;
}

const TOMAS = 'leadAuditor';
const GRACE = 'auditor';

const AUDITS: readonly AuditRow[] = [
  { id: 'AUD-01', offset: 0, lead: TOMAS, title: 'Context, interested parties and ISMS scope', scope: ['4'] },
  { id: 'AUD-02', offset: 0, lead: GRACE, title: 'Policies and management responsibilities', scope: ['A.5.1', 'A.5.2', 'A.5.3', 'A.5.4'] },
  { id: 'AUD-03', offset: 1, lead: TOMAS, title: 'Leadership and commitment', scope: ['5'] },
  { id: 'AUD-04', offset: 1, lead: GRACE, title: 'Access control and identity management', scope: ['A.5.15', 'A.5.16', 'A.5.17', 'A.5.18'], processes: ['Joiners, movers and leavers'] },
  { id: 'AUD-05', offset: 2, lead: TOMAS, title: 'Risk assessment and treatment, objectives', scope: ['6'] },
  { id: 'AUD-06', offset: 2, lead: GRACE, title: 'Threat intelligence, authorities and projects', scope: ['A.5.5', 'A.5.6', 'A.5.7', 'A.5.8'] },
  { id: 'AUD-07', offset: 3, lead: GRACE, title: 'Competence, awareness and documented information', scope: ['7'], processes: ['Security awareness programme'] },
  { id: 'AUD-08', offset: 3, lead: TOMAS, title: 'Assets, classification and information transfer', scope: ['A.5.9', 'A.5.10', 'A.5.11', 'A.5.12', 'A.5.13', 'A.5.14'] },
  { id: 'AUD-09', offset: 4, lead: GRACE, title: 'Endpoints, privileged access and vulnerability management', scope: ['A.8.1', 'A.8.2', 'A.8.5', 'A.8.7', 'A.8.8'] },
  { id: 'AUD-10', offset: 5, lead: TOMAS, title: 'Supplier relationships and cloud services', scope: ['A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.5.23'], processes: ['Card processor (Acquirer Ltd)'] },
  { id: 'AUD-11', offset: 6, lead: GRACE, title: 'Operational planning and change control', scope: ['8'], processes: ['Change management'] },
  { id: 'AUD-12', offset: 6, lead: TOMAS, title: 'Configuration, backup, logging and monitoring', scope: ['A.8.9', 'A.8.13', 'A.8.15', 'A.8.16', 'A.8.17'] },
  { id: 'AUD-13', offset: 7, lead: GRACE, title: 'Physical controls at the co-location site', scope: ['A.7.1', 'A.7.2', 'A.7.4', 'A.7.11'],
    cancelled: 'The co-location provider postponed our site visit; the physical controls audit is re-planned as AUD-21.' },
  { id: 'AUD-14', offset: 8, lead: TOMAS, title: 'Incident management and ICT continuity', scope: ['A.5.24', 'A.5.25', 'A.5.26', 'A.5.27', 'A.5.28', 'A.5.29', 'A.5.30'], processes: ['Incident management'] },
  { id: 'AUD-15', offset: 8, lead: GRACE, title: 'Network security and cryptography', scope: ['A.8.20', 'A.8.21', 'A.8.22', 'A.8.23', 'A.8.24'] },
  { id: 'AUD-16', offset: 9, lead: TOMAS, title: 'People controls', scope: ['A.6.1', 'A.6.2', 'A.6.3', 'A.6.4', 'A.6.5', 'A.6.6', 'A.6.7', 'A.6.8'], processes: ['Recruitment', 'Onboarding'] },
  { id: 'AUD-17', offset: 9, lead: GRACE, title: 'Legal, privacy and compliance', scope: ['A.5.31', 'A.5.32', 'A.5.33', 'A.5.34', 'A.5.35', 'A.5.36', 'A.5.37'] },
  { id: 'AUD-18', offset: 10, lead: TOMAS, title: 'Performance evaluation and improvement', scope: ['9', '10'], processes: ['ISMS performance evaluation', 'Nonconformity and corrective action'] },
  { id: 'AUD-19', offset: 10, lead: GRACE, title: 'Secure development, testing and change management', scope: ['A.8.25', 'A.8.26', 'A.8.28', 'A.8.29', 'A.8.31', 'A.8.32', 'A.8.33', 'A.8.34'] },
  { id: 'AUD-20', offset: 11, lead: GRACE, title: 'Data protection, DLP, monitoring and remaining operations controls', scope: ['A.8.3', 'A.8.4', 'A.8.6', 'A.8.10', 'A.8.11', 'A.8.12', 'A.8.14', 'A.8.18', 'A.8.19'] }, // A.8.27 left unplanned: the demo's one coverage gap
  { id: 'AUD-21', offset: 11, lead: TOMAS, title: 'Physical controls (re-planned)', scope: ['A.7.1', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6', 'A.7.7', 'A.7.8', 'A.7.9', 'A.7.10', 'A.7.11', 'A.7.12', 'A.7.13', 'A.7.14'] },
];

/** The month index of `today` in the cycle: the programme runs from 10 months ago to next month. */
const CURRENT_OFFSET = 10;

function replay(row: AuditRow, cycleStartDay: LocalDate, today: LocalDate): PlannedAudit {
  const month = addMonthsTo(monthOf(cycleStartDay), row.offset);
  const lead = ID[row.lead];
  const auditors = row.lead === TOMAS ? [ID.leadAuditor, ID.auditor] : [ID.auditor, ID.leadAuditor];
  const monthStart = firstDayOf(month);
  const at = (date: LocalDate): string => `${date}T10:00:00.000Z`;
  const planned = planAudit(
    {
      id: row.id, title: row.title, month, scope: [...row.scope], processes: [...(row.processes ?? [])], auditors, leadAuditor: lead,
      objectives: `Determine whether ${row.title.toLowerCase()} conform to ISO/IEC 27001:2022 and Northwind's ISMS, and are effective.`,
      criteria: 'ISO/IEC 27001:2022; Northwind ISMS manual v4.2; the policies and procedures in scope; PCI DSS v4.0 where it applies.',
    },
    { at: at(addDays(cycleStartDay, -20)), by: ID.ismsManager },
  ).audit;
  if (row.cancelled !== undefined) return cancelAudit(planned, { cancelledOn: addDays(monthStart, -6), reason: row.cancelled }, { at: at(addDays(monthStart, -6)), by: ID.ismsManager }).audit;
  if (row.offset > CURRENT_OFFSET) return planned;
  const startedOn = row.offset === CURRENT_OFFSET ? maxLocalDate(monthStart, addDays(today, -5)) : addDays(monthStart, 6);
  if (row.offset === CURRENT_OFFSET && row.lead === GRACE) return planned; // not started yet this month
  const started = startAudit(planned, startedOn, { at: at(startedOn), by: lead }).audit;
  if (row.offset === CURRENT_OFFSET) return started;
  const reportedOn = addDays(startedOn, 12);
  return reportAudit(started, { reportedOn, reportRef: `AR-${row.id}` }, { at: at(reportedOn), by: lead }).audit;
}

/** The programme as of `today`; the cycle started ten months ago, on the first of the month. */
export function demoAuditProgramme(today: LocalDate): AuditProgramme {
  const cycleStartDay = firstDayOf(monthOf(addMonths(today, -CURRENT_OFFSET)));
  return {
    id: `AP-${cycleStartDay.slice(0, 4)}`,
    cycle: { start: monthOf(cycleStartDay), months: 12 },
    applicableControls: DEMO_SOA.applicableControls,
    audits: AUDITS.map((row) => replay(row, cycleStartDay, today)),
  };
}
