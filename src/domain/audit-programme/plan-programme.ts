// Drafts a "little and often" audit programme for a cycle: one audit per area (a clause of 4–10 or a set of Annex A
// controls), spread over the months, important and troubled areas first. Deterministic — the same input always gives
// the same plan — so a re-plan shows only what really changed.
//
// The algorithm:
// 1. priority(area) = importance weight (default 1) × (1 + nonconformities raised in it last cycle).
// 2. Every area gets a first audit; the first audits are ordered by priority, highest first (ties: standard order,
//    clauses before controls).
// 3. Areas with previous nonconformities get a follow-up audit in the same cycle, highest priority first, as long as
//    months × maxItemsPerMonth slots allow. Follow-ups come after all first audits.
// 4. The sequence of V audits is laid evenly over the M months: audit k goes to month floor(k × M / V). So no month
//    holds more than ceil(V / M) audits, months stay evenly loaded, and order in the sequence is order in time.
//    A follow-up that would land in the month of its own first audit is dropped (only possible in very short cycles).
import { DomainError } from '../domain-error';
import { compareCatalogueIds, type AnnexAControlId } from '../iso-catalogue/catalogue';
import { auditCycle } from './audit-cycle';
import type { AuditArea } from './audit-area';
import { standardAuditAreas } from './audit-area';
import type { AuditProgramme } from './audit-programme';
import type { PlannedAuditDraft } from './planned-audit';
import { addMonthsTo, type YearMonth } from './year-month';

export interface PlanProgrammeInput {
  readonly programmeId: string;
  readonly cycleStart: YearMonth;
  /** Default 12. */
  readonly months?: number;
  readonly applicableControls: readonly AnnexAControlId[];
  /** Area id → weight > 0 (default 1). Higher is audited earlier. */
  readonly importanceWeights?: Readonly<Record<string, number>>;
  /** Area id → nonconformities raised there in the previous cycle (see `countsByArea`). */
  readonly previousNonconformities?: Readonly<Record<string, number>>;
  readonly maxItemsPerMonth: number;
  /** Default: `standardAuditAreas(applicableControls)`. */
  readonly areas?: readonly AuditArea[];
}

/** Why an audit sits where it does: shown next to the plan so the MR can defend it to top management. */
export interface AuditPlacement {
  readonly auditId: string;
  readonly areaId: string;
  readonly visit: 1 | 2;
  readonly priority: number;
  readonly month: YearMonth;
}

export interface PlannedProgramme {
  readonly programme: AuditProgramme;
  readonly placements: readonly AuditPlacement[];
}

interface Visit {
  readonly area: AuditArea;
  readonly visit: 1 | 2;
  readonly priority: number;
}

const FIRST_OBJECTIVES =
  'Determine whether the requirements in scope conform to ISO/IEC 27001:2022 and to the organisation’s own ISMS requirements, and are effectively implemented and maintained (9.2.1).';
const FOLLOW_UP_OBJECTIVES = `${FIRST_OBJECTIVES} Verify that nonconformities raised earlier were corrected and the corrective actions were effective (10.2).`;

function invalid(field: string, message: string, value: unknown): DomainError {
  return new DomainError('INVALID_INPUT', `${field} ${message}`, { field, value });
}

function countPerArea(field: string, table: Readonly<Record<string, number>> | undefined, areas: readonly AuditArea[], fallback: number, isValid: (n: number) => boolean, rule: string): Map<string, number> {
  const known = new Set(areas.map((area) => area.id));
  for (const [areaId, value] of Object.entries(table ?? {})) {
    if (!known.has(areaId)) throw invalid(field, `names unknown area "${areaId}"`, areaId);
    if (!isValid(value)) throw invalid(field, `for "${areaId}" ${rule}, got ${value}`, value);
  }
  return new Map(areas.map((area) => [area.id, table?.[area.id] ?? fallback]));
}

