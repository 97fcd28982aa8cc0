// What a recorded measurement did, in words: recorded, superseded an earlier value (kept in history), unchanged, or a
// retry that stored nothing new.
import type { RecordedMeasurement } from '../../../../src/contracts/kpi-payloads';
import type { KpiFrequency } from '../../../../src/domain/kpi/kpi-frequency';
import { formatValue, periodLabel } from './kpi-format';

export interface Outcome {
  readonly recorded: RecordedMeasurement;
  readonly unit: string;
  readonly frequency: KpiFrequency;
}

export function outcomeText({ recorded, unit, frequency }: Outcome): string {
  const value = formatValue(recorded.stored.indicatorValue, unit);
  const period = periodLabel(frequency, recorded.stored.measurement.periodStart);
  switch (recorded.outcome) {
    case 'recorded':
      return `Recorded ${value} for ${period}.`;
    case 'superseded':
      return `Recorded ${value} for ${period} (revision ${recorded.stored.revision}); the earlier value stays in the period's history.`;
    case 'unchanged':
      return `${period} already has this value; nothing changed.`;
    case 'replayed':
      return `This submission was already recorded for ${period}; nothing was stored twice.`;
  }
}

export function MeasurementOutcome({ outcome }: { readonly outcome: Outcome }) {
  return <p className="c9-state c9-state--success" role="status" data-testid="record-ok" data-outcome={outcome.recorded.outcome}>{outcomeText(outcome)}</p>;
}
