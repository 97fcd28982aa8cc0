// The head of the panel: the finding's kind, stage, where it came from and what it breaks; a closing summary once
// closed; a note when the panel is read-only or Jira's status lags behind the stage.
import { FINDING_KIND_LABELS, FINDING_SOURCE_LABELS } from '../../../src/domain/finding';
import type { Finding } from '../../../src/domain/finding';
import { getCatalogueEntry, isCatalogueId } from '../../../src/domain/iso-catalogue/catalogue';
import type { FindingPanelView } from './api';

const KIND_TONE: Readonly<Record<Finding['kind'], string>> = {
  major_nonconformity: 'c9-tone-danger',
  minor_nonconformity: 'c9-tone-warning',
  observation: 'c9-tone-discovery',
  opportunity_for_improvement: 'c9f-tone-information',
};

const reference = (id: string) => (isCatalogueId(id) ? `${id} ${getCatalogueEntry(id).title}` : id);

function closingLine(view: FindingPanelView, nameOf: (id: string) => string): string | null {
  const { finding } = view;
  if (finding.status !== 'closed') return null;
  if ('review' in finding) {
    const done = view.correctiveActions.filter((action) => action.state.status === 'implemented').length;
    return `Closed on ${finding.review.reviewOn} after an effective review by ${nameOf(finding.review.reviewedBy)}; ${String(done)} corrective action${done === 1 ? '' : 's'} implemented${finding.cycle > 1 ? ` over ${String(finding.cycle)} cycles` : ''}.`;
  }
  if ('closure' in finding) {
    return finding.closure.outcome === 'actioned' ? `Closed as actioned on ${finding.closure.closedOn}: ${finding.closure.result}` : `Closed without action on ${finding.closure.closedOn}: ${finding.closure.reason}`;
  }
  return null;
}

export function FindingSummary({ view, nameOf }: { readonly view: FindingPanelView; readonly nameOf: (id: string) => string }) {
  const { finding } = view;
  const closed = closingLine(view, nameOf);
  return (
    <header className="c9f-header" data-testid="finding-summary">
      <div className="c9-inline">
        <span className={`c9-lozenge ${KIND_TONE[finding.kind]}`} data-testid="finding-kind">{FINDING_KIND_LABELS[finding.kind]}</span>
        <span className={`c9-lozenge ${finding.status === 'closed' ? 'c9-tone-success' : 'c9f-tone-information'}`} data-testid="finding-stage">{view.stage}</span>
        <span className="c9-muted">Revision {view.revision}</span>
      </div>
      <dl className="c9f-facts">
        <dt>Source</dt><dd>{FINDING_SOURCE_LABELS[finding.source]}{finding.sourceRef === null ? '' : ` — ${finding.sourceRef}`}</dd>
        <dt>Raised</dt><dd>{finding.raisedOn} by {nameOf(finding.raisedBy)}</dd>
        {finding.references.length > 0 && <><dt>Requirements</dt><dd>{finding.references.map(reference).join('; ')}</dd></>}
      </dl>
      {closed !== null && <p className="c9-state c9-state--success" data-testid="closed-summary">{closed}</p>}
      {!view.canEdit && (
        <p className="c9-state" data-testid="read-only">You can read this finding. Moving it through its lifecycle needs the Edit Issues permission in this project — ask your ISMS manager.</p>
      )}
      {!view.issue.jiraStatusInSync && (
        <p className="c9-state c9-state--warning">The Jira status ({view.issue.statusName ?? 'unknown'}) does not match the stage: the workflow offers no matching transition. Ask your Jira admin to check the workflow.</p>
      )}
    </header>
  );
}
