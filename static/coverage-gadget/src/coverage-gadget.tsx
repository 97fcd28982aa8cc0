// ISMS coverage: clauses 4–10 and Annex A controls by theme against their coverage state, gaps first.
import { useEffect, useState } from 'react';
import { z } from 'zod';

import { COVERAGE_SCOPES, coverageGadgetConfigurationSchema } from '../../../src/contracts/gadget-configuration';
import type { CoverageScope } from '../../../src/contracts/gadget-configuration';
import { coverageRowSchema } from '../../../src/contracts/gadget-views';
import type { CoverageRow } from '../../../src/contracts/gadget-views';
import type { GadgetContext } from '../../shared/context';
import { refreshOf, savedConfiguration } from '../../shared/context';
import { CheckboxGroup, EditForm, RadioGroup } from '../../shared/edit-form';
import type { CommonSettings } from '../../shared/edit-form';
import { invokeGadget } from '../../shared/invoke';
import type { Loaded } from '../../shared/invoke';
import { coverageJql, openIssueSearch } from '../../shared/jql';
import { EmptyState, ErrorState, Freshness, Loading } from '../../shared/states';

const GAPS = ['failing', 'uncovered', 'stale', 'ok'] as const;
type Gap = (typeof GAPS)[number];

const gapsSchema = z.object({ failing: z.number(), uncovered: z.number(), stale: z.number(), ok: z.number() });
const coverageViewSchema = z.object({
  projectKey: z.string(),
  computedAt: z.string().nullable(),
  today: z.string(),
  rows: z.array(coverageRowSchema),
  groups: z.array(z.object({ name: z.string(), rows: z.number(), gaps: gapsSchema })),
});
type CoverageView = z.infer<typeof coverageViewSchema>;

/** The saved configuration: the resolver's fields plus this view's own `gapsOnly` (the resolver ignores it). */
const savedSchema = coverageGadgetConfigurationSchema.extend({ gapsOnly: z.boolean().optional() });
type Saved = z.infer<typeof savedSchema>;

export const GAP_LABEL: Record<Gap, { readonly icon: string; readonly label: string; readonly tone: string; readonly hint: string }> = {
  failing: { icon: '✖', label: 'Failing', tone: 'danger', hint: 'last check nonconforming or open nonconformities' },
  uncovered: { icon: '○', label: 'Uncovered', tone: 'discovery', hint: 'no active monitoring item' },
  stale: { icon: '◷', label: 'Stale', tone: 'warning', hint: 'a due check went unchecked' },
  ok: { icon: '✔', label: 'OK', tone: 'success', hint: 'monitored and checked on time' },
};

const THEME_LABEL: Record<CoverageScope, string> = {
  clauses: 'Clauses 4–10',
  organizational: 'A.5 Organizational controls',
  people: 'A.6 People controls',
  physical: 'A.7 Physical controls',
  technological: 'A.8 Technological controls',
};

const OUTCOME_LABEL: Record<string, string> = {
  conforming: 'conforming',
  nonconforming: 'nonconforming',
  partially_conforming: 'partially conforming',
  not_applicable: 'not applicable',
};

function GapBadge({ gap }: { readonly gap: Gap }) {
  const label = GAP_LABEL[gap];
  return (
    <span className={`c9-badge c9-tone-${label.tone}`} title={label.hint} data-gap={gap}>
      <span aria-hidden="true">{label.icon}</span> {label.label}
    </span>
  );
}

function CoverageRowItem({ row, projectKey }: { readonly row: CoverageRow; readonly projectKey: string }) {
  return (
    <li data-testid="coverage-row" data-row-id={row.id} data-gap={row.gap}>
      <div className="c9-row-title">
        <GapBadge gap={row.gap} />
        <button type="button" className="c9-link" onClick={() => { openIssueSearch(coverageJql(projectKey, row)); }}
          aria-label={`${row.id} ${row.title}: ${GAP_LABEL[row.gap].label}. Show its issues`}>
          <strong>{row.id}</strong> {row.title}
        </button>
      </div>
      <div className="c9-meta c9-muted">
        <span>{row.lastOutcome === null ? 'never checked' : `last ${OUTCOME_LABEL[row.lastOutcome] ?? row.lastOutcome}${row.lastCheckedOn === null ? '' : ` ${row.lastCheckedOn}`}`}</span>
        <span>{row.auditedInCurrentCycle ? 'audited this cycle' : 'not audited this cycle'}</span>
        {row.openNonconformities > 0 && <span className="c9-badge c9-tone-danger">{row.openNonconformities} open NC</span>}
        {row.staleItems > 0 && <span>{row.staleItems} unchecked item{row.staleItems === 1 ? '' : 's'}</span>}
      </div>
    </li>
  );
}

