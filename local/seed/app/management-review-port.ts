// The last management review (9.3) through the ISMS page's resolver ("clause9-isms", sub-page reviews), as the ISMS manager,
// step by step as it happened: schedule it, type in the inputs, build the pack from live data as of the meeting day,
// record the meeting (minutes and outputs), publish — which writes the immutable, hashed version and creates the
// action items as "Review action" issues. Then the owners work those issues in Jira as the demo says (done, in
// progress), which is what the next review reads as input a). The app stamps the publication with the time the
// seed runs; the meeting date, minutes and due dates are the story's.
import { z } from 'zod';

import type { DemoManagementReview } from '../demo-organisation';
import { roleOf } from '../demo-people';
import { ANY_DATA } from './app-caller';
import type { AppCaller } from './app-caller';
import { transitionIssue } from './jira-as-user';

export const REVIEWS_PANEL = 'clause9-isms';

const publishedSchema = z.object({
  published: z.object({ version: z.number(), contentHash: z.string() }),
  actionItems: z.array(z.object({ itemId: z.string(), issueKey: z.string().nullable(), error: z.string().nullable() })),
});

const STATUS_NAMES = { open: null, in_progress: 'In Progress', done: 'Done', cancelled: 'Done' } as const;

function minutesText(review: DemoManagementReview): string {
  return review.minutes.map((section) => `${section.input}) ${section.heading}\n${section.notes}`).join('\n\n');
}

export async function importManagementReview(app: AppCaller, jiraUrl: string, review: DemoManagementReview): Promise<void> {
  const reviewId = review.id;
  const call = (functionKey: string, payload: unknown) => app.call('ismsManager', REVIEWS_PANEL, functionKey, payload, ANY_DATA);
  const attendees = [...review.attendees];
  await call('reviews/schedule', { id: reviewId, title: review.title, scheduledDate: review.heldOn, periodCovered: review.periodCovered, attendees });
  await call('reviews/inputs/save', { reviewId, ...review.inputs });
  await call('reviews/pack', { reviewId, asOf: review.heldOn });
  await call('reviews/minutes/save', {
    reviewId,
    heldOn: review.heldOn,
    participants: attendees,
    minutes: { text: minutesText(review), distributedTo: [...attendees, ...review.apologies] },
    outputs: review.outputs,
  });
  const published = await app.call('ismsManager', REVIEWS_PANEL, 'reviews/publish', { reviewId }, publishedSchema);
  for (const item of review.actionItemStatus) {
    const created = published.actionItems.find((outcome) => outcome.itemId === item.id);
    const issueKey = created?.issueKey ?? null;
    if (issueKey === null) throw new Error(`review action ${item.id} has no issue: ${created?.error ?? 'not created'}`);
    const statusName = STATUS_NAMES[item.status];
    if (statusName !== null) await transitionIssue(jiraUrl, roleOf(item.owner), issueKey, statusName);
  }
}
