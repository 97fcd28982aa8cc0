// A review pack as top management reads it: one block per input of 9.3.2 a)–g) (and resources), each with its
// evidence, where it comes from (live data or typed in) and a "Missing" marker naming what is missing.
import { PACK_INPUTS, type PackInput, type ReviewPack } from '../../../../src/domain/management-review/review-pack';
import { useDisplayNames } from '../../../shared/people';
import { InputBlock, NoData, Table } from './pack-blocks';
import { PerformanceBlocks } from './pack-performance';
import { words } from './review-format';

export function PackView({ pack }: { readonly pack: ReviewPack }) {
  const { missing } = pack;
  const names = useDisplayNames(pack.previousActions?.items.map((item) => item.owner) ?? []);
  const nameOf = (accountId: string) => names.get(accountId) ?? accountId;
  const inputs = Object.keys(PACK_INPUTS) as PackInput[];
  const missingInputs = new Set(missing.map((gap) => gap.input));
  const a = pack.previousActions;
  const f = pack.interestedPartyFeedback;
  const r = pack.risk;
  const g = pack.improvementOpportunities;
  return (
    <div className="c9-pack" data-testid="pack-view" data-as-of={pack.asOf}>
      <p className={`c9-state ${missing.length === 0 ? 'c9-state--success' : 'c9-state--warning'}`} data-testid="pack-summary">
        Pack as of {pack.asOf}: {inputs.length - missingInputs.size} of {inputs.length} inputs complete
        {missing.length === 0 ? '.' : `; ${missing.length} gap${missing.length === 1 ? '' : 's'} to close or minute.`}
      </p>
      <InputBlock input="previousActions" missing={missing}>
        {a === null ? <NoData /> : (
          <>
            <p>{a.items.length} action(s): {a.byStatus.done} done, {a.byStatus.in_progress} in progress, {a.byStatus.open} open, {a.byStatus.cancelled} cancelled; {a.overdue} overdue.</p>
            <Table head={['Action', 'Description', 'Owner', 'Due', 'Status']} rows={a.items.map((item) => [
              item.id,
              item.description, nameOf(item.owner), item.dueDate,
              <span className={`c9-lozenge ${item.overdue ? 'c9-tone-danger' : item.status === 'done' ? 'c9-tone-success' : 'c9-tone-neutral'}`}>{words(item.status)}{item.overdue ? ' · overdue' : ''}</span>,
            ])} />
          </>
        )}
      </InputBlock>
      <InputBlock input="issueChanges" missing={missing}>
        {pack.issueChanges === null ? <NoData /> : (
          <>
            {pack.issueChanges.noChangesConfirmed && pack.issueChanges.changes.length === 0 && <p>No changes in the period (confirmed).</p>}
            {pack.issueChanges.changes.length > 0 && <Table head={['Origin', 'Change']} rows={pack.issueChanges.changes.map((change) => [change.origin, change.description])} />}
            <p className="c9-climate">{pack.issueChanges.climateLine}</p>
          </>
        )}
      </InputBlock>
      <InputBlock input="interestedPartyChanges" missing={missing}>
        {pack.interestedPartyChanges === null ? <NoData /> : (
          <>
            {pack.interestedPartyChanges.noChangesConfirmed && pack.interestedPartyChanges.changes.length === 0 && <p>No changes in the period (confirmed).</p>}
            {pack.interestedPartyChanges.changes.length > 0 && <Table head={['Interested party', 'Change']} rows={pack.interestedPartyChanges.changes.map((change) => [change.party, change.change])} />}
            <p className="c9-climate">{pack.interestedPartyChanges.climateLine}</p>
          </>
        )}
      </InputBlock>
      <PerformanceBlocks pack={pack} />
      <InputBlock input="interestedPartyFeedback" missing={missing}>
        {f === null ? <NoData /> : f.entries.length === 0 && f.noFeedbackConfirmed ? <p>No feedback in the period (confirmed).</p>
          : <Table head={['Interested party', 'Feedback', 'Received']} rows={f.entries.map((entry) => [entry.party, entry.summary, entry.receivedOn])} />}
      </InputBlock>
      <InputBlock input="risk" missing={missing}>
        {r === null ? <NoData /> : (
          <>
            <p>Assessed on {r.assessedOn ?? 'never'}; {r.risksAboveAcceptance} risk(s) above the acceptance criteria; treatment actions {r.treatmentActionsCompleted} of {r.treatmentActionsTotal} completed{r.treatmentCompletedPercent === null ? '' : ` (${r.treatmentCompletedPercent}%)`}, {r.treatmentActionsOverdue} overdue.</p>
            <Table head={['Risk level', 'Risks']} rows={r.risksByLevel.map((level) => [level.level, level.count])} />
          </>
        )}
      </InputBlock>
      <InputBlock input="improvementOpportunities" missing={missing}>
        {g === null ? <NoData /> : <Table head={['Finding', 'Opportunity for improvement', 'Raised']} rows={g.open.map((ofi) => [ofi.findingId, ofi.title, ofi.raisedOn])} />}
      </InputBlock>
      <InputBlock input="resources" missing={missing}>
        {pack.resources === null ? <NoData /> : <p>{words(pack.resources.assessment)}{pack.resources.note === '' ? '' : ` — ${pack.resources.note}`}</p>}
      </InputBlock>
    </div>
  );
}
