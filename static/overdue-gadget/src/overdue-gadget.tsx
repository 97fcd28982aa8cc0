// ISMS overdue work: overdue checks, late reports, overdue corrective actions and effectiveness reviews due,
// grouped by owner, age, reason or escalation level; then the monitoring checks due within the next days.
import './overdue.css';

import { useEffect, useState } from 'react';

import { overdueGadgetViewSchema } from '../../../src/contracts/gadget-views';
import type { DueSoonItem, OverdueGadgetItem, OverdueGadgetView } from '../../../src/contracts/gadget-views';
import { OVERDUE_REASONS } from '../../../src/domain/overdue-work';
import type { GadgetContext } from '../../shared/context';
import { refreshOf, savedConfiguration } from '../../shared/context';
import { invokeGadget } from '../../shared/invoke';
import type { Loaded } from '../../shared/invoke';
import { openIssue, openIssueSearch } from '../../shared/jql';
import { useDisplayNames } from '../../shared/people';
import { EmptyState, ErrorState, Freshness, Loading } from '../../shared/states';
import { OverdueEdit, savedSchema, type Saved } from './overdue-edit';
import { groupItems, LEVEL_LABEL, REASON_LABEL } from './overdue-groups';

const LEVEL_TONE = ['neutral', 'warning', 'danger', 'danger'];

function OverdueItem({ item }: { readonly item: OverdueGadgetItem }) {
  const level = Math.min(3, Math.max(0, item.escalationLevel));
  return (
    <li data-testid="overdue-item" data-issue-key={item.issueKey}>
      <div className="c9-row-title">
        <button type="button" className="c9-link" onClick={() => { openIssue(item.issueKey); }}>
          <strong>{item.issueKey}</strong> {item.summary}
        </button>
      </div>
      <div className="c9-meta c9-muted">
        {item.reasons.map((reason) => <span key={reason}>{REASON_LABEL[reason]}</span>)}
        <span>{item.ageDays === 0 ? 'due today' : `${item.ageDays} day${item.ageDays === 1 ? '' : 's'} late`} (since {item.since})</span>
        <span className={`c9-badge c9-tone-${LEVEL_TONE[level] ?? 'neutral'}`} data-level={level}>
          <span aria-hidden="true">{'▲'.repeat(level)}</span> {LEVEL_LABEL[level]}
        </span>
      </div>
    </li>
  );
}

function DueSoon({ dueSoon, ownerName }: { readonly dueSoon: NonNullable<OverdueGadgetView['dueSoon']>; readonly ownerName: (id: string | null) => string }) {
  const shown: readonly DueSoonItem[] = dueSoon.items;
  return (
    <section aria-label={`Checks due within ${dueSoon.days} days`} data-testid="due-soon" className="c9-due-soon">
      <h3>Checks due within {dueSoon.days} day{dueSoon.days === 1 ? '' : 's'} <span className="c9-muted">({dueSoon.total})</span></h3>
      {dueSoon.total === 0 ? <p className="c9-muted">No monitoring check falls due in the next {dueSoon.days} days.</p> : (
        <ul className="c9-list">
          {shown.map((item) => (
            <li key={item.issueKey} data-testid="due-soon-item" data-issue-key={item.issueKey}>
              <div className="c9-row-title">
                <button type="button" className="c9-link" onClick={() => { openIssue(item.issueKey); }}><strong>{item.issueKey}</strong> {item.summary}</button>
              </div>
              <div className="c9-meta c9-muted">
                <span className={`c9-badge c9-tone-${item.daysLeft <= 1 ? 'warning' : 'neutral'}`}>{item.daysLeft === 0 ? 'due today' : `due in ${item.daysLeft} day${item.daysLeft === 1 ? '' : 's'}`}</span>
                <span>{item.dueOn}</span>
                <span>{ownerName(item.ownerAccountId)}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {shown.length < dueSoon.total && <p className="c9-muted">soonest {shown.length} of {dueSoon.total} shown</p>}
    </section>
  );
}

function OverdueList({ view, saved }: { readonly view: OverdueGadgetView; readonly saved: Saved }) {
  const owners = [...view.items, ...(view.dueSoon?.items ?? [])].flatMap((item) => (item.ownerAccountId === null ? [] : [item.ownerAccountId]));
  const names = useDisplayNames(owners);
  const ownerName = (id: string | null) => (id === null ? 'No owner' : names.get(id) ?? 'Owner loading…');
  const wanted = saved.reasons ?? OVERDUE_REASONS;
  const groupBy = saved.groupBy ?? saved.grouping ?? 'owner';
  const lateTwice = view.items.filter((item) => item.reasons.length > 1).length;
  return (
    <>
      {view.total === 0 ? (
        <EmptyState title="Nothing overdue.">All checks, reports, corrective actions and effectiveness reviews in scope are on time.</EmptyState>
      ) : (
        <>
          <ul className="c9-summary" aria-label="Overdue work by kind" data-testid="overdue-summary">
            {wanted.map((reason) => (
              <li key={reason} className={view.counts[reason] > 0 ? 'c9-tone-danger' : 'c9-tone-neutral'} data-reason={reason}>
                <strong>{view.counts[reason]}</strong>{REASON_LABEL[reason]}
              </li>
            ))}
          </ul>
          <div className="c9-toolbar">
            <button type="button" className="c9-link" onClick={() => { openIssueSearch(`issue in clause9Overdue() ORDER BY duedate ASC`); }}>
              Show all {view.total} in issue search
            </button>
            {view.items.length < view.total && <span className="c9-muted">oldest {view.items.length} shown</span>}
          </div>
          {lateTwice > 0 && (
            <p className="c9-muted c9-note" data-testid="late-twice">
              {lateTwice} check{lateTwice === 1 ? ' is' : 's are'} both overdue and past {lateTwice === 1 ? 'its' : 'their'} report deadline: counted under both kinds{groupBy === 'reason' ? ' and listed in both groups' : ''}.
            </p>
          )}
          {groupItems(view.items, groupBy, ownerName).map((group) => (
            <section key={group.name} aria-label={group.name} data-testid="overdue-group">
              <h3>{group.name} <span className="c9-muted">({group.items.length})</span></h3>
              <ul className="c9-list">{group.items.map((item) => <OverdueItem key={item.issueKey} item={item} />)}</ul>
            </section>
          ))}
        </>
      )}
      {view.dueSoon !== null && <DueSoon dueSoon={view.dueSoon} ownerName={ownerName} />}
      <Freshness computedAt={view.computedAt} />
    </>
  );
}

export function OverdueGadget({ context }: { readonly context: GadgetContext }) {
  const saved = savedConfiguration(context.saved, savedSchema, {});
  const [load, setLoad] = useState<Loaded<OverdueGadgetView>>({ state: 'loading' });
  useEffect(() => {
    if (context.mode === 'view') void invokeGadget('gadget/overdue', overdueGadgetViewSchema).then(setLoad);
  }, [context.mode]);
  if (context.mode === 'edit') return <OverdueEdit saved={saved} refresh={refreshOf(context.saved)} />;
  if (load.state === 'loading') return <Loading what="overdue work" />;
  if (load.state === 'error') return <ErrorState error={load.error} />;
  return <OverdueList view={load.data} saved={saved} />;
}
