// The last management review (9.3), held five months before the demo's "today": who attended, the minutes per
// input of 9.3.2, the outputs of 9.3.3 (validated by the domain's schema) and where its action items stand now.
// Its minutes miss the climate-change conclusion: the internal audit of clause 9 raised NC-008 about that.
import type { LocalDate } from '../../../src/domain/local-date';
import { addDays } from '../../../src/domain/local-date';
import type { PreviousActionItem } from '../../../src/domain/management-review/review-pack-inputs';
import type { ReviewOutputs } from '../../../src/domain/management-review/review-outputs';
import { ID } from '../demo-people';
import { demoReviewInputs } from './management-review-inputs';
import type { DemoReviewInputs } from './management-review-inputs';

export interface MinutesSection {
  /** The 9.3.2 input (a–g) or "resources"/"other". */
  readonly input: string;
  readonly heading: string;
  readonly notes: string;
}

export interface DemoManagementReview {
  readonly id: string;
  readonly title: string;
  readonly heldOn: LocalDate;
  /** The half-year the review looked back on. */
  readonly periodCovered: { readonly from: LocalDate; readonly to: LocalDate };
  readonly chair: string;
  readonly attendees: readonly string[];
  readonly apologies: readonly string[];
  /** What was typed into the pack before the meeting. */
  readonly inputs: DemoReviewInputs;
  readonly minutes: readonly MinutesSection[];
  readonly outputs: ReviewOutputs;
  /** The action items as they stand today: input a) of the next review. */
  readonly actionItemStatus: readonly PreviousActionItem[];
  readonly publishedOn: LocalDate;
  readonly version: number;
}

export const DEMO_REVIEW_ID = 'MR-07';
const HELD_DAYS_AGO = 150;

export function demoManagementReview(today: LocalDate): DemoManagementReview {
  const heldOn = addDays(today, -HELD_DAYS_AGO);
  const due = (days: number): LocalDate => addDays(heldOn, days);
  const actionItems = [
    { id: 'MR-07-A1', description: 'Bring patch compliance back above 95% and report monthly until it is green for 3 months.', owner: ID.platformLead, dueDate: due(90) },
    { id: 'MR-07-A2', description: 'Budget a second SRE for 24/7 incident response cover (resource need).', owner: ID.ciso, dueDate: due(60) },
    { id: 'MR-07-A3', description: 'Add the card processor to next year’s tabletop exercise programme.', owner: ID.ciso, dueDate: due(120) },
    { id: 'MR-07-A4', description: 'Review the risk acceptance criteria with the board risk committee.', owner: ID.ceo, dueDate: due(100) },
    { id: 'MR-07-A5', description: 'Decide on a merchant-facing security status page (OFI-003).', owner: ID.ismsManager, dueDate: due(180) },
  ];
  const statuses: Record<string, PreviousActionItem['status']> = { 'MR-07-A1': 'in_progress', 'MR-07-A2': 'done', 'MR-07-A3': 'done', 'MR-07-A4': 'open', 'MR-07-A5': 'open' };
  return {
    id: DEMO_REVIEW_ID,
    title: 'ISMS management review — half-year',
    heldOn,
    periodCovered: { from: addDays(heldOn, -182), to: addDays(heldOn, -1) },
    chair: ID.ceo,
    attendees: [ID.ceo, ID.ciso, ID.ismsManager, ID.platformLead, ID.leadAuditor],
    apologies: [ID.hr],
    inputs: demoReviewInputs(heldOn),
    minutes: [
      { input: 'a', heading: 'Actions from the previous review', notes: 'Six actions from MR-06: five done, one (supplier review tooling) carried over and now closed through NC-010.' },
      { input: 'b', heading: 'Changes in external and internal issues', notes: 'DORA applies from January; the cloud migration finished in March. Climate change was not discussed.' },
      { input: 'c', heading: 'Needs and expectations of interested parties', notes: 'Two enterprise merchants now require annual penetration test summaries; the acquirer asks for 24-hour incident notification.' },
      { input: 'd', heading: 'Information security performance', notes: 'Incidents trending down (5 → 3 a month); patch compliance red for three months during the migration (NC-005); checks on time 84% (amber); CA on time 66% (red).' },
      { input: 'e', heading: 'Feedback from interested parties', notes: 'Merchant questionnaires: 12 received, no adverse findings; two asked for a status page.' },
      { input: 'f', heading: 'Risk assessment and treatment plan', notes: 'Risk assessment refreshed in April: 7 high risks, 2 above appetite (R-005, R-009) with treatment actions on track.' },
      { input: 'g', heading: 'Opportunities for continual improvement', notes: 'OFI-001 (automated access review evidence) and the status page idea (OFI-003) discussed.' },
      { input: 'resources', heading: 'Adequacy of resources', notes: 'Incident response cover outside office hours relies on one SRE: inadequate. Budget for a second SRE requested.' },
    ],
    outputs: {
      improvementDecisions: [
        { description: 'Adopt IdP access certification for quarterly access reviews.', relatedFindingIds: ['OFI-001'] },
        { description: 'Evaluate a merchant security status page; decision at the next review.', relatedFindingIds: ['OFI-003'] },
      ],
      ismsChangeDecisions: [{ description: 'Add DORA ICT-risk requirements to the ISMS scope statement and the legal register.', relatedFindingIds: [] }],
      resourceNeeds: [{ description: 'A second SRE for 24/7 incident response cover.', owner: ID.ciso }],
      actionItems,
    },
    actionItemStatus: actionItems.map((item) => ({ ...item, reviewId: DEMO_REVIEW_ID, status: statuses[item.id] ?? 'open' })),
    publishedOn: addDays(heldOn, 4),
    version: 1,
  };
}
