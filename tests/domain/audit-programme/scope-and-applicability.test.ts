import { auditCycle, cycleMonths, isDateInCycle, monthIndexInCycle } from '../../../src/domain/audit-programme/audit-cycle';
import { areasReaching, countsByArea, standardAuditAreas } from '../../../src/domain/audit-programme/audit-area';
import { REQUIREMENT_CLAUSES, requirementsOf, scopeCovers, scopeReaches, scopesOverlap } from '../../../src/domain/audit-programme/catalogue-scope';
import {
  applicableControlIds,
  everyControlApplicable,
  statementOfApplicabilitySchema,
  undecidedControls,
} from '../../../src/domain/audit-programme/statement-of-applicability';
import { addMonthsTo, isYearMonth, monthOf, monthsBetween } from '../../../src/domain/audit-programme/year-month';
import type { CatalogueId } from '../../../src/domain/iso-catalogue/catalogue';
import { d, ym } from './audit-builders';

describe('months and cycles', () => {
  it.each<[string, boolean]>([
    ['2026-01', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-1', false],
  ])('isYearMonth(%s) is %s', (value, expected) => {
    expect(isYearMonth(value)).toBe(expected);
  });

  it('counts months across years', () => {
    expect(addMonthsTo(ym('2026-11'), 3)).toBe('2027-02');
    expect(monthsBetween(ym('2026-11'), ym('2027-02'))).toBe(3);
    expect(monthOf(d('2026-02-28'))).toBe('2026-02');
  });

  it('given a cycle from September, then it runs twelve months into the next year', () => {
    const cycle = auditCycle(ym('2026-09'));
    expect(cycleMonths(cycle)).toHaveLength(12);
    expect(cycleMonths(cycle).at(-1)).toBe('2027-08');
    expect(monthIndexInCycle(cycle, ym('2027-08'))).toBe(11);
    expect(monthIndexInCycle(cycle, ym('2027-09'))).toBeNull();
    expect(isDateInCycle(cycle, d('2026-08-31'))).toBe(false);
  });
});

describe('catalogue scope', () => {
  it('reduces clauses to their finest sub-clauses', () => {
    expect(requirementsOf('9')).toEqual(['9.1', '9.2.1', '9.2.2', '9.3.1', '9.3.2', '9.3.3']);
    expect(requirementsOf('A.5.15')).toEqual(['A.5.15']);
    expect(REQUIREMENT_CLAUSES).toHaveLength(30);
  });

  it.each<[CatalogueId, CatalogueId, boolean]>([
    ['9', '9.2.1', true],
    ['9.2', '9.2.1', true],
    ['9.2.1', '9.2', false],
    ['9.1', '9.2.1', false],
    ['A.5.15', 'A.5.15', true],
    ['A.5.1', 'A.5.15', false],
  ])('scopeReaches(%s, %s) is %s', (scopeId, id, expected) => {
    expect(scopeReaches(scopeId, id)).toBe(expected);
  });

  it('counts a parent covered once every sub-clause is', () => {
    expect(scopeCovers(['9.2.1', '9.2.2'], '9.2')).toBe(true);
    expect(scopeCovers(['9.2.1'], '9.2')).toBe(false);
    expect(scopesOverlap(['9'], ['9.2.1'])).toBe(true);
    expect(scopesOverlap(['9.1'], ['9.2'])).toBe(false);
  });
});

describe('audit areas', () => {
  const areas = standardAuditAreas(applicableControlIds(everyControlApplicable()));

  it('given every control applicable, then the control sets partition Annex A without gaps or overlaps', () => {
    const controls = areas.filter((area) => area.id.startsWith('annex-a-')).flatMap((area) => area.scope);
    expect(controls).toHaveLength(93);
    expect(new Set(controls).size).toBe(93);
  });

  it('rolls counts per catalogue id up to areas', () => {
    expect(areasReaching(areas, '9.2.1')).toEqual(['clause-9']);
    const counts = countsByArea(areas, new Map<CatalogueId, number>([['A.5.15', 2], ['A.5.18', 1], ['9.3', 1]]));
    expect(counts.get('annex-a-access-control')).toBe(3);
    expect(counts.get('clause-9')).toBe(1);
    expect(counts.get('clause-4')).toBe(0);
  });
});

describe('statement of applicability', () => {
  it('given exclusions, then applicable controls leave them out and the undecided ones are listed', () => {
    const soa = { applicableControls: ['A.5.2', 'A.5.1', 'A.7.1'] as const, exclusions: [{ control: 'A.7.1' as const, justification: 'No premises' }] };
    expect(applicableControlIds(soa)).toEqual(['A.5.1', 'A.5.2']);
    expect(undecidedControls(soa)).toHaveLength(90);
    expect(undecidedControls(everyControlApplicable())).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['an unknown control', { applicableControls: ['A.9.1'], exclusions: [] }, 'applicableControls "A.9.1" is not an Annex A control id (A.5.1–A.8.34)'],
    ['a clause', { applicableControls: ['9.2'], exclusions: [] }, 'applicableControls "9.2" is not an Annex A control id (A.5.1–A.8.34)'],
    ['an exclusion without justification', { applicableControls: [], exclusions: [{ control: 'A.7.1', justification: '' }] }, 'exclusions.justification must not be empty'],
    ['a control both applicable and excluded', { applicableControls: ['A.7.1'], exclusions: [{ control: 'A.7.1', justification: 'No premises' }] }, 'exclusions.control A.7.1 is also listed in applicableControls'],
  ])('refuses %s with a message naming the field', (_, value, message) => {
    const result = statementOfApplicabilitySchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});
