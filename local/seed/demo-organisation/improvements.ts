// Observations and opportunities for improvement: open, with a plan, closed with and without action.
import type { FindingStory } from './finding-story';

export const IMPROVEMENT_FINDINGS: readonly FindingStory[] = [
  {
    id: 'OBS-001', kind: 'observation', source: 'internal_audit', sourceRef: 'AUD-08', references: ['A.5.9'], raisedBy: 'leadAuditor', raisedDaysAgo: 200,
    title: 'No owner recorded for 8% of SaaS applications in the asset inventory',
    description: '14 of 170 SaaS applications in the inventory have no business owner; classification depends on the owner.',
    steps: [],
  },
  {
    id: 'OFI-001', kind: 'opportunity_for_improvement', source: 'internal_audit', sourceRef: 'AUD-04', references: ['A.5.18'], raisedBy: 'auditor', raisedDaysAgo: 255,
    title: 'Collect access review evidence automatically',
    description: 'Access reviews are evidenced by screenshots pasted into a document; exporting the review decisions from the IdP would save time and be more reliable.',
    steps: [
      { day: 30, do: 'planImprovement', by: 'itOps', plan: 'Use the IdP access certification feature for the next quarterly review.', actions: [
        { id: 'CA-013', description: 'Configure IdP access certification campaigns for the CDE applications.', completionCriterion: 'Next quarterly review (MI-023) run as a campaign.', owner: 'itOps', dueAfter: 240, fate: { is: 'in_progress', startedAfter: 120 } },
      ] },
    ],
  },
  {
    id: 'OFI-002', kind: 'opportunity_for_improvement', source: 'monitoring_check', sourceRef: 'MI-008', references: ['A.5.24'], raisedBy: 'ciso', raisedDaysAgo: 230,
    title: 'Include the card processor in the ransomware tabletop exercise',
    description: 'The exercise stopped at the point where the processor must be told; their real escalation path was not tested.',
    steps: [
      { day: 10, do: 'planImprovement', by: 'ciso', plan: 'Invite the processor’s incident manager to the next tabletop.', actions: [] },
      { day: 190, do: 'closeImprovement', by: 'ciso', result: 'The processor joined the last tabletop; their 24/7 number and the notification template were verified.' },
    ],
  },
  {
    id: 'OBS-002', kind: 'observation', source: 'monitoring_check', sourceRef: 'MI-026', references: ['A.7.7'], raisedBy: 'facilities', raisedDaysAgo: 100,
    title: 'Whiteboards in meeting rooms not wiped after meetings',
    description: 'Two of eight meeting rooms had architecture diagrams left on whiteboards overnight; the rooms are badge-controlled.',
    steps: [{ day: 21, do: 'closeWithoutAction', by: 'ismsManager', reason: 'Risk accepted by the steering committee: the rooms are inside the badge-controlled area and diagrams are Internal, not Confidential.' }],
  },
  {
    id: 'OFI-003', kind: 'opportunity_for_improvement', source: 'management_review', sourceRef: 'MR-07', references: [], raisedBy: 'ceo', raisedDaysAgo: 150,
    title: 'Publish a security status page for merchants',
    description: 'Several merchants asked during due diligence for a live status and security incident page; it would cut questionnaire work.',
    steps: [],
  },
];
