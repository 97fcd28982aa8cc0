// A management review (9.3): scheduled → pack_ready → held → published. The pack may be rebuilt while the review is
// pack_ready (live data moves on); once held, the review is published as an immutable, versioned record, and a
// correction is a new version that supersedes the previous one — never an edit.
import type { AccountId, HistoryEntry } from '../history-entry';
import type { LocalDate } from '../local-date';

export const REVIEW_STATUSES = ['scheduled', 'pack_ready', 'held', 'published'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface PeriodCovered {
  readonly from: LocalDate;
  /** Inclusive. */
  readonly to: LocalDate;
}

interface ReviewFacts {
  readonly id: string;
  readonly title: string;
  readonly scheduledDate: LocalDate;
  readonly periodCovered: PeriodCovered;
  /** Invited: top management, the ISMS manager, and whoever presents inputs. */
  readonly attendees: readonly AccountId[];
}

export interface ScheduledReview extends ReviewFacts {
  readonly status: 'scheduled';
}

export interface PackReadyReview extends ReviewFacts {
  readonly status: 'pack_ready';
  readonly packAsOf: LocalDate;
  readonly missingInputs: number;
}

export interface HeldReview extends ReviewFacts {
  readonly status: 'held';
  readonly packAsOf: LocalDate;
  readonly heldOn: LocalDate;
  /** Who actually took part, as minuted. */
  readonly participants: readonly AccountId[];
}

export interface PublishedReview extends ReviewFacts {
  readonly status: 'published';
  readonly packAsOf: LocalDate;
  readonly heldOn: LocalDate;
  readonly participants: readonly AccountId[];
  /** The latest published version and its record id. */
  readonly publishedVersion: number;
  readonly publishedRecordId: string;
}

export type ManagementReview = ScheduledReview | PackReadyReview | HeldReview | PublishedReview;

export type ReviewIntent = 'schedule' | 'preparePack' | 'recordHeld' | 'publish';
export type ReviewHistoryEntry = HistoryEntry<ReviewStatus, ReviewIntent>;

export interface ReviewTransition<R extends ManagementReview = ManagementReview> {
  readonly review: R;
  readonly history: ReviewHistoryEntry;
}
