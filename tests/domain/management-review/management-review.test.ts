import { markReviewPublished, preparePack, recordReviewHeld } from '../../../src/domain/management-review/management-review-transitions';
import { publishReview } from '../../../src/domain/management-review/publish-review';
import { scheduleReview } from '../../../src/domain/management-review/schedule-review';
import { thrownDomainError } from '../thrown-domain-error';
import { AS_OF, CEO, ctx, d, heldReview, HELD_ON, MR, minutes, outputs, pack, packReadyReview, scheduleInput, scheduledReview } from './review-builders';

const at = '2026-06-16T10:00:00.000Z';

describe('management review lifecycle', () => {
  describe('when a review is scheduled', () => {
    it('then it is scheduled with a "schedule" history entry', () => {
      const { review, history } = scheduleReview(scheduleInput(), ctx());
      expect(review).toMatchObject({ id: 'MR-2026-1', status: 'scheduled', scheduledDate: '2026-06-15', attendees: [CEO, 'acc-cto-1', MR] });
      expect(history).toEqual({ at: '2026-06-01T09:00:00.000Z', by: MR, from: null, to: 'scheduled', intent: 'schedule', note: null });
    });

    it.each<[string, Parameters<typeof scheduleInput>[0], string]>([
      ['no attendees', { attendees: [] }, 'attendees must name at least one member of top management'],
      ['a bad date', { scheduledDate: '2026-02-30' }, 'scheduledDate must be a calendar date in the form YYYY-MM-DD'],
      ['a period ending before it starts', { periodCovered: { from: '2026-06-30', to: '2026-01-01' } }, 'periodCovered.to must not be before periodCovered.from'],
      ['a blank title', { title: ' ' }, 'title must not be empty'],
    ])('with %s, then it is refused naming the field', (_, overrides, message) => {
      expect(thrownDomainError('INVALID_INPUT', () => scheduleReview(scheduleInput(overrides), ctx())).message).toBe(message);
    });
  });

  describe('given a scheduled review', () => {
    const review = scheduledReview();

    it('when a pack is prepared, then it is pack_ready and the history says how complete the pack is', () => {
      const { review: next, history } = preparePack(review, pack({ resources: undefined }), ctx());
      expect(next).toMatchObject({ status: 'pack_ready', packAsOf: AS_OF, missingInputs: 1 });
      expect(history).toMatchObject({ from: 'scheduled', to: 'pack_ready', intent: 'preparePack', note: 'pack as of 2026-06-10, 1 input(s) missing' });
    });

    it('when recorded as held, then it is refused: there is no pack yet', () => {
      thrownDomainError('ILLEGAL_TRANSITION', () => recordReviewHeld(review, { heldOn: HELD_ON, participants: [CEO] }, ctx()));
    });
  });

  describe('given a review with its pack ready', () => {
    const review = packReadyReview();

    it('when the pack is rebuilt with later data, then it stays pack_ready as of the new date', () => {
      expect(preparePack(review, pack({}, d('2026-06-14')), ctx()).review.packAsOf).toBe('2026-06-14');
    });

    it('when held, then the participants and date are recorded', () => {
      const { review: next, history } = recordReviewHeld(review, { heldOn: HELD_ON, participants: [CEO, MR] }, ctx({ at }));
      expect(next).toMatchObject({ status: 'held', heldOn: '2026-06-15', participants: [CEO, MR], packAsOf: AS_OF });
      expect(history).toMatchObject({ from: 'pack_ready', to: 'held', intent: 'recordHeld' });
    });

    it.each<[string, { heldOn: string; participants: string[] }, string]>([
      ['before the pack date', { heldOn: '2026-06-09', participants: [CEO] }, 'heldOn 2026-06-09 must not be before the pack date 2026-06-10'],
      ['without participants', { heldOn: '2026-06-15', participants: [] }, 'participants must name who took part'],
    ])('when held %s, then it is refused', (_, meeting, message) => {
      const error = thrownDomainError('INVALID_INPUT', () => recordReviewHeld(review, { heldOn: d(meeting.heldOn), participants: meeting.participants }, ctx()));
      expect(error.message).toBe(message);
    });
  });

  describe('given a held review', () => {
    const review = heldReview();
    const record = publishReview(review, pack(), minutes(), outputs(), at, MR, 1);

    it('when its version 1 record is published, then it is published and points at the record', () => {
      const { review: next, history } = markReviewPublished(review, record);
      expect(next).toMatchObject({ status: 'published', publishedVersion: 1, publishedRecordId: 'MR-2026-1@v1' });
      expect(history).toEqual({ at, by: MR, from: 'held', to: 'published', intent: 'publish', note: 'version 1' });
    });

    it('when a pack is prepared again, then it is refused: the meeting has happened', () => {
      thrownDomainError('ILLEGAL_TRANSITION', () => preparePack(review, pack(), ctx()));
    });

    it('when given a record of another version, then it is refused', () => {
      const published = markReviewPublished(review, record).review;
      thrownDomainError('INVALID_INPUT', () => markReviewPublished(published, record));
    });
  });
});
