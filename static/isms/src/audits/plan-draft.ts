// The plan form's draft and the programme/plan payload it becomes (pure: the tests send it to the real resolver).
import type { z } from 'zod';

import type { planProgrammePayloadSchema } from '../../../../src/contracts/audit-programme-payloads';
import { ANNEX_A_CONTROLS } from '../../../../src/domain/iso-catalogue/catalogue';

/** What the page sends to programme/plan: the payload before the resolver's parse (which names any bad field). */
export type PlanProgrammeRequest = z.input<typeof planProgrammePayloadSchema>;

/** The form's draft as typed; numbers are converted as they are (a blank or a word reaches the resolver, which names it). */
export interface PlanDraft { programmeId: string; cycleStart: string; months: string; maxItemsPerMonth: string; excluded: Readonly<Record<string, string>> }

export function toPlanPayload(draft: PlanDraft): PlanProgrammeRequest {
  const exclusions = Object.entries(draft.excluded).map(([control, justification]) => ({ control, justification }));
  const excluded = new Set(Object.keys(draft.excluded));
  return {
    programmeId: draft.programmeId.trim(),
    cycleStart: draft.cycleStart,
    months: Number(draft.months),
    maxItemsPerMonth: Number(draft.maxItemsPerMonth),
    importanceWeights: {},
    previousNonconformities: {},
    statementOfApplicability: { applicableControls: ANNEX_A_CONTROLS.map((control) => control.id).filter((id) => !excluded.has(id)), exclusions },
  };
}

