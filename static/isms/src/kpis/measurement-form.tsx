// Recording one value for one collection period: the base measures (the raw counts, kept on record) or, for a derived
// indicator, the indicator itself. Errors come from the resolver and sit next to their field. Each draft carries an
// idempotency key, so a retried submission (a lost answer, a double click) is stored once.
import { useState } from 'react';
import type { SyntheticEvent } from 'react';

import { periodOf } from '../../../../src/domain/kpi/kpi-frequency';
import { isLocalDate } from '../../../../src/domain/local-date';
import { FieldError, fieldError, IDLE, invalidProps, type SaveState } from '../../../shared/field-errors';
import { RadioGroup } from '../../../shared/edit-form';
import { recordMeasurement, type KpiDetail } from './kpi-api';
import { RagLozenge } from './kpi-badges';
import { formatValue, periodLabel } from './kpi-format';
import { emptyDraft, indicatorIsDerived, previewIndicator, toSubmission, type MeasurementDraft } from './measurement-draft';
import { MeasurementOutcome, type Outcome } from './measurement-outcome';

/** A fresh idempotency key per draft (randomUUID needs a secure context; getRandomValues does not). */
const newKey = (): string => `kpi-page-${Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;

/** The period a manager most likely records next: the missing one when overdue, else the next one — never a future one. */
function suggestedPeriod(view: KpiDetail): string {
  const frequency = view.kpi.definition.collectionFrequency;
  const current = periodOf(frequency, view.window.to);
  const next = view.staleness === null ? current : view.staleness.status === 'stale' ? view.staleness.missingPeriodStart : view.staleness.nextPeriodStart;
  return next > current ? current : next;
}

export function MeasurementForm({ view, onRecorded }: { readonly view: KpiDetail; readonly onRecorded: () => void }) {
  const definition = view.kpi.definition;
  const frequency = definition.collectionFrequency;
  const suggested = suggestedPeriod(view);
  const [draft, setDraftState] = useState<MeasurementDraft>(() => emptyDraft(definition, suggested));
  const [key, setKey] = useState(newKey);
  const [save, setSave] = useState<SaveState>(IDLE);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const setDraft = (next: MeasurementDraft) => { setDraftState(next); setKey(newKey()); setOutcome(null); };
  const period = isLocalDate(draft.periodStart) ? periodOf(frequency, draft.periodStart) : null;
  const existing = period === null ? undefined : view.measurements.find((measurement) => measurement.measurement.periodStart === period);
  const preview = previewIndicator(definition, draft);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSave({ state: 'saving' });
    void recordMeasurement(toSubmission(definition, draft, key)).then((answer) => {
      if (answer.state === 'error') { setSave({ state: 'failed', error: answer.error }); return; }
      setSave({ state: 'saved' });
      setOutcome({ recorded: answer.data, unit: definition.unit, frequency });
      setDraftState(emptyDraft(definition, draft.periodStart));
      setKey(newKey());
      onRecorded();
    });
  };

  const failedField = save.state === 'failed' ? save.error.field : undefined;
  const groupError = save.state === 'failed' && (failedField === 'baseValues' || (draft.mode === 'base' && failedField === 'value')) ? save.error.message : undefined;
  const knownFields = ['periodStart', 'value', 'baseValues', 'comment'];
  const otherError = save.state === 'failed' && !knownFields.some((field) => fieldError(save, field) !== undefined) ? save.error.message : undefined;

  return (
    <section className="c9-section c9-no-print" aria-labelledby="c9-record-title" data-testid="measurement-form">
      <h2 id="c9-record-title">Record a measurement</h2>
      <form className="c9-edit" onSubmit={submit} noValidate aria-label="Record a measurement">
        <div className="c9-form-grid">
          <div className="c9-field">
            <label htmlFor="c9-period">Period (any date in it)</label>
            <input id="c9-period" type="date" value={draft.periodStart} onChange={(event) => { setDraft({ ...draft, periodStart: event.target.value }); }} {...invalidProps(save, 'periodStart')} />
            <span className="c9-hint" data-testid="period-hint">
              {period === null ? 'Choose a date.' : `Stored for ${periodLabel(frequency, period)} (from ${period}).`}
              {existing !== undefined && ` It already has ${formatValue(existing.indicatorValue, definition.unit)}; a new value supersedes it and the old one stays in the period's history.`}
            </span>
            <FieldError save={save} field="periodStart" />
          </div>
        </div>
        {indicatorIsDerived(definition) && (
          <RadioGroup legend="Enter" name="c9-entry-mode" value={draft.mode} onChange={(mode) => { setDraft({ ...draft, mode }); }}
            options={[{ value: 'base', label: 'The base measures (recommended: the raw counts stay on record)' }, { value: 'indicator', label: `The indicator value (${definition.indicator.measure}) directly` }]} />
        )}
        <fieldset className="c9-field" aria-describedby={groupError === undefined ? undefined : 'c9-measure-group-error'}>
          <legend>{draft.mode === 'base' ? 'Base measures' : 'Indicator value'}</legend>
          <div className="c9-form-grid">
            {draft.mode === 'base' ? definition.baseMeasures.map((measure) => {
              const field = `baseValues.${measure.name}`;
              return (
                <div className="c9-field" key={measure.name}>
                  <label htmlFor={`c9-base-${measure.name}`}>{measure.name} ({measure.unit})</label>
                  <input id={`c9-base-${measure.name}`} inputMode="decimal" autoComplete="off" value={draft.baseValues[measure.name] ?? ''} data-testid={`base-${measure.name}`}
                    onChange={(event) => { setDraft({ ...draft, baseValues: { ...draft.baseValues, [measure.name]: event.target.value } }); }} {...invalidProps(save, field)} />
                  <span className="c9-hint">{measure.measurementMethod}</span>
                  <FieldError save={save} field={field} />
                </div>
              );
            }) : (
              <div className="c9-field">
                <label htmlFor="c9-indicator-value">{definition.indicator.measure} ({definition.unit})</label>
                <input id="c9-indicator-value" inputMode="decimal" autoComplete="off" value={draft.value} data-testid="indicator-value"
                  onChange={(event) => { setDraft({ ...draft, value: event.target.value }); }} {...invalidProps(save, 'value')} />
                <FieldError save={save} field="value" />
              </div>
            )}
          </div>
          {groupError !== undefined && <span className="c9-field-error" id="c9-measure-group-error" data-testid="field-error" data-field={failedField}>{groupError}</span>}
        </fieldset>
        <div className="c9-field">
          <label htmlFor="c9-measure-comment">Comment (optional)</label>
          <textarea id="c9-measure-comment" value={draft.comment} maxLength={2000} data-testid="measurement-comment"
            onChange={(event) => { setDraft({ ...draft, comment: event.target.value }); }} {...invalidProps(save, 'comment')} />
          <span className="c9-hint">What a reader of this figure should know, e.g. a data source outage. Kept with the value.</span>
          <FieldError save={save} field="comment" />
        </div>
        <p className="c9-muted" data-testid="indicator-preview" aria-live="polite">
          {preview === null ? 'The indicator is computed when every value is filled in.' : <>Indicator: {formatValue(preview.value, definition.unit)} <RagLozenge rag={preview.rag} /></>}
        </p>
        {otherError !== undefined && <p className="c9-state c9-state--error" role="alert" data-testid="save-error">Not recorded: {otherError}</p>}
        {save.state === 'failed' && otherError === undefined && <p className="c9-state c9-state--error" role="alert">Not recorded: fix the field marked above.</p>}
        {outcome !== null && save.state === 'saved' && <MeasurementOutcome outcome={outcome} />}
        <div className="c9-actions">
          <button type="submit" className="c9-button c9-button--primary" disabled={save.state === 'saving'} data-testid="record-measurement">
            {save.state === 'saving' ? 'Recording…' : 'Record measurement'}
          </button>
        </div>
      </form>
    </section>
  );
}
