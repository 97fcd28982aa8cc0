// ISMS coverage: clauses 4–10 and Annex A controls (grouped by theme or gap class) against the months of an audit
// cycle — checks done and what they found, audits, nonconformities raised — with each row's gap badge up front.
import './coverage.css';

import { useEffect, useState } from 'react';
import { z } from 'zod';

import { COVERAGE_SCOPES, coverageGadgetConfigurationSchema } from '../../../src/contracts/gadget-configuration';
import type { CoverageScope } from '../../../src/contracts/gadget-configuration';
import { coverageGadgetViewSchema } from '../../../src/contracts/gadget-views';
import type { CoverageGadgetView } from '../../../src/contracts/gadget-views';
import type { GadgetContext } from '../../shared/context';
import { refreshOf, savedConfiguration } from '../../shared/context';
import { CheckboxGroup, EditForm, RadioGroup } from '../../shared/edit-form';
import type { CommonSettings } from '../../shared/edit-form';
import { invokeGadget } from '../../shared/invoke';
import type { Loaded } from '../../shared/invoke';
import { EmptyState, ErrorState, Freshness, Loading } from '../../shared/states';
import { cycleLabel } from './cell-marks';
import { CoverageGrid, GridLegend } from './coverage-grid';
import { CycleSelect } from './cycle-select';
import { GAP_LABEL, GAPS, THEME_LABEL, type Gap } from './labels';

/** The saved configuration: the resolver's fields plus this view's own `gapsOnly` (the resolver ignores it). */
const savedSchema = coverageGadgetConfigurationSchema.extend({ gapsOnly: z.boolean().optional() });
type Saved = z.infer<typeof savedSchema>;

function CycleHeading({ view }: { readonly view: CoverageGadgetView }) {
  if (view.cycle === null) return null;
  const current = view.cycle.start === view.currentCycleStart;
  return (
    <p className="c9-muted" data-testid="coverage-cycle" data-cycle={view.cycle.start}>
      <strong>{current ? 'Current audit cycle' : 'Previous audit cycle'}</strong> {cycleLabel(view.months)}
      {view.cycle.programmeId === null ? ' (calendar year: no audit programme yet)' : ''}
      {current ? '' : ` · months as last recorded on ${view.cycle.asOf}; the row badges show each row’s state now`}
    </p>
  );
}

function CoverageView({ view, saved }: { readonly view: CoverageGadgetView; readonly saved: Saved }) {
  const [gapsOnly, setGapsOnly] = useState(saved.gapsOnly ?? false);
  const totals: Record<Gap, number> = { failing: 0, uncovered: 0, stale: 0, ok: 0 };
  for (const row of view.rows) totals[row.gap] += 1;
  if (view.rows.length === 0) {
    return (
      <EmptyState title="No coverage to show yet.">
        {view.computedAt === null
          ? 'The daily sweep has not built the coverage matrix yet. Add monitoring items in ISMS → Matrix; coverage appears after the next sweep.'
          : 'Nothing in the chosen scope. Choose Edit to include clauses or more Annex A themes.'}
      </EmptyState>
    );
  }
  const shown = view.rows.filter((row) => !gapsOnly || row.gap !== 'ok');
  const sections =
    (saved.grouping ?? 'theme') === 'gap'
      ? GAPS.map((gap) => ({ key: gap, title: `${GAP_LABEL[gap].label} — ${GAP_LABEL[gap].hint}`, rows: shown.filter((row) => row.gap === gap) }))
      : COVERAGE_SCOPES.map((theme) => ({ key: theme, title: THEME_LABEL[theme], rows: shown.filter((row) => row.theme === theme) }));
  return (
    <>
      <ul className="c9-summary" aria-label="Coverage summary" data-testid="coverage-summary">
        {GAPS.map((gap) => (
          <li key={gap} className={`c9-tone-${GAP_LABEL[gap].tone}`} data-gap={gap} title={GAP_LABEL[gap].hint}>
            <strong>{totals[gap]}</strong>
            <span aria-hidden="true">{GAP_LABEL[gap].icon}</span> {GAP_LABEL[gap].label}
          </li>
        ))}
      </ul>
      <CycleHeading view={view} />
      <div className="c9-toolbar">
        <button type="button" className="c9-button" aria-pressed={gapsOnly} data-testid="gaps-only" onClick={() => { setGapsOnly(!gapsOnly); }}>
          Gaps only
        </button>
        <span className="c9-muted">{shown.length} of {view.rows.length} shown · select a row or a month to see its issues</span>
      </div>
      {shown.length === 0 && <p className="c9-state">No gaps: everything in scope is monitored, checked on time and conforming.</p>}
      {shown.length > 0 && view.months.length === 0 && (
        <p className="c9-state" data-testid="no-grid">The month grid appears after the next daily sweep. The rows below show each clause and control’s state now.</p>
      )}
      {shown.length > 0 && (
        <CoverageGrid sections={sections.filter((section) => section.rows.length > 0)} months={view.months} projectKey={view.projectKey} today={view.today} />
      )}
      {view.months.length > 0 && <GridLegend />}
      <Freshness computedAt={view.computedAt} />
    </>
  );
}

function CoverageEdit({ saved, refresh }: { readonly saved: Saved; readonly refresh: number }) {
  const [common, setCommon] = useState<CommonSettings>({ project: saved.project ?? '', refresh });
  const [scope, setScope] = useState<CoverageScope[]>([...(saved.scope ?? COVERAGE_SCOPES)]);
  const [grouping, setGrouping] = useState<'theme' | 'gap'>(saved.grouping ?? 'theme');
  const [gapsOnly, setGapsOnly] = useState(saved.gapsOnly ?? false);
  const [cycle, setCycle] = useState(saved.cycle ?? '');
  const preset = (next: readonly CoverageScope[]) => () => { setScope([...next]); };
  const annexA = COVERAGE_SCOPES.filter((theme) => theme !== 'clauses');
  return (
    <EditForm title="ISMS coverage" common={common} onCommon={setCommon}
      toSave={scope.length === 0 ? 'Choose clauses or at least one Annex A theme.' : { scope, grouping, gapsOnly, ...(cycle === '' ? {} : { cycle }) }}>
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
      <CycleSelect value={cycle} onChange={setCycle} />
      <RadioGroup legend="Group by" name="grouping" value={grouping} onChange={setGrouping}
        options={[{ value: 'theme', label: 'Theme' }, { value: 'gap', label: 'Gap class' }]} />
      <label className="c9-check"><input type="checkbox" name="gapsOnly" checked={gapsOnly} onChange={(event) => { setGapsOnly(event.target.checked); }} /> Show gaps only at first</label>
    </EditForm>
  );
}

export function CoverageGadget({ context }: { readonly context: GadgetContext }) {
  const saved = savedConfiguration(context.saved, savedSchema, {});
  const [load, setLoad] = useState<Loaded<CoverageGadgetView>>({ state: 'loading' });
  useEffect(() => {
    if (context.mode === 'view') void invokeGadget('gadget/coverage', coverageGadgetViewSchema).then(setLoad);
  }, [context.mode]);
  if (context.mode === 'edit') return <CoverageEdit saved={saved} refresh={refreshOf(context.saved)} />;
  if (load.state === 'loading') return <Loading what="coverage" />;
  if (load.state === 'error') return <ErrorState error={load.error} />;
  return <CoverageView view={load.data} saved={saved} />;
}
