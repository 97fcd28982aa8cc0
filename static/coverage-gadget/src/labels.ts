// Words for the coverage gadget's gap classes, themes and check outcomes (text beside every colour).
import type { CoverageScope } from '../../../src/contracts/gadget-configuration';
import type { CheckOutcome } from '../../../src/domain/monitoring-check';

export const GAPS = ['failing', 'uncovered', 'stale', 'ok'] as const;
export type Gap = (typeof GAPS)[number];

export const GAP_LABEL: Record<Gap, { readonly icon: string; readonly label: string; readonly short: string; readonly tone: string; readonly hint: string }> = {
  failing: { icon: '✖', label: 'Failing', short: 'Fail', tone: 'danger', hint: 'last check nonconforming or open nonconformities' },
  uncovered: { icon: '○', label: 'Uncovered', short: 'None', tone: 'discovery', hint: 'no active monitoring item' },
  stale: { icon: '◷', label: 'Stale', short: 'Stale', tone: 'warning', hint: 'a due check went unchecked' },
  ok: { icon: '✔', label: 'OK', short: 'OK', tone: 'success', hint: 'monitored and checked on time' },
};

export const THEME_LABEL: Record<CoverageScope, string> = {
  clauses: 'Clauses 4–10',
  organizational: 'A.5 Organizational controls',
  people: 'A.6 People controls',
  physical: 'A.7 Physical controls',
  technological: 'A.8 Technological controls',
};

export const OUTCOME_LABEL: Record<CheckOutcome, string> = {
  conforming: 'conforming',
  nonconforming: 'nonconforming',
  partially_conforming: 'partially conforming',
  not_applicable: 'not applicable',
};
