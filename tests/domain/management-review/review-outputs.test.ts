import { validateReviewOutputs } from '../../../src/domain/management-review/review-outputs';
import { thrownDomainError } from '../thrown-domain-error';
import { CEO, HELD_ON, outputs } from './review-builders';

describe('validateReviewOutputs (9.3.3)', () => {
  it('given decisions, resource needs and an action item due after the review, then they are accepted', () => {
    expect(validateReviewOutputs(outputs(), HELD_ON)).toEqual(outputs());
  });

  it('given no decisions and no actions, then that is a valid (if unusual) outcome', () => {
    expect(validateReviewOutputs({ improvementDecisions: [], ismsChangeDecisions: [], resourceNeeds: [], actionItems: [] }, HELD_ON).actionItems).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['due on the review date', { id: 'A1', description: 'x', owner: CEO, dueDate: '2026-06-15' }, 'actionItems.dueDate 2026-06-15 of "A1" must be after the review date 2026-06-15'],
    ['due before the review', { id: 'A1', description: 'x', owner: CEO, dueDate: '2026-05-01' }, 'actionItems.dueDate 2026-05-01 of "A1" must be after the review date 2026-06-15'],
    ['without an owner', { id: 'A1', description: 'x', dueDate: '2026-09-30' }, 'actionItems.owner must be an Atlassian account id'],
    ['without a due date', { id: 'A1', description: 'x', owner: CEO }, 'actionItems.dueDate must be a calendar date in the form YYYY-MM-DD'],
    ['without a description', { id: 'A1', description: '', owner: CEO, dueDate: '2026-09-30' }, 'actionItems.description must not be empty'],
  ])('given an action item %s, then it is refused with a message naming the field', (_, item, message) => {
    const error = thrownDomainError('INVALID_INPUT', () => validateReviewOutputs({ ...outputs(), actionItems: [item] }, HELD_ON));
    expect(error.message).toBe(message);
    expect(error.details).toMatchObject({ issues: [{ path: expect.stringMatching(/^actionItems\.0\./) as unknown }] });
  });

  it('given two action items with one id, then it is refused', () => {
    const [item] = outputs().actionItems;
    const error = thrownDomainError('INVALID_INPUT', () => validateReviewOutputs({ ...outputs(), actionItems: [item, item] }, HELD_ON));
    expect(error.message).toBe('actionItems must not repeat an id');
  });
});
