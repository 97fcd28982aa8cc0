// The recorded root cause, read-only: the 5-whys chain ending in the root cause, or the fishbone's categories with
// the chosen cause marked; then the assessment of similar nonconformities (10.2 b).
import type { RootCauseAnalysis } from '../../../src/domain/root-cause';
import { FISHBONE_CATEGORIES } from '../../../src/domain/root-cause';
import { FISHBONE_LABELS } from './root-cause-draft';

function FiveWhys({ whys }: { readonly whys: readonly string[] }) {
  return (
    <ol className="c9f-chain" data-testid="root-cause-whys">
      {whys.map((why, index) => (
        <li key={index} className={index === whys.length - 1 ? 'c9f-chain-root' : undefined}>
          <span className="c9-muted">Why {index + 1}</span> {why}
          {index === whys.length - 1 && <span className="c9-badge c9-tone-discovery c9f-root-badge">root cause</span>}
        </li>
      ))}
    </ol>
  );
}

function Fishbone({ technique }: { readonly technique: Extract<RootCauseAnalysis['technique'], { technique: 'fishbone' }> }) {
  return (
    <dl className="c9f-bones" data-testid="root-cause-fishbone">
      {FISHBONE_CATEGORIES.map((category) => {
        const causes = technique.causes[category];
        return (
          <div key={category} className="c9f-bone-view">
            <dt>{FISHBONE_LABELS[category]}</dt>
            {causes.length === 0 ? <dd className="c9-muted">Examined — nothing found</dd> : causes.map((cause, index) => {
              const root = technique.rootCause.category === category && technique.rootCause.cause === cause;
              return <dd key={index} className={root ? 'c9f-chain-root' : undefined}>{cause}{root && <span className="c9-badge c9-tone-discovery c9f-root-badge">root cause</span>}</dd>;
            })}
          </div>
        );
      })}
    </dl>
  );
}

export function RootCauseView({ analysis, statement }: { readonly analysis: RootCauseAnalysis; readonly statement: string }) {
  const similar = analysis.similarNonconformities;
  const technique = analysis.technique;
  return (
    <div data-testid="root-cause">
      <p className="c9f-statement"><span className="c9-muted">Root cause ({technique.technique === 'five_whys' ? '5 whys' : 'fishbone'}):</span> <strong data-testid="root-cause-statement">{statement}</strong></p>
      {technique.technique === 'five_whys' ? <FiveWhys whys={technique.whys} /> : <Fishbone technique={technique} />}
      <h3>Similar nonconformities</h3>
      <p>
        <span className={`c9-badge ${similar.similarExist ? 'c9-tone-warning' : 'c9-tone-neutral'}`}>{similar.similarExist ? 'Similar exist' : 'None similar found'}</span>{' '}
        <span className={`c9-badge ${similar.couldOccurElsewhere ? 'c9-tone-warning' : 'c9-tone-neutral'}`}>{similar.couldOccurElsewhere ? 'Could occur elsewhere' : 'Not expected elsewhere'}</span>
      </p>
      <p>{similar.assessment}</p>
      {similar.relatedFindingIds.length > 0 && <p className="c9-muted">Related: {similar.relatedFindingIds.join(', ')}</p>}
    </div>
  );
}
