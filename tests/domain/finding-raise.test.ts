// Raising a finding: kinds, labels (JQL values), sources and the validation of what is raised.
import type { FindingKind } from '../../src/domain/finding';
import { FINDING_KIND_LABELS, FINDING_KINDS, isNonconformity } from '../../src/domain/finding';
import type { RaiseFindingInput } from '../../src/domain/finding-raise';
import { raiseFinding, raiseFindingInputSchema } from '../../src/domain/finding-raise';
import { parseInput } from '../../src/domain/parse-input';
import { AUDITOR, raiseInput } from './finding-builders';
import { thrownDomainError } from './thrown-domain-error';

describe('finding kinds', () => {
  it.each<[FindingKind, string, boolean]>([
    ['major_nonconformity', 'Major nonconformity', true],
    ['minor_nonconformity', 'Minor nonconformity', true],
    ['observation', 'Observation', false],
    ['opportunity_for_improvement', 'Opportunity for improvement', false],
  ])('%s is labelled "%s" (a JQL value) and isNonconformity = %s', (kind, label, nonconformity) => {
    expect(FINDING_KIND_LABELS[kind]).toBe(label);
    expect(isNonconformity(kind)).toBe(nonconformity);
  });

  it('has a label for every kind', () => {
    expect(Object.keys(FINDING_KIND_LABELS).sort()).toEqual([...FINDING_KINDS].sort());
  });
});

describe('raiseFinding', () => {
  it('creates an open nonconformity in cycle 1 and a "raise" history entry by the raiser', () => {
    const { finding, history } = raiseFinding(raiseInput({ title: '  Leavers keep access  ' }), '2026-03-02T09:00:00.000Z');

    expect(finding).toMatchObject({ id: 'F-1', status: 'open', kind: 'major_nonconformity', cycle: 1, priorCycles: [], title: 'Leavers keep access' });
    expect(history).toEqual({ at: '2026-03-02T09:00:00.000Z', by: AUDITOR, from: null, to: 'open', intent: 'raise', note: null });
  });

  it('creates an observation without cycle bookkeeping', () => {
    const { finding } = raiseFinding(raiseInput({ kind: 'observation', references: [] }), '2026-03-02T09:00:00.000Z');

    expect(finding).not.toHaveProperty('cycle');
    expect(finding.status).toBe('open');
  });

  it('accepts a missing sourceRef only for source "other"', () => {
    expect(raiseFinding(raiseInput({ source: 'other', sourceRef: null }), '2026-03-02T09:00:00Z').finding.sourceRef).toBeNull();
  });

  it.each<[string, Partial<RaiseFindingInput>, string]>([
    ['a nonconformity without references', { references: [] }, 'references must name at least one clause or control for a nonconformity'],
    ['an unknown control', { references: ['A.9.1'] }, 'references[] "A.9.1" must be an ISO/IEC 27001:2022 clause id'],
    ['a repeated reference', { references: ['9.2', '9.2'] }, 'references must not repeat an id'],
    ['no sourceRef for an internal audit', { sourceRef: null }, 'sourceRef is required for source "internal_audit"'],
    ['a blank title', { title: '   ' }, 'title must not be empty'],
    ['a title longer than a Jira summary', { title: 'x'.repeat(256) }, 'title must be at most 255 characters'],
    ['a raiser that is not an account id', { raisedBy: 'Jane Doe' }, 'raisedBy must be an Atlassian account id'],
  ])('refuses %s, naming the field', (_case, overrides, message) => {
    expect(thrownDomainError('INVALID_INPUT', () => raiseFinding(raiseInput(overrides), '2026-03-02T09:00:00Z')).message).toContain(message);
  });

  it.each([
    ['raisedOn', { ...raiseInput(), raisedOn: '2026-02-30' }, 'raisedOn must be a calendar date in the form YYYY-MM-DD'],
    ['kind', { ...raiseInput(), kind: 'critical' }, 'kind must be one of major_nonconformity, minor_nonconformity, observation, opportunity_for_improvement'],
    ['source', { ...raiseInput(), source: 'rumour' }, 'source must be one of internal_audit'],
  ])('at a boundary, a bad %s is refused naming the field', (_field, raw, message) => {
    expect(() => parseInput(raiseFindingInputSchema, raw)).toThrow(message);
  });
});
