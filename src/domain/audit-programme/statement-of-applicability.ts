// The organisation's Statement of Applicability (6.1.3 d): which Annex A controls apply, and which are excluded with
// a justification. The audit programme must cover the applicable ones; excluded ones are out of its scope.
import { z } from 'zod';

import { requiredTextSchema } from '../field-schemas';
import {
  ANNEX_A_CONTROLS,
  compareCatalogueIds,
  isAnnexAControlId,
  type AnnexAControlId,
} from '../iso-catalogue/catalogue';

export interface ControlExclusion {
  readonly control: AnnexAControlId;
  readonly justification: string;
}

export interface StatementOfApplicability {
  readonly applicableControls: readonly AnnexAControlId[];
  readonly exclusions: readonly ControlExclusion[];
}

function controlIdField(field: string) {
  return z
    .string({ error: `${field} must be an Annex A control id` })
    .refine(isAnnexAControlId, { error: (issue) => `${field} ${JSON.stringify(issue.input)} is not an Annex A control id (A.5.1–A.8.34)` });
}

export const statementOfApplicabilitySchema = z
  .object({
    applicableControls: z.array(controlIdField('applicableControls'), { error: 'applicableControls must be a list of control ids' }),
    exclusions: z.array(
      z.object({ control: controlIdField('exclusions.control'), justification: requiredTextSchema('exclusions.justification', 2000) }),
      { error: 'exclusions must be a list' },
    ),
  })
  .superRefine((soa, ctx) => {
    const applicable = new Set<string>(soa.applicableControls);
    soa.exclusions.forEach((exclusion, index) => {
      if (applicable.has(exclusion.control)) {
        ctx.addIssue({ code: 'custom', path: ['exclusions', index, 'control'], message: `exclusions.control ${exclusion.control} is also listed in applicableControls` });
      }
    });
  }) satisfies z.ZodType<StatementOfApplicability>;

/** Every control applicable: the usual start before the organisation records its exclusions. */
export function everyControlApplicable(): StatementOfApplicability {
  return { applicableControls: ANNEX_A_CONTROLS.map((control) => control.id), exclusions: [] };
}

/** The applicable controls in the standard's order; a control both listed and excluded counts as excluded. */
export function applicableControlIds(soa: StatementOfApplicability): AnnexAControlId[] {
  const excluded = new Set<string>(soa.exclusions.map((exclusion) => exclusion.control));
  return [...new Set(soa.applicableControls)].filter((id) => !excluded.has(id)).sort(compareCatalogueIds);
}

/** Controls the SoA neither includes nor excludes: an incomplete SoA is itself a nonconformity with 6.1.3 d. */
export function undecidedControls(soa: StatementOfApplicability): AnnexAControlId[] {
  const decided = new Set<string>([...soa.applicableControls, ...soa.exclusions.map((exclusion) => exclusion.control)]);
  return ANNEX_A_CONTROLS.map((control) => control.id).filter((id) => !decided.has(id));
}
