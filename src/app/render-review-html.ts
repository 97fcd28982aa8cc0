// A published management review as one print-ready HTML document: inline CSS only (no scripts, fonts or images, so
// it opens anywhere and archives as is), every text escaped, and the version and SHA-256 content hash in the
// footer of every printed page, so a printout can be checked against the stored record. Pure.
import type { StoredPublishedReview } from '../adapters/storage/published-review-store';
import { escapeHtml as e } from './escape-html';
import { renderPackSections } from './render-review-pack-html';

const STYLE = `
  body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #172b4d; margin: 2rem auto; max-width: 60rem; padding: 0 1rem 5rem; }
  h1 { font-size: 18pt; margin: 0 0 .25rem; } h2 { font-size: 13pt; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #dfe1e6; } h3 { font-size: 11pt; margin: 1rem 0 .25rem; }
  table { border-collapse: collapse; width: 100%; margin: .25rem 0 .75rem; } th, td { border: 1px solid #dfe1e6; padding: .25rem .5rem; text-align: left; vertical-align: top; }
  th { background: #f4f5f7; } .meta td:first-child { width: 12rem; font-weight: 600; } .missing { color: #ae2a19; } .none { color: #626f86; }
  .minutes { white-space: pre-wrap; border: 1px solid #dfe1e6; padding: .75rem; } .notice { background: #fff7d6; padding: .5rem .75rem; }
  footer { border-top: 1px solid #dfe1e6; margin-top: 2rem; padding-top: .5rem; font-size: 8.5pt; color: #44546f; word-break: break-all; }
  @page { size: A4; margin: 18mm 16mm 22mm; }
  @media print { body { margin: 0; max-width: none; padding: 0 0 3rem; } footer { position: fixed; bottom: 0; left: 0; right: 0; background: #fff; } section { break-inside: avoid-page; } }
`;

const row = (label: string, value: string): string => `<tr><td>${e(label)}</td><td>${e(value)}</td></tr>`;
const list = (items: readonly string[]): string => (items.length === 0 ? '<p class="none">None.</p>' : `<ul>${items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`);

export interface RenderOptions {
  /** The record id of the version that replaced this one, when it is not the version in force. */
  readonly supersededBy: string | null;
}

export function renderReviewHtml(stored: StoredPublishedReview, options: RenderOptions): string {
  const { record, contentHash, hashAlgorithm } = stored;
  const { outputs, minutes } = record;
  const status = options.supersededBy === null ? 'The version in force.' : `Superseded by ${options.supersededBy}: this version is kept unchanged as a record.`;
  const header = `<header><h1>${e(record.title)}</h1><p>Management review ${e(record.reviewId)} — published record, version ${record.version}</p>
    ${options.supersededBy === null ? '' : `<p class="notice">${e(status)}</p>`}
    <table class="meta"><tbody>${[
      row('Record', record.recordId),
      row('Supersedes', record.supersedes ?? 'nothing (first version)'),
      row('Status', status),
      row('Scheduled for', record.scheduledDate),
      row('Held on', record.heldOn),
      row('Period covered', `${record.periodCovered.from} to ${record.periodCovered.to}`),
      row('Participants', record.participants.join(', ')),
      row('Pack as of', record.pack.asOf),
      row('Published', `${record.publishedAt} by ${record.publishedBy}`),
    ].join('')}</tbody></table></header>`;
  const inputs = `<h2 class="part">Review inputs (ISO/IEC 27001:2022 9.3.2)</h2>${renderPackSections(record.pack)}`;
  const decisions = (items: typeof outputs.improvementDecisions): string[] =>
    items.map((decision) => (decision.relatedFindingIds.length === 0 ? decision.description : `${decision.description} (${decision.relatedFindingIds.join(', ')})`));
  const results = `<h2>Minutes</h2><div class="minutes">${e(minutes.text)}</div><p>Distributed to: ${e(minutes.distributedTo.join(', '))}</p>
    <h2>Review outputs (9.3.3)</h2>
    <h3>Decisions on continual improvement</h3>${list(decisions(outputs.improvementDecisions))}
    <h3>Decisions on changes to the ISMS</h3>${list(decisions(outputs.ismsChangeDecisions))}
    <h3>Resource needs</h3>${list(outputs.resourceNeeds.map((need) => (need.owner === null ? need.description : `${need.description} (owner ${need.owner})`)))}
    <h3>Action items</h3>${
      outputs.actionItems.length === 0
        ? '<p class="none">None.</p>'
        : `<table><thead><tr><th>Action</th><th>Description</th><th>Owner</th><th>Due</th></tr></thead><tbody>${outputs.actionItems
            .map((item) => `<tr><td>${e(item.id)}</td><td>${e(item.description)}</td><td>${e(item.owner)}</td><td>${e(item.dueDate)}</td></tr>`)
            .join('')}</tbody></table>`
    }`;
  const footer = `<footer>${e(record.recordId)} · version ${record.version} · ${e(hashAlgorithm)} ${e(contentHash)} · published ${e(record.publishedAt)} · Clause9</footer>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="content-hash" content="${e(`${hashAlgorithm}:${contentHash}`)}">
<title>${e(`${record.title} — ${record.recordId}`)}</title><style>${STYLE}</style></head>
<body>${header}<main>${inputs}${results}</main>${footer}</body></html>
`;
}
