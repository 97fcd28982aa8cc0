// Read model: the open nonconformities (major and minor findings not closed), with the clauses and controls they
// name — what the coverage gadget counts against each row. Closed or deleted findings leave it.
import { z } from 'zod';

import { localDateSchema } from '../../../domain/local-date';
import { shardedMap } from './sharded-map';

export const openNonconformitySchema = z.object({
  issueId: z.string(),
  key: z.string(),
  kind: z.enum(['major_nonconformity', 'minor_nonconformity']),
  references: z.array(z.string()),
  raisedOn: localDateSchema,
});
export type OpenNonconformity = z.infer<typeof openNonconformitySchema>;

export const nonconformityModel = shardedMap('open-nonconformities', 8, openNonconformitySchema);
