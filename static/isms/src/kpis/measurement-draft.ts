// A measurement as typed in the form, and the submission it becomes. Numbers are read strictly (a comma decimal or a
// unit typed into the box is not silently dropped): text that is not a number is sent as typed, so the resolver
// answers with the field and the rule, the same message a feeder would get.
import type { KpiDefinition, Rag } from '../../../../src/domain/kpi';
import { compileKpi, evaluateIndicator } from '../../../../src/domain/kpi';
import type { MeasurementDraftPayload } from './kpi-api';

export type EntryMode = 'base' | 'indicator';

export interface MeasurementDraft {
  readonly periodStart: string;
  readonly mode: EntryMode;
  /** Base measure name → the text typed for it. */
  readonly baseValues: Readonly<Record<string, string>>;
  readonly value: string;
  /** Kept with the value (a data source outage, a one-off event); blank means none. */
  readonly comment: string;
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** A number for well-formed numeric text, undefined for an empty box, otherwise the text itself. */
export function readNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
}

/** Whether the KPI's indicator is a derived measure, so the indicator value may be entered instead of the base measures. */
export function indicatorIsDerived(definition: Pick<KpiDefinition, 'derivedMeasures' | 'indicator'>): boolean {
  return definition.derivedMeasures.some((measure) => measure.name === definition.indicator.measure);
}

export function emptyDraft(definition: KpiDefinition, periodStart: string): MeasurementDraft {
  return { periodStart, mode: 'base', baseValues: Object.fromEntries(definition.baseMeasures.map((measure) => [measure.name, ''])), value: '', comment: '' };
}

export function toSubmission(definition: KpiDefinition, draft: MeasurementDraft, idempotencyKey: string): MeasurementDraftPayload {
  const common = { kpiId: definition.id, periodStart: draft.periodStart, idempotencyKey, ...(draft.comment.trim() === '' ? {} : { comment: draft.comment }) };
  if (draft.mode === 'indicator') {
    const value = readNumber(draft.value);
    return value === undefined ? common : { ...common, value };
  }
  const baseValues: Record<string, number | string> = {};
  for (const measure of definition.baseMeasures) {
    const value = readNumber(draft.baseValues[measure.name] ?? '');
    if (value !== undefined) baseValues[measure.name] = value;
  }
  return { ...common, baseValues };
}

/** The indicator value and RAG the draft would record, or null while it is incomplete or not computable. */
export function previewIndicator(definition: KpiDefinition, draft: MeasurementDraft): { readonly value: number; readonly rag: Rag } | null {
  const submission = toSubmission(definition, draft, 'preview');
  try {
    let value: number | undefined;
    if (typeof submission.value === 'number') value = submission.value;
    else if (submission.baseValues !== undefined && Object.values(submission.baseValues).every((entry) => typeof entry === 'number')) {
      const numbers = Object.fromEntries(Object.entries(submission.baseValues).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
      if (Object.keys(numbers).length !== definition.baseMeasures.length) return null;
      value = compileKpi(definition).indicatorValue({ kpiId: definition.id, periodStart: definition.effectiveFrom, recordedBy: 'preview', recordedAt: '1970-01-01T00:00:00.000Z', source: { kind: 'manual' }, baseValues: numbers });
    }
    return value === undefined ? null : { value, rag: evaluateIndicator(definition, value) };
  } catch {
    return null; // e.g. a rate over zero events: the resolver stores it and shows "no data"
  }
}
