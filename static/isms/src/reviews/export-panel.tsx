// Export of a published version as one print-ready HTML document (inline styles, no scripts), with its content hash
// in the footer of every printed page: download it for the archive, or print it (to paper or PDF) from here.
import { useEffect, useRef, useState } from 'react';

import type { ReviewExportData } from '../../../../src/contracts/management-review-views';
import type { Answer } from '../../../shared/invoke';
import { PageError } from '../../../shared/states';
import { exportVersion } from './api';

export function ExportPanel({ reviewId, version }: { readonly reviewId: string; readonly version: number }) {
  const [answer, setAnswer] = useState<Answer<ReviewExportData> | 'exporting' | null>(null);
  const [href, setHref] = useState<string | null>(null);
  const printFrame = useRef<HTMLIFrameElement>(null);
  const exported = answer !== null && answer !== 'exporting' && answer.state === 'ready' ? answer.data : null;

  useEffect(() => {
    if (exported === null) return undefined;
    const url = URL.createObjectURL(new Blob([exported.html], { type: 'text/html;charset=utf-8' }));
    setHref(url);
    return () => { URL.revokeObjectURL(url); };
  }, [exported]);

  const run = () => {
    setAnswer('exporting');
    void exportVersion(reviewId, version).then(setAnswer);
  };
  const print = () => {
    const frame = printFrame.current;
    if (frame === null || exported === null) return;
    frame.onload = () => { frame.contentWindow?.print(); };
    frame.srcdoc = exported.html;
  };

  return (
    <div className="c9-export c9-no-print" data-testid="export-panel">
      <div className="c9-toolbar">
        <button type="button" className="c9-button" onClick={run} disabled={answer === 'exporting'} data-testid="export-version">
          {answer === 'exporting' ? 'Exporting…' : `Export version ${version} (print-ready HTML)`}
        </button>
        {exported !== null && href !== null && (
          <>
            <a className="c9-button" href={href} download={exported.fileName} data-testid="download-export">Download {exported.fileName}</a>
            <button type="button" className="c9-button" onClick={print} data-testid="print-export">Print or save as PDF</button>
          </>
        )}
      </div>
      {exported !== null && (
        <p className="c9-state c9-state--success" role="status" data-testid="export-ready">
          {exported.fileName} is ready: record {exported.recordId}, SHA-256 <code className="c9-code c9-hash" data-testid="export-hash">{exported.contentHash}</code> — printed in its footer so a printout can be checked against the stored record.
        </p>
      )}
      {answer !== null && answer !== 'exporting' && answer.state === 'error' && <PageError error={answer.error} testId="export-error" />}
      <iframe ref={printFrame} className="c9-print-frame" title={`Print view of ${reviewId} version ${version}`} tabIndex={-1} aria-hidden="true" />
    </div>
  );
}
