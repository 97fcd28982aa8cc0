// The `clause9` issue property every app issue carries (D7): { id, kind, status, v } plus the record's own state.
// `jira:entityProperty` indexes id, kind and status, so `issue.property[clause9].id = "…"` finds an issue again.
import { z } from 'zod';

export const CLAUSE9_PROPERTY_KEY = 'clause9';

export const clause9PropertySchema = z.looseObject({
  /** The app's stable id, e.g. `MI-012@2026-12-01` for a check occurrence or `finding:<uuid>`. */
  id: z.string().min(1),
  kind: z.string().min(1),
  status: z.string().min(1),
  /** The property's schema version. */
  v: z.number().int().min(1),
});
export type Clause9Property = z.infer<typeof clause9PropertySchema>;

/** Jira's limit on one entity property value. */
export const MAX_PROPERTY_BYTES = 32_768;
