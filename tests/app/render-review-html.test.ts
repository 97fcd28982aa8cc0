// The print-ready export: one self-contained document, every text escaped, the version and content hash in the
// footer, a superseded version marked as such, and a missing input shown rather than dropped.
import type { StoredPublishedReview } from '../../src/adapters/storage/published-review-store';
import { renderReviewHtml } from '../../src/app/render-review-html';
import { publishReview } from '../../src/domain/management-review/publish-review';
import { heldReview, minutes, MR, outputs, pack } from '../domain/management-review/review-builders';

const HASH = 'a'.repeat(64);

function stored(text: string, packOverrides = {}): StoredPublishedReview {
  const reviewPack = pack(packOverrides);
  const record = publishReview(heldReview(reviewPack), reviewPack, minutes({ text }), outputs(), '2026-06-16T09:00:00.000Z', MR, 1);
  return { contentHash: HASH, hashAlgorithm: 'SHA-256', record: JSON.parse(JSON.stringify(record)) as StoredPublishedReview['record'] };
}

describe('renderReviewHtml', () => {
  it('escapes text and loads nothing from outside', () => {
    const html = renderReviewHtml(stored('<img src=x onerror=alert(1)> & "quotes"'), { supersededBy: null });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toMatch(/<script|<img|<link|https?:\/\//i);
  });

  it('prints the record id, version and SHA-256 hash in the footer', () => {
    const html = renderReviewHtml(stored('Minutes'), { supersededBy: null });
    expect(html).toContain(`<footer>MR-2026-1@v1 · version 1 · SHA-256 ${HASH}`);
    expect(html).toContain(`<meta name="content-hash" content="SHA-256:${HASH}">`);
  });

  it('marks a superseded version and names what replaced it', () => {
    expect(renderReviewHtml(stored('Minutes'), { supersededBy: 'MR-2026-1@v2' })).toContain('Superseded by MR-2026-1@v2');
  });

  it('shows a missing input instead of dropping its section', () => {
    const html = renderReviewHtml(stored('Minutes', { risk: undefined }), { supersededBy: null });
    expect(html).toContain('f) Risk assessment and risk treatment plan</h2><p class="missing">');
    expect(html).toContain('Inputs missing from the pack (1)');
  });
});
