// Typed calls to the reviews keys (src/resolvers/management-review-resolver.ts); answers are parsed with the
// contract's schemas, payloads typed from the contract's payload schemas.
import { z } from 'zod';

import type { SaveInputsRequest, SaveMinutesRequest } from '../../../../src/contracts/management-review-payloads';
import {
  builtPackSchema,
  minutesSavedSchema,
  publishedVersionViewSchema,
  publishResultSchema,
  reviewDetailSchema,
  reviewExportSchema,
  reviewViewSchema,
} from '../../../../src/contracts/management-review-views';
import type { ScheduleReviewInput } from '../../../../src/domain/management-review/schedule-review';
import { invokeKey } from '../../../shared/invoke';

export const fetchReviews = () => invokeKey('reviews/list', z.array(reviewViewSchema), {});
export const fetchReview = (reviewId: string) => invokeKey('reviews/get', reviewDetailSchema, { reviewId });
export const scheduleReview = (input: ScheduleReviewInput) => invokeKey('reviews/schedule', reviewViewSchema, { ...input });
export const buildPack = (reviewId: string, asOf?: string) => invokeKey('reviews/pack', builtPackSchema, asOf === undefined ? { reviewId } : { reviewId, asOf });
export const saveInputs = (payload: SaveInputsRequest) => invokeKey('reviews/inputs/save', z.object({ version: z.number() }).loose(), { ...payload });
export const saveMinutes = (payload: SaveMinutesRequest) => invokeKey('reviews/minutes/save', minutesSavedSchema, { ...payload });
export const publishReview = (reviewId: string) => invokeKey('reviews/publish', publishResultSchema, { reviewId });
export const fetchVersion = (reviewId: string, version: number) => invokeKey('reviews/version', publishedVersionViewSchema, { reviewId, version });
export const exportVersion = (reviewId: string, version: number) => invokeKey('reviews/export', reviewExportSchema, { reviewId, version });
