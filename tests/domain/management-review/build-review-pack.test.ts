import { buildReviewPack, isPackComplete } from '../../../src/domain/management-review/build-review-pack';
import { climateLine, type ClimateRelevance } from '../../../src/domain/management-review/climate-relevance';
import { periodTrend, type BetterWhen } from '../../../src/domain/management-review/period-trend';
import type { PackInput } from '../../../src/domain/management-review/review-pack';
import type { ReviewPackInputs } from '../../../src/domain/management-review/review-pack-inputs';
import { thrownDomainError } from '../thrown-domain-error';
import { AS_OF, d, pack, packInputs, Q1, Q2 } from './review-builders';

describe('buildReviewPack', () => {
  describe('given every input, as of 2026-06-10', () => {
    const result = pack();

    it('then nothing is missing', () => {
      expect(result.missing).toEqual([]);
      expect(isPackComplete(result)).toBe(true);
      expect(result.asOf).toBe('2026-06-10');
    });

    it('then a) lists previous actions by due date, the open one past its due date as overdue', () => {
      expect(result.previousActions?.items.map((item) => [item.id, item.overdue])).toEqual([
        ['MR-2025-2/A1', false],
        ['MR-2025-2/A2', true],
        ['MR-2025-2/A3', false],
      ]);
      expect(result.previousActions?.byStatus).toEqual({ open: 1, in_progress: 1, done: 1, cancelled: 0 });
      expect(result.previousActions?.overdue).toBe(1);
    });

    it('then b) and c) carry the climate line', () => {
      expect(result.issueChanges?.climateLine).toBe('Climate change is a relevant issue: yes — Heat waves threaten the on-premises server room cooling');
      expect(result.interestedPartyChanges?.climateLine).toBe(
        'Climate change is a relevant requirement of interested parties: no — No customer or regulator states climate-related security requirements',
      );
    });

    it('then d) 1) orders the periods and reads each trend against which way is better', () => {
      const section = result.nonconformities;
      expect(section?.periods.map((p) => p.period.label)).toEqual(['2026 Q1', '2026 Q2']);
      expect(section?.nonconformitiesOpened).toEqual({ latest: 2, previous: 4, change: 'down', direction: 'improving' });
      expect(section?.nonconformitiesClosed).toEqual({ latest: 5, previous: 3, change: 'up', direction: 'improving' });
      expect(section?.correctiveActionsOverdue).toEqual({ latest: 1, previous: 1, change: 'flat', direction: 'flat' });
    });

    it('then d) 2) gives checks on time, the latest outcomes and the KPI RAG summary', () => {
      const section = result.monitoring;
      expect(section?.periods.map((p) => p.onTimePercent)).toEqual([75, 90]);
      expect(section?.checksOnTime.direction).toBe('improving');
      expect(section?.outcomes).toEqual({ conforming: 36, nonconforming: 1, partially_conforming: 2, not_applicable: 0 });
      expect(section?.kpisByRag).toEqual({ red: 1, amber: 1, green: 1, no_data: 0 });
      expect(section?.kpisWorsening.map((kpi) => kpi.kpiId)).toEqual(['KPI-2']);
      expect(section?.kpisStale.map((kpi) => kpi.kpiId)).toEqual(['KPI-3']);
    });

    it('then d) 3) gives audits held and findings by kind of the latest period', () => {
      expect(result.audits?.auditsHeld).toMatchObject({ latest: 2, previous: 3, direction: 'worsening' });
      expect(result.audits?.nonconformities).toMatchObject({ latest: 1, previous: 2, direction: 'improving' });
      expect(result.audits?.findingsByKind).toEqual({ major_nonconformity: 1, minor_nonconformity: 0, observation: 0, opportunity_for_improvement: 2 });
    });

    it('then d) 4), f) and g) summarise objectives, risk treatment and open OFIs', () => {
      expect(result.objectives).toMatchObject({ achieved: 1, notAchieved: 1, notEvaluated: 0 });
      expect(result.risk?.treatmentCompletedPercent).toBe(62.5);
      expect(result.improvementOpportunities?.open.map((ofi) => ofi.findingId)).toEqual(['F-9', 'F-12']);
    });
  });

  it('given no inputs at all, then every input is missing, each with its clause', () => {
    const result = buildReviewPack({}, AS_OF);
    expect(result.missing.map((gap) => `${gap.clause} ${gap.input}`)).toEqual([
      '9.3.2 a) previousActions',
      '9.3.2 b) issueChanges',
      '9.3.2 c) interestedPartyChanges',
      '9.3.2 d) 1) nonconformities',
      '9.3.2 d) 2) monitoring',
      '9.3.2 d) 3) audits',
      '9.3.2 d) 4) objectives',
      '9.3.2 e) interestedPartyFeedback',
      '9.3.2 f) risk',
      '9.3.2 g) improvementOpportunities',
      '9.3 / 7.1 resources',
    ]);
    expect(result.missing[0]?.message).toBe('9.3.2 a) status of actions from previous management reviews: no data supplied');
    expect(result.previousActions).toBeNull();
    expect(result.resources).toBeNull();
  });

  describe('lists what is missing or not assessed, with a clear message', () => {
    const notAssessed: ClimateRelevance = { relevant: 'not_assessed', note: '' };
    it.each<[string, Partial<ReviewPackInputs>, PackInput, string]>([
      ['b) climate not assessed', { issueChanges: { changes: [], noChangesConfirmed: true, climate: notAssessed } }, 'issueChanges', '9.3.2 b) changes in external and internal issues: whether climate change is a relevant issue is not assessed (ISO/IEC 27001:2022/Amd 1:2024)'],
      ['c) no changes and nobody confirmed', { interestedPartyChanges: { changes: [], noChangesConfirmed: false, climate: { relevant: 'no', note: 'none' } } }, 'interestedPartyChanges', '9.3.2 c) changes in needs and expectations of interested parties: no changes recorded; record them or confirm there were none'],
      ['d) 1) no periods', { nonconformities: [] }, 'nonconformities', '9.3.2 d) 1) trends in nonconformities and corrective actions: no data supplied'],
      ['d) 2) a KPI without data', { monitoring: { periods: packInputs().monitoring?.periods ?? [], kpis: [{ kpiId: 'K', name: 'Backup success', rag: 'no_data', trend: 'insufficient_data', stale: true }] } }, 'monitoring', '9.3.2 d) 2) monitoring and measurement results: KPI "Backup success" has no measurement to evaluate'],
      ['d) 4) an objective not evaluated', { objectives: [{ id: 'O-3', title: 'Zero data breaches', target: '0', actual: null, achieved: null }] }, 'objectives', '9.3.2 d) 4) fulfilment of information security objectives: objective "Zero data breaches" has not been measured and evaluated'],
      ['e) no feedback and nobody confirmed', { interestedPartyFeedback: { entries: [], noFeedbackConfirmed: false } }, 'interestedPartyFeedback', '9.3.2 e) feedback from interested parties: no feedback recorded; record it or confirm there was none'],
      ['f) no risk assessment yet', { risk: { assessedOn: null, risksByLevel: [], risksAboveAcceptance: 0, treatmentActionsTotal: 0, treatmentActionsCompleted: 0, treatmentActionsOverdue: 0 } }, 'risk', '9.3.2 f) results of risk assessment and status of the risk treatment plan: no risk assessment has been carried out (8.2)'],
      ['resources not assessed', { resources: { assessment: 'not_assessed', note: '' } }, 'resources', '9.3 / 7.1 adequacy of resources: not assessed'],
    ])('%s', (_, overrides, input, message) => {
      expect(pack(overrides).missing.map((gap) => [gap.input, gap.message])).toEqual([[input, message]]);
    });

    it.each<[string, Partial<ReviewPackInputs>]>([
      ['no previous actions (first review)', { previousActions: [] }],
      ['no open OFIs', { improvementOpportunities: [] }],
      ['no changes, confirmed', { issueChanges: { changes: [], noChangesConfirmed: true, climate: { relevant: 'no', note: 'Office-only SaaS business' } } }],
      ['no feedback, confirmed', { interestedPartyFeedback: { entries: [], noFeedbackConfirmed: true } }],
    ])('but not %s', (_, overrides) => {
      expect(pack(overrides).missing).toEqual([]);
    });
  });

  it.each<[string, ReviewPackInputs, string]>([
    ['more checks on time than due', { monitoring: { periods: [{ period: Q1, checksDue: 3, checksDoneOnTime: 4, outcomes: {} }], kpis: [] } }, 'monitoring.checksDoneOnTime (4) must not exceed checksDue (3)'],
    ['a negative count', { audits: [{ period: Q1, auditsPlanned: 1, auditsHeld: -1, findings: {} }] }, 'audits.auditsHeld must be a whole number of 0 or more, got -1'],
    ['a period ending before it starts', { nonconformities: [{ period: { ...Q2, to: d('2026-03-01') }, nonconformitiesOpened: 0, nonconformitiesClosed: 0, correctiveActionsOpened: 0, correctiveActionsClosed: 0, correctiveActionsOverdue: 0 }] }, 'nonconformities.period "2026 Q2" ends (2026-03-01) before it starts (2026-04-01)'],
  ])('refuses %s', (_, inputs, message) => {
    expect(thrownDomainError('INVALID_INPUT', () => buildReviewPack(inputs, AS_OF)).message).toBe(message);
  });
});

