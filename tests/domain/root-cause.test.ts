// Root cause analysis records: 5 whys or fishbone, plus the "similar nonconformities" assessment.
import { parseInput } from '../../src/domain/parse-input';
import { rootCauseAnalysisSchema, rootCauseStatement, validateRootCause } from '../../src/domain/root-cause';
import { fishbone, fiveWhys } from './finding-builders';

const similar = { similarExist: false, couldOccurElsewhere: false, assessment: 'Checked other teams: none', relatedFindingIds: [] };

describe('root cause analysis', () => {
  it.each([
    [['Only one why'], 'Only one why'],
    [['a', 'b', 'c', 'd', 'e'], 'e'],
    [['a', 'b', 'c', 'd', 'e', 'f', 'seventh and last'], 'seventh and last'],
  ])('a 5-whys chain %j has the last answer as its root cause', (whys, statement) => {
    const [first = '', ...rest] = whys;
    expect(rootCauseStatement(fiveWhys([first, ...rest]))).toBe(statement);
  });

  it('trims text when validated', () => {
    expect(rootCauseStatement(validateRootCause(fiveWhys(['  padded  '])))).toBe('padded');
  });

  it.each([
    ['no whys', { technique: { technique: 'five_whys', whys: [] }, similarNonconformities: similar }, 'whys needs at least one answer'],
    ['a blank why', { technique: { technique: 'five_whys', whys: ['a', ' '] }, similarNonconformities: similar }, 'whys[] must not be empty'],
    ['an unknown technique', { technique: { technique: 'guesswork' }, similarNonconformities: similar }, 'technique.technique must be "five_whys" or "fishbone"'],
    [
      'no similar-nonconformity assessment',
      { technique: { technique: 'five_whys', whys: ['a'] }, similarNonconformities: { ...similar, assessment: '' } },
      'similarNonconformities.assessment must not be empty',
    ],
    [
      'a yes/no left out',
      { technique: { technique: 'five_whys', whys: ['a'] }, similarNonconformities: { ...similar, similarExist: undefined } },
      'similarNonconformities.similarExist must be true or false',
    ],
  ])('refuses %s, naming the field', (_case, raw, message) => {
    expect(() => parseInput(rootCauseAnalysisSchema, raw)).toThrow(message);
  });

  describe('fishbone', () => {
    it('names the chosen cause as root cause', () => {
      expect(rootCauseStatement(fishbone())).toBe('No automated deprovisioning from the HR system');
    });

    it('refuses a root cause that is not among the listed causes of its category', () => {
      const analysis = fishbone({ rootCause: { category: 'people', cause: 'No automated deprovisioning from the HR system' } });
      expect(() => validateRootCause(analysis)).toThrow('rootCause.cause must be one of the causes listed under causes.people');
    });

    it('refuses a category left out', () => {
      const { technique } = fishbone();
      if (technique.technique !== 'fishbone') throw new Error('builder');
      const fewerCauses = Object.fromEntries(Object.entries(technique.causes).filter(([category]) => category !== 'supplier'));
      expect(() => parseInput(rootCauseAnalysisSchema, { technique: { ...technique, causes: fewerCauses }, similarNonconformities: similar })).toThrow(
        'causes.supplier must be a list',
      );
    });
  });
});
