// Pure wording and defaults for the reviews page: status lozenges, instants, the next review id, the period a new
// review covers by default, and which pack inputs are missing. Kept apart from React so it is unit-tested.
import { FINDING_KIND_LABELS } from '../../../../src/domain/finding';
import { addDays, isLocalDate, type LocalDate } from '../../../../src/domain/local-date';
import type { ReviewStatus } from '../../../../src/domain/management-review/management-review';
import type { MissingInput, PackInput } from '../../../../src/domain/management-review/review-pack';

export const STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  scheduled: 'Scheduled',
  pack_ready: 'In preparation',
  held: 'Held',
  published: 'Published',
};

export const STATUS_TONES: Readonly<Record<ReviewStatus, string>> = {
  scheduled: 'c9-tone-neutral',
  pack_ready: 'c9-tone-discovery',
  held: 'c9-tone-warning',
  published: 'c9-tone-success',
};

/** "Published · v2" for a published review, the plain status otherwise. */
export function statusText(review: { readonly status: ReviewStatus; readonly publishedVersion?: number }): string {
  return review.status === 'published' && review.publishedVersion !== undefined ? `Published · v${review.publishedVersion}` : STATUS_LABELS[review.status];
}

/** An ISO instant as "2026-11-22 13:49 UTC": minutes are enough for a record, and UTC avoids guessing zones. */
export function instantText(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : iso;
}

/** The next id in the organisation's series ("MR-07" → "MR-08"), or "MR-01" when there is none to follow. */
export function nextReviewId(existing: readonly string[]): string {
  let best: { prefix: string; number: number; width: number } | null = null;
  for (const id of existing) {
    const match = /^(.*?)(\d+)$/.exec(id);
    if (match === null) continue;
    const [, prefix = '', digits = ''] = match;
    const number = Number(digits);
    if (best === null || number > best.number) best = { prefix, number, width: digits.length };
  }
  if (best === null) return 'MR-01';
  let candidate = `${best.prefix}${String(best.number + 1).padStart(best.width, '0')}`;
  for (let n = best.number + 2; existing.includes(candidate); n += 1) candidate = `${best.prefix}${String(n).padStart(best.width, '0')}`;
  return candidate;
}

/** The default period a new review covers: from the day after the last one covered, up to the day before it. */
export function defaultPeriod(scheduledDate: string, previousTo: string | null): { from: string; to: string } {
  if (!isLocalDate(scheduledDate)) return { from: '', to: '' };
  const to = addDays(scheduledDate, -1);
  const from = previousTo !== null && isLocalDate(previousTo) && previousTo < to ? addDays(previousTo, 1) : addDays(scheduledDate, -182);
  return { from, to };
}

/** The pack's gaps for one input (an input can have several, e.g. one per unmeasured objective). */
export function gapsOf(missing: readonly MissingInput[], input: PackInput): MissingInput[] {
  return missing.filter((gap) => gap.input === input);
}

/** The next action item id of a review: "<review id>-A<n>" after the highest one in use. */
export function nextActionItemId(reviewId: string, ids: readonly string[]): string {
  const prefix = `${reviewId}-A`;
  const used = ids.filter((id) => id.startsWith(prefix)).map((id) => Number(id.slice(prefix.length))).filter(Number.isInteger);
  return `${prefix}${Math.max(0, ...used) + 1}`;
}

export const findingKindLabel = (kind: keyof typeof FINDING_KIND_LABELS): string => FINDING_KIND_LABELS[kind];

/** "in_progress" → "in progress". */
export const words = (value: string): string => value.replace(/_/g, ' ');

/** Local date as typed in a date input, or today's date for a default. */
export const dateOrEmpty = (value: LocalDate | null | undefined): string => value ?? '';
