// What one version of a KPI definition changed, in words an auditor can check: "defined", "retired: <reason>", or the
// parts of the definition that differ ("target 95 → 97; owner changed").
import type { KpiDefinition } from '../../../../src/domain/kpi/kpi-definition';
import type { KpiRecord } from '../../../../src/domain/kpi/kpi-record';

const LABELS: Readonly<Record<keyof KpiDefinition, string>> = {
  id: 'id', name: 'name', informationNeed: 'information need', baseMeasures: 'base measures', derivedMeasures: 'derived measures', indicator: 'indicator',
  unit: 'unit', direction: 'direction', target: 'target', decisionCriteria: 'decision criteria', collectionFrequency: 'collection frequency',
  reportingFrequency: 'reporting frequency', owner: 'owner', collector: 'collector', audience: 'audience', dataSource: 'data source', effectiveFrom: 'measured from',
};

/** The scalar parts, whose old and new values fit on one line. */
function scalarOf(definition: KpiDefinition, key: keyof KpiDefinition): string | undefined {
  const value = definition[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function describeChange(before: KpiRecord | null, after: KpiRecord): string {
  if (before === null) return 'defined';
  if (after.status === 'retired' && before.status === 'active') return `retired on ${after.retiredOn}: ${after.retirementReason}`;
  const keys = Object.keys(LABELS) as (keyof KpiDefinition)[];
  const changed = keys.filter((key) => !sameJson(before.definition[key], after.definition[key]));
  if (changed.length === 0) return 'saved without changes';
  return changed
    .map((key) => {
      if (key === 'decisionCriteria') {
        const { green: g0, amber: a0 } = before.definition.decisionCriteria;
        const { green: g1, amber: a1 } = after.definition.decisionCriteria;
        return `decision criteria green ${g0} → ${g1}, amber ${a0} → ${a1}`;
      }
      const [from, to] = [scalarOf(before.definition, key), scalarOf(after.definition, key)];
      const long = key === 'informationNeed' || key === 'owner' || key === 'collector';
      return from === undefined || to === undefined || long ? `${LABELS[key]} changed` : `${LABELS[key]} ${from} → ${to}`;
    })
    .join('; ');
}
