// The management review surface (the ISMS project page "clause9-isms", sub-page reviews): reading and exporting need Browse Projects on the ISMS
// project; scheduling, building the pack, entering inputs and minutes and publishing need the ISMS manager role —
// each checked AS THE USER before any app read or write.
import { buildManagementReviewPack } from '../app/build-management-review-pack';
import { exportPublishedReview, readPublishedVersion } from '../app/export-published-review';
import { getManagementReview, listManagementReviews, listPublishedVersions } from '../app/get-management-review';
import { publishManagementReview } from '../app/publish-management-review';
import { recordReviewMinutes } from '../app/record-review-minutes';
import { saveReviewInputs } from '../app/save-review-inputs';
import { scheduleManagementReview } from '../app/schedule-management-review';
import {
  buildPackPayloadSchema,
  emptyReviewPayloadSchema,
  exportReviewPayloadSchema,
  reviewRefPayloadSchema,
  saveInputsPayloadSchema,
  saveMinutesPayloadSchema,
  scheduleReviewPayloadSchema,
} from '../contracts/management-review-payloads';
import { withFieldErrors } from './field-errors';
import { authoriseIsmsManager, authoriseIsmsReader, ismsSetup, readClock } from './isms-access';
import { appIssuePorts, appJira, liveInputPorts, reviewStorePorts } from './isms-record-ports';
import { ResolverSurface } from './resolver-surface';

const reader = (): Promise<void> => authoriseIsmsReader();
const manager = (): Promise<void> => authoriseIsmsManager();

/** Whether the caller may change reviews: the page shows readers everything read-only instead of failing on save. */
async function issuePorts() {
  return { ...reviewStorePorts, ...appIssuePorts(await ismsSetup(), appJira()) };
}

export const managementReviewResolver = new ResolverSurface('reviews')
  .define('reviews/list', {
    input: emptyReviewPayloadSchema,
    authorise: reader,
    run: () => listManagementReviews(reviewStorePorts),
  })
  .define('reviews/get', {
    input: reviewRefPayloadSchema,
    authorise: reader,
    run: ({ payload }) => getManagementReview(reviewStorePorts, payload.reviewId),
  })
  .define('reviews/schedule', {
    input: scheduleReviewPayloadSchema,
    authorise: manager,
    run: withFieldErrors(async ({ payload, accountId }) => scheduleManagementReview(await issuePorts(), payload, { by: accountId, at: (await readClock()).at })),
  })
  .define('reviews/pack', {
    input: buildPackPayloadSchema,
    authorise: manager,
    run: withFieldErrors(async ({ payload, accountId }) => {
      const clock = await readClock();
      const [setup, jira] = [await ismsSetup(), appJira()];
      const ports = { ...reviewStorePorts, ...liveInputPorts(setup, jira, clock.timeZone), followStatus: appIssuePorts(setup, jira).followStatus };
      return buildManagementReviewPack(ports, payload.reviewId, payload.asOf ?? clock.today, { by: accountId, at: clock.at });
    }),
  })
  .define('reviews/inputs/save', {
    input: saveInputsPayloadSchema,
    authorise: manager,
    run: withFieldErrors(async ({ payload, accountId }) => saveReviewInputs(reviewStorePorts, payload, { by: accountId, at: (await readClock()).at })),
  })
  .define('reviews/minutes/save', {
    input: saveMinutesPayloadSchema,
    authorise: manager,
    run: withFieldErrors(async ({ payload, accountId }) => recordReviewMinutes(reviewStorePorts, payload, { by: accountId, at: (await readClock()).at })),
  })
  .define('reviews/publish', {
    input: reviewRefPayloadSchema,
    authorise: manager,
    run: withFieldErrors(async ({ payload, accountId }) => publishManagementReview(await issuePorts(), payload.reviewId, { by: accountId, at: (await readClock()).at })),
  })
  .define('reviews/published', {
    input: reviewRefPayloadSchema,
    authorise: reader,
    run: withFieldErrors(({ payload }) => listPublishedVersions(reviewStorePorts, payload.reviewId)),
  })
  .define('reviews/version', {
    input: exportReviewPayloadSchema,
    authorise: reader,
    run: withFieldErrors(({ payload }) => readPublishedVersion(reviewStorePorts, payload.reviewId, payload.version)),
  })
  .define('reviews/export', {
    input: exportReviewPayloadSchema,
    authorise: reader,
    run: withFieldErrors(({ payload }) => exportPublishedReview(reviewStorePorts, payload.reviewId, payload.version)),
  })
  .handler();
