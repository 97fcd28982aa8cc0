// ISMS overdue work: overdue checks, late reports, overdue corrective actions and effectiveness reviews due,
// grouped by owner, age, reason or escalation level.
import { useEffect, useState } from 'react';
import { z } from 'zod';

import { overdueGadgetConfigurationSchema } from '../../../src/contracts/gadget-configuration';
import { OVERDUE_REASONS } from '../../../src/domain/overdue-work';
import type { OverdueReason } from '../../../src/domain/overdue-work';
import type { GadgetContext } from '../../shared/context';
import { refreshOf, savedConfiguration } from '../../shared/context';
import { CheckboxGroup, EditForm, RadioGroup } from '../../shared/edit-form';
import type { CommonSettings } from '../../shared/edit-form';
import { invokeGadget } from '../../shared/invoke';
import type { Loaded } from '../../shared/invoke';
import { openIssue, openIssueSearch } from '../../shared/jql';
import { useDisplayNames } from '../../shared/people';
import { EmptyState, ErrorState, Freshness, Loading } from '../../shared/states';

const itemSchema = z.object({
  issueKey: z.string(),
  summary: z.string(),
  kind: z.enum(['check', 'corrective_action', 'finding']),
  reasons: z.array(z.enum(OVERDUE_REASONS)),
  ownerAccountId: z.string().nullable(),
  since: z.string(),
  ageDays: z.number(),
  escalationLevel: z.number().int(),
});
type Item = z.infer<typeof itemSchema>;
const overdueViewSchema = z.object({
  projectKey: z.string(),
  computedAt: z.string().nullable(),
  today: z.string(),
  total: z.number(),
  counts: z.object({ check_overdue: z.number(), report_late: z.number(), action_overdue: z.number(), review_due: z.number() }),
  byLevel: z.array(z.number()),
  groups: z.array(z.object({ name: z.string(), count: z.number() })),
  items: z.array(itemSchema),
});
type OverdueView = z.infer<typeof overdueViewSchema>;

const GROUPINGS = ['owner', 'age', 'reason', 'level'] as const;
type GroupBy = (typeof GROUPINGS)[number];
/** The resolver's fields plus `groupBy` (adds grouping by age, which the resolver does not group by). */
const savedSchema = overdueGadgetConfigurationSchema.extend({ groupBy: z.enum(GROUPINGS).optional() });
type Saved = z.infer<typeof savedSchema>;

const REASON_LABEL: Record<OverdueReason, string> = {
  check_overdue: 'Overdue check',
  report_late: 'Late report',
  action_overdue: 'Overdue corrective action',
  review_due: 'Effectiveness review due',
};
const LEVEL_LABEL = ['Not escalated', 'L1 · owner reminded', 'L2 · ISMS manager', 'L3 · steering committee'];
const LEVEL_TONE = ['neutral', 'warning', 'danger', 'danger'];

function ageBucket(days: number): { readonly order: number; readonly name: string } {
  if (days > 30) return { order: 0, name: 'More than 30 days late' };
  if (days > 7) return { order: 1, name: '8–30 days late' };
  if (days > 0) return { order: 2, name: '1–7 days late' };
  return { order: 3, name: 'Due today' };
}

function groupItems(items: readonly Item[], groupBy: GroupBy, ownerName: (id: string | null) => string): { name: string; items: Item[] }[] {
  const groups = new Map<string, { order: number; items: Item[] }>();
  for (const item of items) {
    const { order, name } =
      groupBy === 'age' ? ageBucket(item.ageDays)
        : groupBy === 'level' ? { order: 3 - item.escalationLevel, name: LEVEL_LABEL[item.escalationLevel] ?? `Level ${item.escalationLevel}` }
          : groupBy === 'reason' ? { order: OVERDUE_REASONS.indexOf(item.reasons[0] ?? 'check_overdue'), name: REASON_LABEL[item.reasons[0] ?? 'check_overdue'] }
            : { order: 0, name: ownerName(item.ownerAccountId) };
    const group = groups.get(name) ?? { order, items: [] };
    group.items.push(item);
    groups.set(name, group);
  }
  return [...groups]
    .sort(([nameA, a], [nameB, b]) => a.order - b.order || b.items.length - a.items.length || nameA.localeCompare(nameB))
    .map(([name, group]) => ({ name, items: group.items }));
}

