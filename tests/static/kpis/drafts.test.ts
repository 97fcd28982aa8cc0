// The KPI page's forms: typed text becomes the resolver payload without hiding mistakes (text that is not a number is
// sent as typed, for the resolver to name), the indicator preview, and the CSV split into invokes.
import { csvParts } from '../../../static/isms/src/kpis/csv-parts';
import { blankDraft, draftOf, measureNames, toDefinitionPayload } from '../../../static/isms/src/kpis/definition-draft';
import { emptyDraft, indicatorIsDerived, previewIndicator, readNumber, toSubmission } from '../../../static/isms/src/kpis/measurement-draft';
import { kpiDefinitionSchema, type KpiDefinition } from '../../../src/domain/kpi/kpi-definition';
import { localDate } from '../../../src/domain/local-date';

const phishing: KpiDefinition = {
  id: 'KPI-PHISH', name: 'Phishing simulation click rate', informationNeed: 'Are staff getting better at recognising phishing?',
  baseMeasures: [{ name: 'clicked', unit: 'people', measurementMethod: 'Clicked the link.' }, { name: 'sent', unit: 'people', measurementMethod: 'Recipients.' }],
  derivedMeasures: [{ name: 'click_rate', unit: '%', formula: 'clicked / sent * 100' }], indicator: { measure: 'click_rate', analyticalModel: 'Monthly rate.' },
  unit: '%', direction: 'lower_is_better', target: 3, decisionCriteria: { green: 3, amber: 6 }, collectionFrequency: 'monthly', reportingFrequency: 'quarterly',
  owner: 'acc-1', collector: 'acc-2', audience: ['ISMS Steering Committee', 'All staff'], dataSource: { kind: 'automated', sourceName: 'Phishing platform' },
  effectiveFrom: localDate('2025-01-01'),
};

describe('measurement draft', () => {
  it.each([
    ['4', 4], [' 4.5 ', 4.5], ['-2', -2], ['1e3', 1000], ['', undefined], ['4,5', '4,5'], ['12 %', '12 %'],
  ])('reads %p as %p', (text, value) => {
    expect(readNumber(text)).toBe(value);
  });

  it('sends base measures by name, and what is not a number as typed', () => {
    const draft = { ...emptyDraft(phishing, '2026-11-10'), baseValues: { clicked: '12', sent: 'four hundred' } };
    expect(toSubmission(phishing, draft, 'key-1')).toEqual({ kpiId: 'KPI-PHISH', periodStart: '2026-11-10', idempotencyKey: 'key-1', baseValues: { clicked: 12, sent: 'four hundred' } });
    expect(toSubmission(phishing, { ...draft, mode: 'indicator', value: '2.9' }, 'key-2')).toEqual({ kpiId: 'KPI-PHISH', periodStart: '2026-11-10', idempotencyKey: 'key-2', value: 2.9 });
    expect(toSubmission(phishing, { ...draft, mode: 'indicator', value: '' }, 'key-3')).toEqual({ kpiId: 'KPI-PHISH', periodStart: '2026-11-10', idempotencyKey: 'key-3' });
  });

  it('previews the indicator and its RAG once every base measure is a number', () => {
    const draft = emptyDraft(phishing, '2026-11-10');
    expect(indicatorIsDerived(phishing)).toBe(true);
    expect(previewIndicator(phishing, { ...draft, baseValues: { clicked: '20', sent: '400' } })).toEqual({ value: 5, rag: 'amber' });
    expect(previewIndicator(phishing, { ...draft, baseValues: { clicked: '20', sent: '' } })).toBeNull();
    expect(previewIndicator(phishing, { ...draft, baseValues: { clicked: '0', sent: '0' } })).toBeNull();
    expect(previewIndicator(phishing, { ...draft, mode: 'indicator', value: '2' })).toEqual({ value: 2, rag: 'green' });
  });
});

describe('definition draft', () => {
  it('round-trips a stored definition unchanged', () => {
    expect(kpiDefinitionSchema.parse(toDefinitionPayload(draftOf(phishing)))).toEqual(phishing);
  });

  it('sends unparsable numbers as typed, trims names and drops blank audience lines', () => {
    const draft = { ...draftOf(phishing), target: 'three', green: '', id: ' KPI-X ', audience: 'Board\n\n  CISO  \n' };
    const payload = toDefinitionPayload(draft);
    expect([payload.id, payload.target, payload.decisionCriteria.green, payload.audience]).toEqual(['KPI-X', 'three', '', ['Board', 'CISO']]);
  });

  it('starts a new KPI owned and collected by its author, with one empty base measure', () => {
    const draft = blankDraft('acc-9', '2026-11-01');
    expect([draft.owner, draft.collector, draft.baseMeasures.length, draft.effectiveFrom]).toEqual(['acc-9', 'acc-9', 1, '2026-11-01']);
    expect(measureNames(draftOf(phishing))).toEqual(['clicked', 'sent', 'click_rate']);
  });
});

describe('CSV parts', () => {
  it('sends a small file in one invoke and a large one in parts that join back to it, never splitting a character', () => {
    expect(csvParts('a,b\n1,2')).toEqual(['a,b\n1,2']);
    const text = 'é'.repeat(10) + 'x'.repeat(5);
    const parts = csvParts(text, 10, 7, 10);
    expect(parts?.join('')).toBe(text);
    expect(parts?.every((part) => new TextEncoder().encode(part).length <= 7)).toBe(true);
    expect(csvParts(text, 10, 7, 2)).toBeNull();
  });
});
