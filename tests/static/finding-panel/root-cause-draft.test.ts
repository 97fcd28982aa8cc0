// The root cause editor's payloads: 5 whys as typed, fishbone with every category and the chosen cause, related
// findings split from free text, and an earlier analysis turned back into a draft.
import type { RootCauseAnalysis } from '../../../src/domain/root-cause';
import { rootCauseAnalysisSchema } from '../../../src/domain/root-cause';
import { draftFrom, edited, rootCausePayload } from '../../../static/finding-panel/src/root-cause-draft';

const similar = { similarExist: false, couldOccurElsewhere: true, assessment: 'Contractors too.', relatedFindingIds: ['ISMS-12', 'ISMS-14'] };

describe('rootCausePayload', () => {
  it('sends the whys as typed, and related findings split on commas and spaces', () => {
    const draft = { ...draftFrom(null), whys: ['A', 'B', 'C'], couldOccurElsewhere: true, assessment: 'Contractors too.', related: 'ISMS-12, ISMS-14 ' };
    const payload = rootCausePayload(draft);
    expect(payload).toEqual({ technique: { technique: 'five_whys', whys: ['A', 'B', 'C'] }, similarNonconformities: similar });
    expect(rootCauseAnalysisSchema.safeParse(payload).success).toBe(true);
  });

  it('sends a fishbone with every category and the chosen cause, which the contract accepts', () => {
    const draft = { ...draftFrom(null), technique: 'fishbone' as const, causes: { ...draftFrom(null).causes, process: ['No IT step', 'Manual list'] }, chosen: { category: 'process' as const, index: 1 }, assessment: 'x' };
    const payload = rootCausePayload(draft);
    expect(payload.technique).toEqual({
      technique: 'fishbone',
      causes: { people: [], process: ['No IT step', 'Manual list'], technology: [], environment: [], supplier: [], measurement: [] },
      rootCause: { category: 'process', cause: 'Manual list' },
    });
    expect(rootCauseAnalysisSchema.safeParse(payload).success).toBe(true);
  });

  it('sends an empty root cause when none is chosen, so the resolver names that field', () => {
    const payload = rootCausePayload({ ...draftFrom(null), technique: 'fishbone', assessment: 'x' });
    const parsed = rootCauseAnalysisSchema.safeParse(payload);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join('.')).toBe('technique.rootCause.cause');
  });
});

describe('draftFrom', () => {
  it('starts a new analysis with one empty why', () => {
    expect(draftFrom(null)).toMatchObject({ technique: 'five_whys', whys: [''], chosen: null, related: '' });
  });

  it('starts from an earlier fishbone with its chosen cause selected', () => {
    const earlier: RootCauseAnalysis = {
      technique: { technique: 'fishbone', causes: { people: ['Busy'], process: ['No IT step'], technology: [], environment: [], supplier: [], measurement: [] }, rootCause: { category: 'process', cause: 'No IT step' } },
      similarNonconformities: similar,
    };
    expect(draftFrom(earlier)).toMatchObject({ technique: 'fishbone', chosen: { category: 'process', index: 0 }, related: 'ISMS-12, ISMS-14', couldOccurElsewhere: true });
  });
});

describe('edited', () => {
  it.each([
    [1, 'x', ['a', 'x', 'c']],
    [3, 'd', ['a', 'b', 'c', 'd']],
    [1, undefined, ['a', 'c']],
  ] as const)('at %s with %s gives %j', (index, value, expected) => {
    expect(edited(['a', 'b', 'c'], index, value)).toEqual(expected);
  });
});
