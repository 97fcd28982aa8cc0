// Parses monitoring items at the boundary: the matrix editor and CSV import (definitions) and storage reads (items).
import { z } from 'zod';
import { accountIdSchema, hasNoDuplicates, localDateFieldSchema, requiredTextSchema, wholeNumberSchema } from './field-schemas';
import { CATALOGUE_ID_RULE, isCatalogueId } from './iso-catalogue/catalogue';
import type { MonitoringItem, MonitoringItemDefinition } from './monitoring-item';
import { ENTITY_KINDS, MONITORED_ELEMENTS, MONITORING_APPROACHES, MONITORING_METHODS, REPORT_TYPES } from './monitoring-vocabulary';
import { recurrenceSchema } from './recurrence-schema';

function oneOf<const Values extends readonly [string, ...string[]]>(field: string, values: Values) {
  return z.enum(values, { error: `${field} must be one of ${values.join(', ')}` });
}

/** Item ids end up in occurrence keys (`${itemId}@${dueOn}`), so they may not contain "@". */
export const monitoringItemIdSchema = z
  .string({ error: 'id must be text' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, { error: 'id must be 1–64 letters, digits, ".", "_", ":" or "-"' });

const definitionFields = {
  title: requiredTextSchema('title', 200),
  entity: z.object(
    { kind: oneOf('entity.kind', ENTITY_KINDS), name: requiredTextSchema('entity.name', 200) },
    { error: 'entity must be an object with kind and name' },
  ),
  covers: z
    .array(
      z.string({ error: 'covers must list catalogue ids' }).refine(isCatalogueId, {
        error: (issue) => `covers: ${JSON.stringify(issue.input)} ${CATALOGUE_ID_RULE}`,
      }),
      { error: 'covers must be a list of clause or Annex A control ids' },
    )
    .min(1, { error: 'covers must list at least one clause or Annex A control' })
    .refine(hasNoDuplicates, { error: 'covers must not list the same id twice' }),
  riskIds: z
    .array(requiredTextSchema('riskIds entry', 100), { error: 'riskIds must be a list of risk ids' })
    .refine(hasNoDuplicates, { error: 'riskIds must not list the same risk twice' }),
  element: oneOf('element', MONITORED_ELEMENTS),
  method: oneOf('method', MONITORING_METHODS),
  approach: oneOf('approach', MONITORING_APPROACHES),
  recurrence: recurrenceSchema,
  leadTimeDays: wholeNumberSchema('leadTimeDays', 0, 365),
  responsibleAccountId: accountIdSchema('responsibleAccountId'),
  analysis: z.object(
    { analystAccountId: accountIdSchema('analysis.analystAccountId'), withinWorkingDays: wholeNumberSchema('analysis.withinWorkingDays', 0, 60) },
    { error: 'analysis must be an object with analystAccountId and withinWorkingDays' },
  ),
  reportType: oneOf('reportType', REPORT_TYPES),
  spotCheckOfCriticalTask: z.boolean({ error: 'spotCheckOfCriticalTask must be true or false' }),
};

export const monitoringItemDefinitionSchema: z.ZodType<MonitoringItemDefinition> = z.object(definitionFields, {
  error: 'monitoring item must be an object',
});

export const monitoringItemSchema: z.ZodType<MonitoringItem> = z.discriminatedUnion(
  'status',
  [
    z.object({ ...definitionFields, id: monitoringItemIdSchema, status: z.literal('draft') }),
    z.object({ ...definitionFields, id: monitoringItemIdSchema, status: z.literal('active'), activeFrom: localDateFieldSchema('activeFrom') }),
    z.object({
      ...definitionFields,
      id: monitoringItemIdSchema,
      status: z.literal('retired'),
      activeFrom: localDateFieldSchema('activeFrom').nullable(),
      retiredOn: localDateFieldSchema('retiredOn'),
      retirementReason: requiredTextSchema('retirementReason', 1000),
    }),
  ],
  { error: 'status must be one of draft, active, retired' },
);
