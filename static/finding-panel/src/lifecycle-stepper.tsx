// Every stage of the finding's path, the current one highlighted, done ones with when and by whom.
import type { FindingPanelView } from './api';
import { formatInstant, lifecycleStages } from './lifecycle';
import type { StageState } from './lifecycle';

const MARK: Readonly<Record<StageState, string>> = { done: '✓', current: '●', upcoming: '', skipped: '–' };
const STATE_TEXT: Readonly<Record<StageState, string>> = { done: 'done', current: 'current stage', upcoming: 'not yet', skipped: 'skipped' };

export function LifecycleStepper({ view, nameOf }: { readonly view: FindingPanelView; readonly nameOf: (accountId: string) => string }) {
  const stages = lifecycleStages(view.finding, view.history);
  const closed = view.finding.status === 'closed';
  return (
    <section className="c9-section" aria-labelledby="c9f-lifecycle-title" data-testid="lifecycle">
      <h2 id="c9f-lifecycle-title">Lifecycle{'cycle' in view.finding && view.finding.cycle > 1 ? ` — cycle ${String(view.finding.cycle)}` : ''}</h2>
      <ol className="c9f-stepper">
        {stages.map((stage, index) => {
          const here = stage.state === 'current' || (closed && index === stages.length - 1);
          return (
            <li key={stage.status} className={`c9f-stage c9f-stage--${stage.state}`} aria-current={here ? 'step' : undefined} data-stage={stage.status} data-state={stage.state}>
              <span className="c9f-marker" aria-hidden="true">{MARK[stage.state]}</span>
              <span className="c9f-stage-text">
                <span className="c9f-stage-label">{stage.label}</span>
                {stage.clause !== null && <span className="c9-muted"> · {stage.clause}</span>}
                <span className="c9-visually-hidden"> ({STATE_TEXT[stage.state]})</span>
                {stage.reached !== null && (
                  <span className="c9-muted c9f-stage-meta">{formatInstant(stage.reached.at)} · {nameOf(stage.reached.by)}</span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
