// The root cause editor's draft and the `finding/root-cause` payload built from it. Pure: the resolver validates it
// (empty whys, a fishbone root cause not among the listed causes) and names the field that is wrong.
import type { FishboneCategory, RootCauseAnalysis } from '../../../src/domain/root-cause';
import { FISHBONE_CATEGORIES } from '../../../src/domain/root-cause';

export const FISHBONE_LABELS: Readonly<Record<FishboneCategory, string>> = {
  people: 'People',
  process: 'Process',
  technology: 'Technology',
  environment: 'Environment',
  supplier: 'Supplier',
  measurement: 'Measurement',
};

export type Technique = 'five_whys' | 'fishbone';

export interface RootCauseDraft {
  readonly technique: Technique;
  readonly whys: readonly string[];
  readonly causes: Readonly<Record<FishboneCategory, readonly string[]>>;
  /** Which listed cause is the root cause. */
  readonly chosen: { readonly category: FishboneCategory; readonly index: number } | null;
  readonly similarExist: boolean;
  readonly couldOccurElsewhere: boolean;
  readonly assessment: string;
  /** Finding issue keys or ids, separated by commas or spaces. */
  readonly related: string;
}

const noCauses = (): Record<FishboneCategory, readonly string[]> => ({ people: [], process: [], technology: [], environment: [], supplier: [], measurement: [] });

/** A new draft, or the earlier analysis to start from (a reopened finding analyses again). */
export function draftFrom(analysis: RootCauseAnalysis | null): RootCauseDraft {
  const empty: RootCauseDraft = { technique: 'five_whys', whys: [''], causes: noCauses(), chosen: null, similarExist: false, couldOccurElsewhere: false, assessment: '', related: '' };
  if (analysis === null) return empty;
  const { technique, similarNonconformities: similar } = analysis;
  const common = { similarExist: similar.similarExist, couldOccurElsewhere: similar.couldOccurElsewhere, assessment: similar.assessment, related: similar.relatedFindingIds.join(', ') };
  if (technique.technique === 'five_whys') return { ...empty, ...common, whys: [...technique.whys] };
  const index = technique.causes[technique.rootCause.category].indexOf(technique.rootCause.cause);
  return { ...empty, ...common, technique: 'fishbone', causes: technique.causes, chosen: index < 0 ? null : { category: technique.rootCause.category, index } };
}

export function rootCausePayload(draft: RootCauseDraft): Record<string, unknown> {
  const similarNonconformities = {
    similarExist: draft.similarExist,
    couldOccurElsewhere: draft.couldOccurElsewhere,
    assessment: draft.assessment,
    relatedFindingIds: draft.related.split(/[\s,;]+/).filter((id) => id !== ''),
  };
  if (draft.technique === 'five_whys') return { technique: { technique: 'five_whys', whys: draft.whys }, similarNonconformities };
  const causes = Object.fromEntries(FISHBONE_CATEGORIES.map((category) => [category, draft.causes[category]]));
  const chosen = draft.chosen;
  const rootCause = chosen === null ? { category: FISHBONE_CATEGORIES[0], cause: '' } : { category: chosen.category, cause: draft.causes[chosen.category][chosen.index] ?? '' };
  return { technique: { technique: 'fishbone', causes, rootCause }, similarNonconformities };
}

/** A list with the item at `index` replaced, removed (value undefined) or appended (index = length). */
export function edited(list: readonly string[], index: number, value: string | undefined): readonly string[] {
  if (value === undefined) return list.filter((_, each) => each !== index);
  return index >= list.length ? [...list, value] : list.map((item, each) => (each === index ? value : item));
}
