// A KPI definition's lifecycle, which kpi-definition.ts leaves out: a KPI is active from when it is defined until it
// is retired (with a date and a reason); a retired KPI keeps its definition and measurements as evidence and takes
// no new measurements. Its collection frequency is fixed, because measurements are stored per collection period.
import { z } from 'zod';

import { DomainError } from '../domain-error';
import { localDateFieldSchema, requiredTextSchema } from '../field-schemas';
import type { LocalDate } from '../local-date';
import { requireText } from '../required-text';
import { kpiDefinitionSchema, type KpiDefinition } from './kpi-definition';

export type KpiStatus = 'active' | 'retired';

export type KpiRecord =
  | { readonly status: 'active'; readonly definition: KpiDefinition }
  | { readonly status: 'retired'; readonly definition: KpiDefinition; readonly retiredOn: LocalDate; readonly retirementReason: string };

export const kpiRecordSchema = z.discriminatedUnion(
  'status',
  [
    z.object({ status: z.literal('active'), definition: kpiDefinitionSchema }),
    z.object({
      status: z.literal('retired'),
      definition: kpiDefinitionSchema,
      retiredOn: localDateFieldSchema('retiredOn'),
      retirementReason: requiredTextSchema('retirementReason', 1000),
    }),
  ],
  { error: 'status must be active or retired' },
) satisfies z.ZodType<KpiRecord>;

function requireActive(record: KpiRecord, intent: 'revise' | 'retire'): Extract<KpiRecord, { status: 'active' }> {
  if (record.status === 'active') return record;
  throw new DomainError('ILLEGAL_TRANSITION', `cannot "${intent}" KPI "${record.definition.id}": it was retired on ${record.retiredOn}`, {
    kpiId: record.definition.id,
    intent,
    from: record.status,
  });
}

export function defineKpi(definition: KpiDefinition): KpiRecord {
  return { status: 'active', definition };
}

/** A new definition for an active KPI: same id, same collection frequency. */
export function reviseKpi(record: KpiRecord, definition: KpiDefinition): KpiRecord {
  const active = requireActive(record, 'revise');
  const current = active.definition;
  if (definition.id !== current.id) throw new DomainError('INVALID_INPUT', `id cannot change (it is "${current.id}")`, { field: 'id' });
  if (definition.collectionFrequency !== current.collectionFrequency) {
    throw new DomainError(
      'INVALID_INPUT',
      `collectionFrequency cannot change from ${current.collectionFrequency}: measurements are stored per collection period; retire this KPI and define a new one`,
      { field: 'collectionFrequency' },
    );
  }
  return { status: 'active', definition };
}

export function retireKpi(record: KpiRecord, retirement: { readonly retiredOn: LocalDate; readonly reason: string }): KpiRecord {
  const active = requireActive(record, 'retire');
  const reason = requireText(retirement.reason, 'reason');
  return { status: 'retired', definition: active.definition, retiredOn: retirement.retiredOn, retirementReason: reason };
}
