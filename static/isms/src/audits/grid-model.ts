// The programme as a month grid: one row per audit area (clauses 4–10, then the Annex A control sets of the SoA),
// one column per month of the cycle; a cell lists the audits of that month whose scope reaches the area. Rows carry
// the area's uncovered requirements, so a gap shows on the row it belongs to. Pure, so it is unit-tested.
import { standardAuditAreas } from '../../../../src/domain/audit-programme/audit-area';
import { requirementsInScope } from '../../../../src/domain/audit-programme/catalogue-scope';
import type { AuditStatus } from '../../../../src/domain/audit-programme/planned-audit';
import { addMonthsTo, type YearMonth } from '../../../../src/domain/audit-programme/year-month';
import { getCatalogueEntry, isCatalogueId } from '../../../../src/domain/iso-catalogue/catalogue';
import type { AuditView, ProgrammeView } from './api';

export interface GridRow {
  readonly areaId: string;
  readonly title: string;
  readonly kind: 'clause' | 'annex-a';
  readonly requirements: number;
  /** The area's requirements no audit of the cycle reaches (cancelled audits do not count). */
  readonly uncovered: readonly string[];
  /** Per month of the cycle, in order: the audits of that month whose scope reaches the area. */
  readonly cells: readonly (readonly AuditView[])[];
}

export interface ProgrammeGrid {
  readonly months: readonly YearMonth[];
  readonly rows: readonly GridRow[];
  /** Audits whose month lies outside the cycle: they cover nothing, so they are listed apart. */
  readonly outsideCycle: readonly AuditView[];
}

export const STATUS_LABELS: Readonly<Record<AuditStatus, string>> = { planned: 'Planned', in_progress: 'In progress', reported: 'Reported', cancelled: 'Cancelled' };
/** Jira's lozenge semantics: to do grey, in progress blue, done green; a cancelled audit greyed and struck through. */
export const STATUS_TONES: Readonly<Record<AuditStatus, string>> = { planned: 'c9-tone-neutral', in_progress: 'c9-aud-tone-progress', reported: 'c9-tone-success', cancelled: 'c9-tone-neutral c9-aud-cancelled' };

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03" → "Mar 2026". */
export function monthLabel(month: string): string {
  const [year = '', index = '1'] = month.split('-');
  return `${MONTH_NAMES[Number(index) - 1] ?? index} ${year}`;
}

export function cycleMonths(cycle: ProgrammeView['cycle']): YearMonth[] {
  return Array.from({ length: cycle.months }, (_, index) => addMonthsTo(cycle.start, index));
}

/** "A.5.15 Access control"; an id the catalogue does not know is shown as it is. */
export function describeRequirement(id: string): string {
  return isCatalogueId(id) ? `${id} ${getCatalogueEntry(id).title}` : id;
}

export function buildProgrammeGrid(programme: ProgrammeView): ProgrammeGrid {
  const months = cycleMonths(programme.cycle);
  const monthIndex = new Map<string, number>(months.map((month, index) => [month, index]));
  const uncoveredByArea = new Map(programme.uncovered.areas.map((area) => [area.areaId, area.uncovered]));
  const reached = new Map(programme.audits.map((audit) => [audit.id, new Set<string>(requirementsInScope(audit.scope))]));
  const rows = standardAuditAreas(programme.applicableControls).map((area): GridRow => {
    const requirements = requirementsInScope(area.scope);
    const cells = months.map((): AuditView[] => []);
    for (const audit of programme.audits) {
      const index = monthIndex.get(audit.month);
      const audited = reached.get(audit.id);
      if (index === undefined || audited === undefined) continue;
      if (requirements.some((requirement) => audited.has(requirement))) cells[index]?.push(audit);
    }
    return {
      areaId: area.id,
      title: area.title,
      kind: area.id.startsWith('clause-') ? 'clause' : 'annex-a',
      requirements: requirements.length,
      uncovered: uncoveredByArea.get(area.id) ?? [],
      cells,
    };
  });
  return { months, rows, outsideCycle: programme.audits.filter((audit) => !monthIndex.has(audit.month)) };
}

/** Counts per status, for the summary line above the grid. */
export function statusCounts(audits: readonly AuditView[]): Readonly<Record<AuditStatus, number>> {
  const counts: Record<AuditStatus, number> = { planned: 0, in_progress: 0, reported: 0, cancelled: 0 };
  for (const audit of audits) counts[audit.status] += 1;
  return counts;
}
