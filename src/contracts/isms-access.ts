// What the ISMS page may offer the signed-in user (isms/access): one answer for all four sub-pages, so the matrix,
// KPIs, audit programme and management reviews agree on who may change the ISMS.
import { z } from 'zod';

export const ismsAccessPayloadSchema = z.object({}, { error: 'payload must be an object' }).strict();

export interface IsmsAccess {
  /** The ISMS manager role: change the matrix, KPIs, audit programme and reviews. */
  readonly canManage: boolean;
  /** Membership of the ISMS project: raise findings (auditors who are not managers can). */
  readonly canRaiseFindings: boolean;
  /** Why the user cannot manage (the role check's own message), null when they can. */
  readonly reason: string | null;
}

export const ismsAccessSchema: z.ZodType<IsmsAccess> = z.object({ canManage: z.boolean(), canRaiseFindings: z.boolean(), reason: z.string().nullable() });
