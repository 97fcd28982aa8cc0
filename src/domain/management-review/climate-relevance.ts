// ISO/IEC 27001:2022/Amd 1:2024 added to 4.1 "the organization shall determine whether climate change is a relevant
// issue" and to 4.2 that interested parties can have climate-related requirements. A review therefore records an
// explicit answer — yes, no, or not (yet) assessed — with a note, for both 9.3.2 b) and c).
import { z } from 'zod';

export const CLIMATE_ANSWERS = ['yes', 'no', 'not_assessed'] as const;
export type ClimateAnswer = (typeof CLIMATE_ANSWERS)[number];

export interface ClimateRelevance {
  readonly relevant: ClimateAnswer;
  /** Why, and what follows from it; required for "yes" and "no". */
  readonly note: string;
}

export function climateRelevanceSchema(field: string) {
  return z
    .object({
      relevant: z.enum(CLIMATE_ANSWERS, { error: `${field}.relevant must be one of ${CLIMATE_ANSWERS.join(', ')}` }),
      note: z.string({ error: `${field}.note must be text` }).trim(),
    })
    .superRefine((climate, ctx) => {
      if (climate.relevant !== 'not_assessed' && climate.note === '') {
        ctx.addIssue({ code: 'custom', path: ['note'], message: `${field}.note must say why climate change is${climate.relevant === 'no' ? ' not' : ''} relevant` });
      }
    });
}

/** The line the pack prints, e.g. "Climate change is a relevant issue: yes — flooding risk at the data centre". */
export function climateLine(subject: string, climate: ClimateRelevance): string {
  const note = climate.note.trim();
  const answer = climate.relevant === 'not_assessed' ? 'not assessed' : climate.relevant;
  return `Climate change is a relevant ${subject}: ${answer}${note === '' ? '' : ` — ${note}`}`;
}