function OverdueItem({ item }: { readonly item: Item }) {
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

function OverdueList({ view, saved }: { readonly view: OverdueView; readonly saved: Saved }) {
  const names = useDisplayNames(view.items.flatMap((item) => (item.ownerAccountId === null ? [] : [item.ownerAccountId])));
  const ownerName = (id: string | null) => (id === null ? 'No owner' : names.get(id) ?? 'Owner loading…');
  const wanted = saved.reasons ?? OVERDUE_REASONS;
  if (view.total === 0) {
    return (
      <>
        <EmptyState title="Nothing overdue.">All checks, reports, corrective actions and effectiveness reviews in scope are on time.</EmptyState>
        <Freshness computedAt={view.computedAt} />
      </>
    );
  }
  const groupBy = saved.groupBy ?? saved.grouping ?? 'owner';
  return (
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
      {groupItems(view.items, groupBy, ownerName).map((group) => (
        <section key={group.name} aria-label={group.name} data-testid="overdue-group">
          <h3>{group.name} <span className="c9-muted">({group.items.length})</span></h3>
          <ul className="c9-list">{group.items.map((item) => <OverdueItem key={item.issueKey} item={item} />)}</ul>
        </section>
      ))}
      <Freshness computedAt={view.computedAt} />
    </>
  );
}

function OverdueEdit({ saved, refresh }: { readonly saved: Saved; readonly refresh: number }) {
  const [common, setCommon] = useState<CommonSettings>({ project: saved.project ?? '', refresh });
  const [reasons, setReasons] = useState<OverdueReason[]>([...(saved.reasons ?? OVERDUE_REASONS)]);
  const [groupBy, setGroupBy] = useState<GroupBy>(saved.groupBy ?? saved.grouping ?? 'owner');
  const [limit, setLimit] = useState(String(saved.limit ?? 50));
  const limitNumber = Number(limit);
  const problem = reasons.length === 0 ? 'Include at least one kind of late work.'
    : !Number.isInteger(limitNumber) || limitNumber < 1 || limitNumber > 200 ? 'Show between 1 and 200 items.' : null;
  return (
    <EditForm title="ISMS overdue work" common={common} onCommon={setCommon}
      toSave={problem ?? { reasons, groupBy, ...(groupBy === 'age' ? {} : { grouping: groupBy }), limit: limitNumber }}>
      <CheckboxGroup legend="Include" name="reasons" selected={reasons} onChange={setReasons}
        options={OVERDUE_REASONS.map((reason) => ({ value: reason, label: REASON_LABEL[reason] }))} />
      <RadioGroup legend="Group by" name="groupBy" value={groupBy} onChange={setGroupBy}
        options={[{ value: 'owner', label: 'Owner' }, { value: 'age', label: 'Age' }, { value: 'reason', label: 'Kind of late work' }, { value: 'level', label: 'Escalation level' }]} />
      <div className="c9-field">
        <label htmlFor="c9-limit">Show at most</label>
        <input id="c9-limit" type="number" min={1} max={200} value={limit} onChange={(event) => { setLimit(event.target.value); }} />
      </div>
    </EditForm>
  );
}

export function OverdueGadget({ context }: { readonly context: GadgetContext }) {
  const saved = savedConfiguration(context.saved, savedSchema, {});
  const [load, setLoad] = useState<Loaded<OverdueView>>({ state: 'loading' });
  useEffect(() => {
    if (context.mode === 'view') void invokeGadget('gadget/overdue', overdueViewSchema).then(setLoad);
  }, [context.mode]);
  if (context.mode === 'edit') return <OverdueEdit saved={saved} refresh={refreshOf(context.saved)} />;
  if (load.state === 'loading') return <Loading what="overdue work" />;
  if (load.state === 'error') return <ErrorState error={load.error} />;
  return <OverdueList view={load.data} saved={saved} />;
}
