// Schedules a management review at a planned interval (9.3.1) and gives it its "Management review" Jira issue.
// Idempotent: scheduling the same review again (a retry) returns it and completes the issue if a run stopped
// before creating it; the same id with different facts is a CONFLICT.
import type { ScheduleReviewInput } from '../domain/management-review/schedule-review';
import { scheduleReview } from '../domain/management-review/schedule-review';
import { AppError } from './app-error';
import type { AppIssuePorts } from './app-issue-ports';
import type { Actor } from './audit-programme-ports';
import { ensureReviewIssue, toReviewView, type ReviewStorePorts, type ReviewView } from './management-review-ports';

export async function scheduleManagementReview(ports: ReviewStorePorts & AppIssuePorts, input: ScheduleReviewInput, actor: Actor): Promise<ReviewView> {
  const store = ports.reviewStore(input.id);
  const scheduled = scheduleReview(input, actor);
  let record = await store.read();
  if (record === undefined) {
    record = await store.write({ review: scheduled.review, history: [scheduled.history], jiraIssue: null, actionIssues: {}, packHash: null }, { ...actor, expectedVersion: 0 });
  } else {
    const stored = record.value.review;
    const wanted = scheduled.review;
    const same =
      stored.title === wanted.title &&
      stored.scheduledDate === wanted.scheduledDate &&
      JSON.stringify(stored.periodCovered) === JSON.stringify(wanted.periodCovered) &&
      JSON.stringify(stored.attendees) === JSON.stringify(wanted.attendees);
    if (!same) throw new AppError('CONFLICT', `Management review "${input.id}" is already scheduled with other details; choose another id.`, 'id');
  }
  await ports.addReviewId(input.id, actor);
  if (record.value.jiraIssue !== null) return toReviewView(record);
  const jiraIssue = await ensureReviewIssue(ports, record.value.review);
  return toReviewView(await store.write({ ...record.value, jiraIssue }, { ...actor, expectedVersion: record.version }));
}
