// KPI definitions for the KPI integration tests, JSON as the page sends them: a count (lower is better, manual) and
// a rate derived from two counts (higher is better, fed automatically).
import { TEST_USERS } from './stack';

export function incidents(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'KPI-INCIDENTS',
    name: 'Security incidents',
    informationNeed: 'Is the number of security incidents under control?',
    baseMeasures: [{ name: 'incidents', unit: 'incidents', measurementMethod: 'Count incidents classified as security incidents' }],
    derivedMeasures: [],
    indicator: { measure: 'incidents', analyticalModel: 'Incidents per month against the tolerance' },
    unit: 'incidents',
    direction: 'lower_is_better',
    target: 0,
    decisionCriteria: { green: 2, amber: 5 },
    collectionFrequency: 'monthly',
    reportingFrequency: 'quarterly',
    owner: TEST_USERS.ismsManager,
    collector: TEST_USERS.member,
    audience: ['ISMS Steering Committee'],
    dataSource: { kind: 'manual' },
    effectiveFrom: '2026-01-01',
    ...overrides,
  };
}

export function onTime(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return incidents({
    id: 'KPI-CA-ON-TIME',
    name: 'Corrective actions closed on time',
    baseMeasures: [
      { name: 'closed_on_time', unit: 'actions', measurementMethod: 'CA tickets resolved by their due date in the month' },
      { name: 'closed', unit: 'actions', measurementMethod: 'CA tickets resolved in the month' },
    ],
    derivedMeasures: [{ name: 'on_time_rate', unit: '%', formula: 'closed_on_time / closed * 100' }],
    indicator: { measure: 'on_time_rate', analyticalModel: 'Share of corrective actions resolved by their due date' },
    unit: '%',
    direction: 'higher_is_better',
    target: 95,
    decisionCriteria: { green: 90, amber: 75 },
    dataSource: { kind: 'automated', sourceName: 'Jira JQL count' },
    ...overrides,
  });
}
