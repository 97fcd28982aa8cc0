import { planProgrammeInputSchema } from '../../../src/domain/audit-programme/plan-programme-schema';
import { planProgramme } from '../../../src/domain/audit-programme/plan-programme';
import { parseInput } from '../../../src/domain/parse-input';
import { thrownDomainError } from '../thrown-domain-error';

const valid = { programmeId: 'AP-2026', cycleStart: '2026-01', applicableControls: ['A.5.15', 'A.8.8'], maxItemsPerMonth: 2 };

describe('planProgrammeInputSchema', () => {
  it('given a minimal payload, then the defaults fill in and the plan can be drafted', () => {
    const parsed = parseInput(planProgrammeInputSchema, valid);
    expect(parsed).toMatchObject({ months: 12, importanceWeights: {}, previousNonconformities: {} });
    expect(planProgramme(parsed).programme.audits).toHaveLength(9);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a day instead of a month', { cycleStart: '2026-01-01' }, 'cycleStart must be a calendar month in the form YYYY-MM'],
    ['a clause among the controls', { applicableControls: ['9.2'] }, 'applicableControls "9.2" is not an Annex A control id (A.5.1–A.8.34)'],
    ['a negative weight', { importanceWeights: { 'clause-9': -1 } }, 'importanceWeights must be above 0'],
    ['a fractional count', { previousNonconformities: { 'clause-9': 1.5 } }, 'previousNonconformities must be a whole number from 0 to 1000'],
    ['no maxItemsPerMonth', { maxItemsPerMonth: undefined }, 'maxItemsPerMonth must be a whole number from 1 to 10'],
    ['a 48-month cycle', { months: 48 }, 'months must be a whole number from 1 to 36'],
  ])('given %s, then it is refused naming the field', (_, overrides, message) => {
    expect(thrownDomainError('INVALID_INPUT', () => parseInput(planProgrammeInputSchema, { ...valid, ...overrides })).message).toBe(message);
  });
});
