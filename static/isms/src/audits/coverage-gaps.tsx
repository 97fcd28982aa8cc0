// What the cycle leaves uncovered (9.2.2: the programme covers clauses 4–10 and every applicable control), per
// audit area with each missing requirement named, plus controls the Statement of Applicability has not decided.
import type { ProgrammeView } from './api';
import { describeRequirement } from './grid-model';

export function CoverageGaps({ programme }: { readonly programme: ProgrammeView }) {
  const { uncovered, undecidedControls } = programme;
  const missing = uncovered.clauses.length + uncovered.controls.length;
  return (
    <section className="c9-section" aria-labelledby="c9-gaps-title" data-testid="coverage-gaps" data-complete={uncovered.complete}>
      <h2 id="c9-gaps-title">Coverage gaps</h2>
      {uncovered.complete ? (
        <p className="c9-state c9-state--success" data-testid="coverage-complete">
          Complete: the audits of this cycle (not counting cancelled ones) reach every requirement of clauses 4–10 and all {programme.applicableControls.length} applicable Annex A controls.
        </p>
      ) : (
        <>
          <p className="c9-state c9-state--error" role="alert" data-testid="coverage-incomplete">
            {missing} requirement{missing === 1 ? '' : 's'} {missing === 1 ? 'is' : 'are'} not covered by any audit this cycle
            ({uncovered.clauses.length} clause{uncovered.clauses.length === 1 ? '' : 's'}, {uncovered.controls.length} control{uncovered.controls.length === 1 ? '' : 's'}).
            Extend an audit’s scope or plan one before the cycle ends.
          </p>
          <ul className="c9-list">
            {uncovered.areas.map((area) => (
              <li key={area.areaId} data-testid="gap" data-area={area.areaId}>
                <strong>{area.title}</strong>
                <ul className="c9-aud-ids">
                  {area.uncovered.map((id) => <li key={id}><span className="c9-badge c9-tone-danger">{id}</span> {describeRequirement(id).slice(id.length + 1)}</li>)}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {undecidedControls.length > 0 && (
        <p className="c9-state c9-state--warning" data-testid="undecided-controls">
          The Statement of Applicability neither includes nor excludes {undecidedControls.join(', ')} (6.1.3 d): decide them so the programme knows whether to audit them.
        </p>
      )}
    </section>
  );
}