describe('climateLine', () => {
  it.each<[ClimateRelevance, string]>([
    [{ relevant: 'yes', note: 'Flooding risk at the data centre' }, 'Climate change is a relevant issue: yes — Flooding risk at the data centre'],
    [{ relevant: 'no', note: 'Fully cloud-hosted in three regions' }, 'Climate change is a relevant issue: no — Fully cloud-hosted in three regions'],
    [{ relevant: 'not_assessed', note: '' }, 'Climate change is a relevant issue: not assessed'],
  ])('%j → %s', (climate, line) => {
    expect(climateLine('issue', climate)).toBe(line);
  });
});

describe('periodTrend', () => {
  it.each<[readonly (number | null)[], BetterWhen, string, string]>([
    [[], 'lower', 'insufficient_data', 'insufficient_data'],
    [[4], 'lower', 'insufficient_data', 'insufficient_data'],
    [[4, 2], 'lower', 'down', 'improving'],
    [[4, 2], 'higher', 'down', 'worsening'],
    [[2, 4], 'higher', 'up', 'improving'],
    [[3, 3], 'higher', 'flat', 'flat'],
    [[5, null, 6], 'higher', 'up', 'improving'],
  ])('%j with %s better → %s, %s', (series, betterWhen, change, direction) => {
    expect(periodTrend(series, betterWhen)).toMatchObject({ change, direction });
  });
});
