// The published versions of a review: each immutable, with when and by whom it was published, its SHA-256 content
// hash and what supersedes what. One version is shown in full (the one in force unless another is chosen), read-only,
// with its export.
import { useEffect, useState } from 'react';

import type { PublishedVersionData, PublishedVersionViewData, ReviewViewData } from '../../../../src/contracts/management-review-views';
import type { Answer } from '../../../shared/invoke';
import { Loading, PageError } from '../../../shared/states';
import { fetchVersion } from './api';
import { ExportPanel } from './export-panel';
import { MinutesRecord } from './minutes-record';
import { PackView } from './pack-view';
import { instantText } from './review-format';

export function PublishedVersions({ review, versions, names }: {
  readonly review: Extract<ReviewViewData, { status: 'published' }>;
  readonly versions: readonly PublishedVersionData[];
  readonly names: ReadonlyMap<string, string>;
}) {
  const [shown, setShown] = useState(review.publishedVersion);
  const nameOf = (accountId: string) => names.get(accountId) ?? accountId;
  return (
    <>
      <section className="c9-section" aria-labelledby="c9-versions-title" data-testid="published-versions">
        <h2 id="c9-versions-title">Published versions</h2>
        <div className="c9-table-scroll">
          <table className="c9-table">
            <thead><tr><th scope="col">Version</th><th scope="col">Published</th><th scope="col">By</th><th scope="col">SHA-256 content hash</th><th scope="col">Status</th><th scope="col"><span className="c9-visually-hidden">Show</span></th></tr></thead>
            <tbody>
              {[...versions].reverse().map((version) => (
                <tr key={version.recordId} data-version={version.version} aria-current={version.version === shown ? 'true' : undefined}>
                  <td>v{version.version}</td>
                  <td>{instantText(version.publishedAt)}</td>
                  <td>{nameOf(version.publishedBy)}</td>
                  <td><code className="c9-code c9-hash" data-testid="version-hash">{version.contentHash}</code></td>
                  <td>{version.supersededBy === null ? <span className="c9-lozenge c9-tone-success">In force</span> : <span className="c9-lozenge c9-tone-neutral">Superseded by {version.supersededBy}</span>}</td>
                  <td>{version.version === shown ? <span className="c9-muted">Shown below</span> : <button type="button" className="c9-button c9-button--subtle" onClick={() => { setShown(version.version); }}>Show v{version.version}</button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <PublishedVersionView key={shown} reviewId={review.id} version={shown} names={names} actionIssueKeys={review.actionIssueKeys} />
    </>
  );
}

function PublishedVersionView({ reviewId, version, names, actionIssueKeys }: {
  readonly reviewId: string;
  readonly version: number;
  readonly names: ReadonlyMap<string, string>;
  readonly actionIssueKeys: Readonly<Record<string, string>>;
}) {
  const [loaded, setLoaded] = useState<Answer<PublishedVersionViewData> | null>(null);
  useEffect(() => { void fetchVersion(reviewId, version).then(setLoaded); }, [reviewId, version]);
  if (loaded === null) return <Loading what={`version ${version}`} />;
  if (loaded.state === 'error') return <PageError error={loaded.error} />;
  const { record, contentHash, hashAlgorithm, supersededBy } = loaded.data;
  const nameOf = (accountId: string) => names.get(accountId) ?? accountId;
  return (
    <section className="c9-section c9-record" aria-labelledby="c9-record-title" data-testid="published-record" data-version={record.version}>
      <h2 id="c9-record-title">Version {record.version} <span className="c9-lozenge c9-tone-discovery">Read-only record</span></h2>
      {supersededBy !== null && <p className="c9-state c9-state--warning">Superseded by {supersededBy}: this version is kept unchanged as a record.</p>}
      <dl className="c9-facts" data-testid="record-facts">
        <div><dt>Record</dt><dd>{record.recordId}</dd></div>
        <div><dt>Version</dt><dd data-testid="record-version">{record.version}</dd></div>
        <div><dt>Published</dt><dd data-testid="record-published">{instantText(record.publishedAt)} by {nameOf(record.publishedBy)}</dd></div>
        <div><dt>Supersedes</dt><dd>{record.supersedes ?? 'Nothing (first version)'}</dd></div>
        <div><dt>Held on</dt><dd>{record.heldOn}</dd></div>
        <div><dt>Took part</dt><dd>{record.participants.map(nameOf).join(', ')}</dd></div>
        <div className="c9-fact-wide"><dt>{hashAlgorithm} content hash</dt><dd><code className="c9-code c9-hash" data-testid="record-hash">{contentHash}</code></dd></div>
      </dl>
      <ExportPanel reviewId={reviewId} version={record.version} />
      <MinutesRecord minutes={record.minutes} outputs={record.outputs} names={names} actionIssueKeys={actionIssueKeys} />
      <details className="c9-record-pack">
        <summary>Review pack as of {record.pack.asOf} (9.3.2 inputs)</summary>
        <PackView pack={record.pack} />
      </details>
    </section>
  );
}