function orderVisits(input: PlanProgrammeInput, areas: readonly AuditArea[], months: number): Visit[] {
  const weights = countPerArea('importanceWeights', input.importanceWeights, areas, 1, (n) => Number.isFinite(n) && n > 0, 'must be a number above 0');
  const previous = countPerArea('previousNonconformities', input.previousNonconformities, areas, 0, (n) => Number.isInteger(n) && n >= 0, 'must be a whole number of 0 or more');
  const ranked = areas
    .map((area, index) => ({ area, index, ncs: previous.get(area.id) ?? 0, priority: (weights.get(area.id) ?? 1) * (1 + (previous.get(area.id) ?? 0)) }))
    .sort((a, b) => b.priority - a.priority || a.index - b.index);
  const capacity = months * input.maxItemsPerMonth;
  if (ranked.length > capacity) {
    throw invalid('maxItemsPerMonth', `of ${input.maxItemsPerMonth} gives ${capacity} audits in ${months} months, too few for ${ranked.length} areas; use at least ${Math.ceil(ranked.length / months)}`, input.maxItemsPerMonth);
  }
  const firsts = ranked.map(({ area, priority }): Visit => ({ area, visit: 1, priority }));
  const followUps = months < 2 ? [] : ranked.filter(({ ncs }) => ncs > 0).slice(0, capacity - firsts.length).map(({ area, priority }): Visit => ({ area, visit: 2, priority }));
  return [...firsts, ...followUps];
}

function auditId(programmeId: string, visit: Visit): string {
  return `${programmeId}-${visit.area.id}-${visit.visit}`;
}

function toAudit(programmeId: string, visit: Visit, month: YearMonth): PlannedAuditDraft {
  const { area } = visit;
  return {
    id: auditId(programmeId, visit),
    status: 'planned',
    title: visit.visit === 1 ? `Internal audit: ${area.title}` : `Follow-up internal audit: ${area.title}`,
    month,
    scope: area.scope,
    processes: [],
    objectives: visit.visit === 1 ? FIRST_OBJECTIVES : FOLLOW_UP_OBJECTIVES,
    criteria: `ISO/IEC 27001:2022 ${area.scope.join(', ')}; the organisation’s ISMS policies, procedures and Statement of Applicability.`,
    auditors: [],
    leadAuditor: null,
  };
}

export function planProgramme(input: PlanProgrammeInput): PlannedProgramme {
  const cycle = auditCycle(input.cycleStart, input.months);
  if (!Number.isInteger(input.maxItemsPerMonth) || input.maxItemsPerMonth < 1) {
    throw invalid('maxItemsPerMonth', 'must be a whole number of 1 or more', input.maxItemsPerMonth);
  }
  const areas = input.areas ?? standardAuditAreas(input.applicableControls);
  if (new Set(areas.map((area) => area.id)).size !== areas.length) throw invalid('areas', 'must not repeat an area id', areas.map((area) => area.id));
  const empty = areas.find((area) => area.scope.length === 0);
  if (empty !== undefined) throw invalid('areas', `"${empty.id}" has nothing in scope`, empty.id);
  const visits = orderVisits(input, areas, cycle.months);
  const monthIndexOf = (k: number): number => Math.floor((k * cycle.months) / visits.length);
  const firstMonth = new Map(visits.filter((v) => v.visit === 1).map((v, k) => [v.area.id, monthIndexOf(k)]));
  const placed = visits
    .map((visit, k) => ({ visit, monthIndex: monthIndexOf(k) }))
    .filter(({ visit, monthIndex }) => visit.visit === 1 || firstMonth.get(visit.area.id) !== monthIndex);
  const audits = placed.map(({ visit, monthIndex }) => toAudit(input.programmeId, visit, addMonthsTo(cycle.start, monthIndex)));
  const placements = placed.map(({ visit, monthIndex }): AuditPlacement => ({
    auditId: auditId(input.programmeId, visit),
    areaId: visit.area.id,
    visit: visit.visit,
    priority: visit.priority,
    month: addMonthsTo(cycle.start, monthIndex),
  }));
  return { programme: { id: input.programmeId, cycle, applicableControls: [...new Set(input.applicableControls)].sort(compareCatalogueIds), audits }, placements };
}