function CoverageView({ view, saved }: { readonly view: CoverageView; readonly saved: Saved }) {
  const [gapsOnly, setGapsOnly] = useState(saved.gapsOnly ?? false);
  const totals: Record<Gap, number> = { failing: 0, uncovered: 0, stale: 0, ok: 0 };
  for (const row of view.rows) totals[row.gap] += 1;
  if (view.rows.length === 0) {
    return (
      <EmptyState title="No coverage to show yet.">
        {view.computedAt === null
          ? 'The daily sweep has not built the coverage matrix yet. Add monitoring items in Clause9 → Monitoring matrix; coverage appears after the next sweep.'
          : 'Nothing in the chosen scope. Choose Edit to include clauses or more Annex A themes.'}
      </EmptyState>
    );
  }
  const shown = view.rows.filter((row) => !gapsOnly || row.gap !== 'ok');
  const grouping = saved.grouping ?? 'theme';
  const sections =
    grouping === 'gap'
      ? GAPS.map((gap) => ({ key: gap, title: `${GAP_LABEL[gap].label} — ${GAP_LABEL[gap].hint}`, rows: shown.filter((row) => row.gap === gap) }))
      : COVERAGE_SCOPES.map((theme) => ({ key: theme, title: THEME_LABEL[theme], rows: shown.filter((row) => row.theme === theme) }));
  return (
    <>
      <ul className="c9-summary" aria-label="Coverage summary" data-testid="coverage-summary">
        {GAPS.map((gap) => (
          <li key={gap} className={`c9-tone-${GAP_LABEL[gap].tone}`} data-gap={gap}>
            <strong>{totals[gap]}</strong>
            <span aria-hidden="true">{GAP_LABEL[gap].icon}</span> {GAP_LABEL[gap].label}
          </li>
        ))}
      </ul>
      <div className="c9-toolbar">
        <button type="button" className="c9-button" aria-pressed={gapsOnly} data-testid="gaps-only" onClick={() => { setGapsOnly(!gapsOnly); }}>
          Gaps only
        </button>
        <span className="c9-muted">{shown.length} of {view.rows.length} shown · select one to see its issues</span>
      </div>
      {shown.length === 0 && <p className="c9-state">No gaps: everything in scope is monitored, checked on time and conforming.</p>}
      {sections.filter((section) => section.rows.length > 0).map((section) => (
        <section key={section.key} aria-label={section.title}>
          <h3>{section.title}</h3>
          <ul className="c9-list">{section.rows.map((row) => <CoverageRowItem key={row.id} row={row} projectKey={view.projectKey} />)}</ul>
        </section>
      ))}
      <Freshness computedAt={view.computedAt} />
    </>
  );
}

function CoverageEdit({ saved, refresh }: { readonly saved: Saved; readonly refresh: number }) {
  const [common, setCommon] = useState<CommonSettings>({ project: saved.project ?? '', refresh });
  const [scope, setScope] = useState<CoverageScope[]>([...(saved.scope ?? COVERAGE_SCOPES)]);
  const [grouping, setGrouping] = useState<'theme' | 'gap'>(saved.grouping ?? 'theme');
  const [gapsOnly, setGapsOnly] = useState(saved.gapsOnly ?? false);
  const preset = (next: readonly CoverageScope[]) => () => { setScope([...next]); };
  const annexA = COVERAGE_SCOPES.filter((theme) => theme !== 'clauses');
  return (
    <EditForm title="ISMS coverage" common={common} onCommon={setCommon}
      toSave={scope.length === 0 ? 'Choose clauses or at least one Annex A theme.' : { scope, grouping, gapsOnly }}>
      <div className="c9-field">
        <span className="c9-field-label"><strong>Scope</strong></span>
        <div className="c9-toolbar">
          <button type="button" className="c9-button" aria-pressed={scope.length === 1 && scope[0] === 'clauses'} onClick={preset(['clauses'])}>Clauses</button>
          <button type="button" className="c9-button" aria-pressed={scope.length === 4 && !scope.includes('clauses')} onClick={preset(annexA)}>Annex A</button>
          <button type="button" className="c9-button" aria-pressed={scope.length === COVERAGE_SCOPES.length} onClick={preset(COVERAGE_SCOPES)}>Both</button>
        </div>
      </div>
      <CheckboxGroup legend="Clauses and Annex A themes" name="scope" selected={scope} onChange={setScope}
        options={COVERAGE_SCOPES.map((theme) => ({ value: theme, label: THEME_LABEL[theme] }))} />
      <RadioGroup legend="Group by" name="grouping" value={grouping} onChange={setGrouping}
        options={[{ value: 'theme', label: 'Theme' }, { value: 'gap', label: 'Gap class' }]} />
      <label className="c9-check"><input type="checkbox" name="gapsOnly" checked={gapsOnly} onChange={(event) => { setGapsOnly(event.target.checked); }} /> Show gaps only at first</label>
    </EditForm>
  );
}

export function CoverageGadget({ context }: { readonly context: GadgetContext }) {
  const saved = savedConfiguration(context.saved, savedSchema, {});
  const [load, setLoad] = useState<Loaded<CoverageView>>({ state: 'loading' });
  useEffect(() => {
    if (context.mode === 'view') void invokeGadget('gadget/coverage', coverageViewSchema).then(setLoad);
  }, [context.mode]);
  if (context.mode === 'edit') return <CoverageEdit saved={saved} refresh={refreshOf(context.saved)} />;
  if (load.state === 'loading') return <Loading what="coverage" />;
  if (load.state === 'error') return <ErrorState error={load.error} />;
  return <CoverageView view={load.data} saved={saved} />;
}
