// The finding panel's stepper: every stage of the kind's path, done ones with the entry that reached them, the
// current one, a reopened nonconformity back at root cause analysis, and an OFI closed without its plan step.
import type { Finding } from '../../../src/domain/finding';
import type { FindingHistoryEntry } from '../../../src/domain/finding-intents';
import { formatInstant, lifecycleStages } from '../../../static/finding-panel/src/lifecycle';

const facts = { id: 'finding:f-1', source: 'internal_audit', sourceRef: 'AUD-1', references: ['A.5.18'], raisedBy: 'priya', raisedOn: '2026-11-02', title: 'T', description: 'D' } as const;
const nonconformity = (status: string, extra: Record<string, unknown> = {}) => ({ ...facts, kind: 'major_nonconformity', cycle: 1, priorCycles: [], status, ...extra }) as unknown as Finding;
const entry = (at: string, by: string, from: string | null, to: string, intent: string): FindingHistoryEntry => ({ at, by, from, to, intent, note: null }) as FindingHistoryEntry;

const raised = entry('2026-11-02T09:00:00.000Z', 'grace', null, 'open', 'raise');
const contained = entry('2026-11-03T10:00:00.000Z', 'ben', 'open', 'contained', 'recordContainment');

describe('lifecycleStages', () => {
  it('marks the stages a contained nonconformity has passed, the current one and the ones ahead', () => {
    const stages = lifecycleStages(nonconformity('contained'), [raised, contained]);
    expect(stages.map((stage) => [stage.status, stage.state, stage.reached?.by ?? null])).toEqual([
      ['open', 'done', 'grace'],
      ['contained', 'current', 'ben'],
      ['root_cause_analysed', 'upcoming', null],
      ['corrective_action_planned', 'upcoming', null],
      ['actions_implemented', 'upcoming', null],
      ['effectiveness_review', 'upcoming', null],
      ['closed', 'upcoming', null],
    ]);
    expect(stages.map((stage) => stage.clause)).toEqual([null, '10.2 a', '10.2 b', '10.2 c', '10.2 c', '10.2 d', null]);
  });

  it('shows a reopened nonconformity back at root cause analysis, reached by the reopening', () => {
    const reopened = entry('2027-02-20T09:00:00.000Z', 'priya', 'effectiveness_review', 'reopened', 'reopenAfterIneffectiveReview');
    const analysed = entry('2026-11-05T09:00:00.000Z', 'ben', 'contained', 'root_cause_analysed', 'recordRootCause');
    const stages = lifecycleStages(nonconformity('reopened', { cycle: 2 }), [raised, contained, analysed, reopened]);
    const current = stages.find((stage) => stage.state === 'current');
    expect(current).toMatchObject({ status: 'root_cause_analysed', label: 'Root cause analysed (reopened)', reached: { at: '2027-02-20T09:00:00.000Z', by: 'priya' } });
    expect(stages.filter((stage) => stage.state === 'done').map((stage) => stage.status)).toEqual(['open', 'contained']);
  });

  it('marks every stage of a closed finding done', () => {
    const stages = lifecycleStages(nonconformity('closed'), [raised, entry('2026-12-01T09:00:00.000Z', 'priya', 'effectiveness_review', 'closed', 'closeAfterReview')]);
    expect(stages.at(-1)).toMatchObject({ status: 'closed', state: 'done', reached: { by: 'priya' } });
    expect(stages.some((stage) => stage.state === 'current' || stage.state === 'upcoming')).toBe(false);
  });

  it('follows the lighter path of an OFI, with the plan step skipped when it was closed without action', () => {
    const ofi = { ...facts, kind: 'opportunity_for_improvement', status: 'closed', closure: { outcome: 'no_action', reason: 'R', closedOn: '2026-11-04' } } as unknown as Finding;
    const stages = lifecycleStages(ofi, [raised, entry('2026-11-04T09:00:00.000Z', 'priya', 'open', 'closed', 'closeWithoutAction')]);
    expect(stages.map((stage) => [stage.status, stage.state, stage.clause])).toEqual([
      ['open', 'done', null],
      ['action_planned', 'skipped', null],
      ['closed', 'done', null],
    ]);
  });
});

describe('formatInstant', () => {
  it('shows an instant to the minute, in UTC', () => {
    expect(formatInstant('2026-11-22T09:14:03.120Z')).toBe('2026-11-22 09:14 UTC');
  });
});
