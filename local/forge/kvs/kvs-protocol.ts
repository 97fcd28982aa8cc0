// Request bodies of the `/api/v1/*` protocol, as @forge/kvs 1.6.5 sends them (out/storage-api.js,
// out/interfaces/kvs-api.d.ts). Parsed once at the boundary; keys and values are checked by kvs-limits.
import { z } from 'zod';
import { invalidBody } from './kvs-error';

export const metadataFieldSchema = z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']);
export type MetadataField = z.infer<typeof metadataFieldSchema>;

const getOptions = z.object({ metadataFields: z.array(metadataFieldSchema).optional() }).optional();
const ttl = z.object({ value: z.number(), unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']) });
export const setOptionsSchema = z
  .object({
    ttl: ttl.optional(),
    keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
    returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
    returnMetadataFields: z.array(metadataFieldSchema).optional(),
  })
  .optional();
export type SetOptions = z.infer<typeof setOptionsSchema>;

export const getRequest = z.object({ key: z.unknown(), entityName: z.unknown().optional(), options: getOptions });
export const setRequest = z.object({
  key: z.unknown(),
  value: z.unknown(),
  entityName: z.unknown().optional(),
  options: setOptionsSchema,
});
export const deleteRequest = z.object({ key: z.unknown(), entityName: z.unknown().optional() });

const condition = z.object({ condition: z.string(), values: z.array(z.unknown()) });
export const filterItemSchema = condition.extend({ property: z.string() });
export type FilterItem = z.infer<typeof filterItemSchema>;
export const filterGroupSchema = z.object({
  and: z.array(filterItemSchema).optional(),
  or: z.array(filterItemSchema).optional(),
});
export type FilterGroup = z.infer<typeof filterGroupSchema>;

export const queryRequest = z.object({
  limit: z.number().optional(),
  after: z.string().optional(),
  where: z.array(filterItemSchema).optional(),
  options: getOptions,
});

export const entityQueryRequest = z.object({
  entityName: z.unknown(),
  indexName: z.string(),
  partition: z.array(z.unknown()).optional(),
  range: condition.optional(),
  filters: filterGroupSchema.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  cursor: z.string().optional(),
  limit: z.number().optional(),
  options: getOptions,
});
export type EntityQueryRequest = z.infer<typeof entityQueryRequest>;

export const batchSetRequest = z.array(
  z.object({ key: z.unknown(), value: z.unknown(), entityName: z.unknown().optional(), options: setOptionsSchema }),
);
export const batchGetRequest = z.array(
  z.object({ key: z.unknown(), entityName: z.unknown().optional(), options: getOptions }),
);
export const batchDeleteRequest = z.array(deleteRequest);

const transactionItem = z.object({
  key: z.unknown(),
  entityName: z.unknown().optional(),
  conditions: filterGroupSchema.optional(),
});
export const transactionRequest = z.object({
  set: z.array(transactionItem.extend({ value: z.unknown(), options: setOptionsSchema })).optional(),
  delete: z.array(transactionItem).optional(),
  check: z.array(transactionItem.extend({ conditions: filterGroupSchema })).optional(),
});
export type TransactionRequest = z.infer<typeof transactionRequest>;

export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidBody(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}
