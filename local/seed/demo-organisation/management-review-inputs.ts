// What the ISMS manager typed into the last review's pack before the meeting (9.3.2 b, c, d 4, e, f and the adequacy
// of resources); the app computes the rest (actions, nonconformities, monitoring, audits) from live data. Climate
// change was not assessed — which is what internal audit AUD-18 later raised as NC-008.
import type { SaveInputsPayload } from '../../../src/contracts/management-review-payloads';
import type { LocalDate } from '../../../src/domain/local-date';
import { addDays } from '../../../src/domain/local-date';

export type DemoReviewInputs = Omit<SaveInputsPayload, 'reviewId' | 'expectedVersion'>;

const NOT_ASSESSED = { relevant: 'not_assessed', note: '' } as const;

export function demoReviewInputs(heldOn: LocalDate): DemoReviewInputs {
  const before = (days: number): LocalDate => addDays(heldOn, -days);
  return {
    issueChanges: {
      changes: [
        { origin: 'external', description: 'DORA (EU 2022/2554) applies from January: ICT risk management, incident reporting and third-party register.' },
        { origin: 'internal', description: 'Cloud migration to AWS finished in March; the co-location site is being wound down.' },
      ],
      noChangesConfirmed: false,
      climate: NOT_ASSESSED,
    },
    interestedPartyChanges: {
      changes: [
        { party: 'Enterprise merchants', change: 'Two now require an annual penetration test summary.' },
        { party: 'Acquirer (card processor)', change: 'Asks for notification of security incidents within 24 hours.' },
      ],
      noChangesConfirmed: false,
      climate: NOT_ASSESSED,
    },
    interestedPartyFeedback: {
      entries: [
        { party: 'Merchants (due diligence questionnaires)', summary: '12 questionnaires answered, no adverse findings; two merchants asked for a security status page.', receivedOn: before(20) },
        { party: 'Certification body', summary: 'Surveillance audit closed with one minor nonconformity (NC-010, supplier review), since corrected.', receivedOn: before(60) },
      ],
      noFeedbackConfirmed: false,
    },
    objectives: [
      { id: 'SO-1', title: 'Security incidents per month at or below 3', target: '≤ 3 a month', actual: '3.4 a month (last 6 months)', achieved: false },
      { id: 'SO-2', title: 'Critical and high vulnerabilities patched within 14 days', target: '95%', actual: '81%', achieved: false },
      { id: 'SO-3', title: 'Annual security awareness training completed', target: '95% of staff', actual: '96%', achieved: true },
    ],
    risk: {
      assessedOn: before(75),
      risksByLevel: [
        { level: 'high', count: 7 },
        { level: 'medium', count: 10 },
        { level: 'low', count: 3 },
      ],
      risksAboveAcceptance: 2,
      treatmentActionsTotal: 14,
      treatmentActionsCompleted: 9,
      treatmentActionsOverdue: 1,
    },
    resources: { assessment: 'inadequate', note: 'Incident response outside office hours relies on one SRE; a second SRE is needed for 24/7 cover.' },
  };
}
