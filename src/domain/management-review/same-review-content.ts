// Whether two published records say the same thing: everything but the version bookkeeping (record id, version,
// what it supersedes, when and by whom it was published). A publish whose content equals the latest version is a
// retry, not a correction, and must not create a new version.
import { canonicalJson } from './canonical-json';
import type { PublishedReviewRecord } from './publish-review';

const BOOKKEEPING: ReadonlySet<string> = new Set(['recordId', 'version', 'supersedes', 'publishedAt', 'publishedBy']);

function substance(record: PublishedReviewRecord): string {
  return canonicalJson(Object.fromEntries(Object.entries(record).filter(([key]) => !BOOKKEEPING.has(key))));
}

export function sameReviewContent(a: PublishedReviewRecord, b: PublishedReviewRecord): boolean {
  return substance(a) === substance(b);
}
