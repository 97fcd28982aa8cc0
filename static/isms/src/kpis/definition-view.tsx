// The KPI's full ISO/IEC 27004 definition as an auditor reads it, and who changed it when (each version).
import { useEffect, useState } from 'react';

import type { Answer } from '../../../shared/invoke';
import { useDisplayNames } from '../../../shared/people';
import { PageError } from '../../../shared/states';
import { fetchDefinitionHistory, type DefinitionChange, type KpiDetail } from './kpi-api';
import { describeChange } from './definition-changes';
import { criteriaText, DIRECTION_LABEL, FREQUENCY_LABEL, instantText, targetText } from './kpi-format';

export function DefinitionView({ view }: { readonly view: KpiDetail }) {
  const definition = view.kpi.definition;
  const [history, setHistory] = useState<Answer<{ changes: DefinitionChange[] }> | null>(null);
  useEffect(() => { void fetchDefinitionHistory(definition.id).then(setHistory); }, [definition.id, view.version]);
  const changes = history?.state === 'ready' ? history.data.changes : [];
  const names = useDisplayNames([definition.owner, definition.collector, view.changedBy, ...changes.map((change) => change.by)]);
  const nameOf = (accountId: string) => names.get(accountId) ?? accountId;

  return (
    <section className="c9-section" aria-labelledby="c9-definition-title" data-testid="kpi-definition">
      <h2 id="c9-definition-title">Definition (ISO/IEC 27004)</h2>
      <dl className="c9-definition">
        <dt>Information need</dt><dd>{definition.informationNeed}</dd>
        <dt>Indicator</dt><dd><code>{definition.indicator.measure}</code> in {definition.unit}</dd>
        <dt>Analytical model</dt><dd>{definition.indicator.analyticalModel}</dd>
        <dt>Direction</dt><dd>{DIRECTION_LABEL[definition.direction]}</dd>
        <dt>Target</dt><dd>{targetText(definition.direction, definition.target, definition.unit)}</dd>
        <dt>Decision criteria</dt><dd>{criteriaText(definition.direction, definition.decisionCriteria, definition.unit)}</dd>
        <dt>Collection</dt><dd>{FREQUENCY_LABEL[definition.collectionFrequency]}, from {definition.effectiveFrom}</dd>
        <dt>Reporting</dt><dd>{FREQUENCY_LABEL[definition.reportingFrequency]}</dd>
        <dt>Owner</dt><dd>{nameOf(definition.owner)}</dd>
        <dt>Collector</dt><dd>{nameOf(definition.collector)}</dd>
        <dt>Audience</dt><dd>{definition.audience.join('; ')}</dd>
        <dt>Data source</dt><dd>{definition.dataSource.kind === 'manual' ? 'Manual entry' : `Automated: ${definition.dataSource.sourceName}`}</dd>
      </dl>
      <table className="c9-table">
        <caption>Base measures</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Unit</th><th scope="col">Measurement method</th></tr></thead>
        <tbody>{definition.baseMeasures.map((measure) => <tr key={measure.name}><th scope="row"><code>{measure.name}</code></th><td>{measure.unit}</td><td>{measure.measurementMethod}</td></tr>)}</tbody>
      </table>
      {definition.derivedMeasures.length > 0 && (
        <table className="c9-table">
          <caption>Derived measures</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Unit</th><th scope="col">Formula</th></tr></thead>
          <tbody>{definition.derivedMeasures.map((measure) => <tr key={measure.name}><th scope="row"><code>{measure.name}</code></th><td>{measure.unit}</td><td><code>{measure.formula}</code></td></tr>)}</tbody>
        </table>
      )}
      <h3>Definition history</h3>
      <p className="c9-muted" data-testid="definition-version">Version {view.version}, last changed {instantText(view.changedAt)} by {nameOf(view.changedBy)}.</p>
      {history?.state === 'error' && <PageError error={history.error} />}
      {changes.length > 0 && (
        <ol className="c9-history" reversed>
          {changes.map((change) => (
            <li key={change.seq}>
              Version {change.seq}: {describeChange(change.before, change.after)} — by {nameOf(change.by)} at {instantText(change.at)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
