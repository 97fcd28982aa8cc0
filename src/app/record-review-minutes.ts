// Records the meeting (9.3.3): when it was held and who took part, the minutes and the outputs — decisions on
// improvement and on changes to the ISMS, resource needs, and action items with owners and due dates after the
// meeting. The first save moves a pack_ready review to held; later saves (also after publishing, for a correction
// published as a new version) change the draft minutes and outputs only.
import { recordReviewHeld } from '../domain/management-review/management-review-transitions';
import { validateReviewOutputs } from '../domain/management-review/review-outputs';
import { EMPTY_REVIEW_DRAFT } from '../adapters/storage/management-review-schemas';
import type { SaveMinutesPayload } from '../contracts/management-review-payloads';
import { AppError } from './app-error';
import { asFieldError } from './input-field-error';
import type { Actor } from './audit-programme-ports';
import { requireReview, toReviewView, type ReviewStorePorts, type ReviewView } from './management-review-ports';
import { toDraftView, type DraftView } from './save-review-inputs';

function sameMeeting(a: { heldOn: string; participants: readonly string[] }, b: { heldOn: string; participants: readonly string[] }): boolean {
  return a.heldOn === b.heldOn && JSON.stringify([...a.participants].sort()) === JSON.stringify([...b.participants].sort());
}

export async function recordReviewMinutes(ports: Pick<ReviewStorePorts, 'reviewStore' | 'draftStore'>, request: SaveMinutesPayload, actor: Actor): Promise<{ review: ReviewView; draft: DraftView }> {
  let current = await requireReview(ports, request.reviewId);
  const { review } = current.value;
  if (review.status === 'scheduled') {
    throw new AppError('ILLEGAL_TRANSITION', `Management review "${review.id}" has no pack yet: build the pack before recording the meeting.`);
  }
  if ((review.status === 'held' || review.status === 'published') && !sameMeeting(review, request)) {
    throw new AppError('INVALID_PAYLOAD', `heldOn and participants must stay as recorded (${review.heldOn}, ${review.participants.length} participants): the meeting itself cannot be re-dated`, 'heldOn');
  }
  // Checked before anything is written: every action item needs an owner and a due date after the meeting.
  let outputs;
  try {
    outputs = validateReviewOutputs(request.outputs, request.heldOn);
  } catch (error) {
    throw asFieldError(error, 'outputs');
  }
  if (review.status === 'pack_ready') {
    const { review: held, history } = recordReviewHeld(review, { heldOn: request.heldOn, participants: request.participants }, actor);
    current = await ports.reviewStore(review.id).write({ ...current.value, review: held, history: [...current.value.history, history] }, { ...actor, expectedVersion: current.version });
  }
  const draftStore = ports.draftStore(review.id);
  const draft = await draftStore.read();
  const next = { ...(draft?.value ?? EMPTY_REVIEW_DRAFT), minutes: { text: request.minutes.text, distributedTo: request.minutes.distributedTo }, outputs };
  const written = await draftStore.write(next, { ...actor, expectedVersion: draft?.version ?? 0 });
  return { review: toReviewView(current), draft: toDraftView(review.id, written) };
}
