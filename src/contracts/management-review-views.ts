// What the reviews keys answer (ISMS page "clause9-isms", sub-page reviews), as zod schemas the page parses with.
// Each `satisfies` ties a schema to the use case's own type, so the page cannot drift from what the app returns.
import { z } from 'zod';

import { localDateSchema } from '../domain/local-date';
import type { PublishedReviewRecord } from '../domain/management-review/publish-review';
import { managementReviewSchema, reviewDraftSchema, storedMinutesSchema, storedOutputsSchema } from '../adapters/storage/management-review-schemas';
import type { BuiltPack } from '../app/build-management-review-pack';
import type { ActionItemOutcome } from '../app/create-review-actions';
import type { PublishedVersionView, ReviewExport } from '../app/export-published-review';
import type { PublishedVersion, ReviewDetail } from '../app/get-management-review';
import type { ReviewView } from '../app/management-review-ports';
import type { PublishResult } from '../app/publish-management-review';
import type { DraftView } from '../app/save-review-inputs';
import { reviewPackSchema } from './review-pack-schema';

/** A published version's content, parsed on every read of the store and by the page. */
export const publishedReviewRecordSchema = z.object({
  recordType: z.literal('management_review'),
  recordId: z.string(),
  reviewId: z.string(),
  version: z.number().int().min(1),
  supersedes: z.string().nullable(),
  title: z.string(),
  scheduledDate: localDateSchema,
  heldOn: localDateSchema,
  periodCovered: z.object({ from: localDateSchema, to: localDateSchema }),
  participants: z.array(z.string()),
  publishedAt: z.string(),
  publishedBy: z.string(),
  pack: reviewPackSchema,
  minutes: storedMinutesSchema,
  outputs: storedOutputsSchema,
}) satisfies z.ZodType<PublishedReviewRecord>;

const historyEntrySchema = z.object({
  at: z.string(),
  by: z.string(),
  from: z.enum(['scheduled', 'pack_ready', 'held', 'published']).nullable(),
  to: z.enum(['scheduled', 'pack_ready', 'held', 'published']),
  intent: z.enum(['schedule', 'preparePack', 'recordHeld', 'publish']),
  note: z.string().nullable(),
});

export const reviewViewSchema = z.intersection(
  managementReviewSchema,
  z.object({ version: z.number(), jiraIssueKey: z.string().nullable(), history: z.array(historyEntrySchema), actionIssueKeys: z.record(z.string(), z.string()) }),
) satisfies z.ZodType<ReviewView>;

export const draftViewSchema = z.object({ reviewId: z.string(), draft: reviewDraftSchema, version: z.number() }) satisfies z.ZodType<DraftView>;

const publishedSummary = {
  recordId: z.string(),
  version: z.number(),
  supersedes: z.string().nullable(),
  contentHash: z.string(),
  hashAlgorithm: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string(),
};

export const publishedVersionSchema = z.object({ ...publishedSummary, supersededBy: z.string().nullable() }) satisfies z.ZodType<PublishedVersion>;

export const reviewDetailSchema = z.object({
  review: reviewViewSchema,
  draft: draftViewSchema,
  pack: reviewPackSchema.nullable(),
  published: z.array(publishedVersionSchema),
}) satisfies z.ZodType<ReviewDetail>;

export const builtPackSchema = z.object({ review: reviewViewSchema, pack: reviewPackSchema, packHash: z.string() }) satisfies z.ZodType<BuiltPack>;

export const minutesSavedSchema = z.object({ review: reviewViewSchema, draft: draftViewSchema }) satisfies z.ZodType<{ review: ReviewView; draft: DraftView }>;

const actionItemOutcomeSchema = z.object({ itemId: z.string(), issueKey: z.string().nullable(), error: z.string().nullable() }) satisfies z.ZodType<ActionItemOutcome>;

export const publishResultSchema = z.object({
  review: reviewViewSchema,
  published: z.object(publishedSummary),
  reused: z.boolean(),
  actionItems: z.array(actionItemOutcomeSchema),
}) satisfies z.ZodType<PublishResult>;

export const reviewExportSchema = z.object({ recordId: z.string(), version: z.number(), contentHash: z.string(), fileName: z.string(), html: z.string() }) satisfies z.ZodType<ReviewExport>;

export const publishedVersionViewSchema = z.object({
  contentHash: z.string(),
  hashAlgorithm: z.literal('SHA-256'),
  record: publishedReviewRecordSchema,
  supersededBy: z.string().nullable(),
}) satisfies z.ZodType<PublishedVersionView>;


export type ReviewViewData = z.infer<typeof reviewViewSchema>;
export type ReviewDetailData = z.infer<typeof reviewDetailSchema>;
export type PublishedVersionData = z.infer<typeof publishedVersionSchema>;
export type PublishedVersionViewData = z.infer<typeof publishedVersionViewSchema>;
export type PublishResultData = z.infer<typeof publishResultSchema>;
export type ReviewExportData = z.infer<typeof reviewExportSchema>;
