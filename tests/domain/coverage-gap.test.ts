import { classifyGap, type CoverageGap, type GapFacts } from '../../src/domain/coverage-gap';
import type { CheckOutcome } from '../../src/domain/monitoring-check';

function facts(overrides: Partial<GapFacts> = {}): GapFacts {
  return { hasActiveMonitoringItem: true, checkedWithinWindow: true, latestOutcomes: ['conforming'], openNonconformities: 0, ...overrides };
}

describe('classifyGap', () => {
  it.each<[string, Partial<GapFacts>, CoverageGap]>([
    ['monitored, current, conforming, nothing open', {}, 'ok'],
    ['monitored, not checked yet, nothing due', { latestOutcomes: [] }, 'ok'],
    ['monitored, last occurrence unchecked', { checkedWithinWindow: false }, 'stale'],
    ['no active item', { hasActiveMonitoringItem: false, latestOutcomes: [] }, 'uncovered'],
    ['latest check nonconforming', { latestOutcomes: ['nonconforming'] }, 'failing'],
    ['latest check partially conforming', { latestOutcomes: ['conforming', 'partially_conforming'] }, 'failing'],
    ['latest check not applicable', { latestOutcomes: ['not_applicable'] }, 'ok'],
    ['an open nonconformity', { openNonconformities: 1 }, 'failing'],
    ['an open nonconformity and no monitoring: failing wins over uncovered', { hasActiveMonitoringItem: false, latestOutcomes: [], openNonconformities: 2 }, 'failing'],
    ['failing and stale: failing wins', { checkedWithinWindow: false, latestOutcomes: ['nonconforming' satisfies CheckOutcome] }, 'failing'],
  ])('%s → %s', (_, overrides, gap) => {
    expect(classifyGap(facts(overrides))).toBe(gap);
  });
});
