// A KPI definition as the editor holds it (text in every box) and the payload it becomes. Nothing is validated here:
// the resolver checks the whole ISO/IEC 27004 construct and names the field, so the rules live in one place.
import type { KpiDefinition } from '../../../../src/domain/kpi/kpi-definition';
import type { KpiDirection } from '../../../../src/domain/kpi/decision-criteria';
import type { KpiFrequency } from '../../../../src/domain/kpi/kpi-frequency';
import type { DefinitionPayload } from './kpi-api';
import { readNumber } from './measurement-draft';

export interface BaseMeasureDraft { readonly name: string; readonly unit: string; readonly measurementMethod: string }
export interface DerivedMeasureDraft { readonly name: string; readonly unit: string; readonly formula: string }

export interface DefinitionDraft {
  readonly id: string;
  readonly name: string;
  readonly informationNeed: string;
  readonly baseMeasures: readonly BaseMeasureDraft[];
  readonly derivedMeasures: readonly DerivedMeasureDraft[];
  readonly indicatorMeasure: string;
  readonly analyticalModel: string;
  readonly unit: string;
  readonly direction: KpiDirection;
  readonly target: string;
  readonly green: string;
  readonly amber: string;
  readonly collectionFrequency: KpiFrequency;
  readonly reportingFrequency: KpiFrequency;
  readonly owner: string;
  readonly collector: string;
  /** One recipient (role or group) per line. */
  readonly audience: string;
  readonly dataSourceKind: 'manual' | 'automated';
  readonly sourceName: string;
  readonly effectiveFrom: string;
}

export const EMPTY_BASE_MEASURE: BaseMeasureDraft = { name: '', unit: '', measurementMethod: '' };
export const EMPTY_DERIVED_MEASURE: DerivedMeasureDraft = { name: '', unit: '', formula: '' };

/** A new KPI: owned and collected by its author, measured monthly from `effectiveFrom`. */
export function blankDraft(author: string, effectiveFrom: string): DefinitionDraft {
  return {
    id: '', name: '', informationNeed: '', baseMeasures: [EMPTY_BASE_MEASURE], derivedMeasures: [], indicatorMeasure: '', analyticalModel: '', unit: '',
    direction: 'higher_is_better', target: '', green: '', amber: '', collectionFrequency: 'monthly', reportingFrequency: 'monthly',
    owner: author, collector: author, audience: 'ISMS Steering Committee', dataSourceKind: 'manual', sourceName: '', effectiveFrom,
  };
}

export function draftOf(definition: KpiDefinition): DefinitionDraft {
  return {
    id: definition.id,
    name: definition.name,
    informationNeed: definition.informationNeed,
    baseMeasures: definition.baseMeasures.map((measure) => ({ ...measure })),
    derivedMeasures: definition.derivedMeasures.map((measure) => ({ ...measure })),
    indicatorMeasure: definition.indicator.measure,
    analyticalModel: definition.indicator.analyticalModel,
    unit: definition.unit,
    direction: definition.direction,
    target: String(definition.target),
    green: String(definition.decisionCriteria.green),
    amber: String(definition.decisionCriteria.amber),
    collectionFrequency: definition.collectionFrequency,
    reportingFrequency: definition.reportingFrequency,
    owner: definition.owner,
    collector: definition.collector,
    audience: definition.audience.join('\n'),
    dataSourceKind: definition.dataSource.kind,
    sourceName: definition.dataSource.kind === 'automated' ? definition.dataSource.sourceName : '',
    effectiveFrom: definition.effectiveFrom,
  };
}

/** Empty number boxes are sent as "" and text as typed, so the resolver's message names the field. */
const numberOf = (text: string): number | string => readNumber(text) ?? '';

export function toDefinitionPayload(draft: DefinitionDraft): DefinitionPayload {
  return {
    id: draft.id.trim(),
    name: draft.name,
    informationNeed: draft.informationNeed,
    baseMeasures: draft.baseMeasures.map((measure) => ({ name: measure.name.trim(), unit: measure.unit, measurementMethod: measure.measurementMethod })),
    derivedMeasures: draft.derivedMeasures.map((measure) => ({ name: measure.name.trim(), unit: measure.unit, formula: measure.formula })),
    indicator: { measure: draft.indicatorMeasure, analyticalModel: draft.analyticalModel },
    unit: draft.unit,
    direction: draft.direction,
    target: numberOf(draft.target),
    decisionCriteria: { green: numberOf(draft.green), amber: numberOf(draft.amber) },
    collectionFrequency: draft.collectionFrequency,
    reportingFrequency: draft.reportingFrequency,
    owner: draft.owner,
    collector: draft.collector,
    audience: draft.audience.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
    dataSource: draft.dataSourceKind === 'manual' ? { kind: 'manual' } : { kind: 'automated', sourceName: draft.sourceName },
    effectiveFrom: draft.effectiveFrom,
  };
}

/** The measure names the indicator may be: every named base and derived measure. */
export function measureNames(draft: Pick<DefinitionDraft, 'baseMeasures' | 'derivedMeasures'>): string[] {
  return [...draft.baseMeasures, ...draft.derivedMeasures].map((measure) => measure.name.trim()).filter((name) => name !== '');
}
