// Read model: every nonconformity raised (major or minor, open or closed) with the clauses and controls it names —
// what the coverage grid counts in the month it was raised. Unlike open-nonconformities, closing one keeps it here;
// deleting its issue removes it.
import { z } from 'zod';

import { localDateSchema } from '../../../domain/local-date';
import { shardedMap } from './sharded-map';

export const raisedNonconformitySchema = z.object({
  key: z.string(),
  kind: z.enum(['major_nonconformity', 'minor_nonconformity']),
  references: z.array(z.string()),
  raisedOn: localDateSchema,
});
export type RaisedNonconformity = z.infer<typeof raisedNonconformitySchema>;

export const raisedNonconformityModel = shardedMap('raised-nonconformities', 8, raisedNonconformitySchema);
