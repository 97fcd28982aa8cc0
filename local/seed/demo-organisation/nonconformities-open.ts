// Nonconformities still being worked: just raised, contained, analysed, with actions planned (one overdue), one
// re-planned after an ineffective review — and last year's external audit finding, long closed.
import type { FindingStory } from './finding-story';

export const OPEN_NONCONFORMITIES: readonly FindingStory[] = [
  {
    id: 'NC-005', kind: 'major_nonconformity', source: 'internal_audit', sourceRef: 'AUD-09', references: ['A.8.8', '6.2'], raisedBy: 'auditor', raisedDaysAgo: 185,
    title: 'Critical vulnerabilities left unpatched beyond the 14-day SLA',
    description: 'During the cloud migration, 11 critical vulnerabilities on internet-facing hosts stayed open for 21–47 days. Patch compliance fell to 78% for three months against the 95% objective (SO-2).',
    steps: [
      { day: 2, do: 'contain', by: 'itOps', correction: 'Emergency patch window: 9 of the 11 patched; the other 2 hosts isolated behind the WAF pending rebuild.', consequences: 'Exposure window of up to 47 days; no sign of exploitation in the SIEM.' },
      { day: 15, do: 'analyseRootCause', by: 'platformLead', analysis: {
        technique: { technique: 'five_whys', whys: ['Critical patches were late.', 'Migrated hosts fell out of the patch management tool.', 'New AWS accounts were not enrolled in the patch baseline.', 'Account vending had no security baseline step.'] },
        similarNonconformities: { similarExist: true, couldOccurElsewhere: true, assessment: 'The same gap left endpoint protection off 6 migrated hosts (see NC-007 scope).', relatedFindingIds: [] } } },
      { day: 20, do: 'planActions', by: 'platformLead', actions: [
        { id: 'CA-007', description: 'Add patch baseline and EDR enrolment to the AWS account vending pipeline.', completionCriterion: 'Every account created after the change is enrolled automatically (verified on 3 new accounts).', owner: 'platformLead', dueAfter: 155,
          fate: { is: 'in_progress', startedAfter: 5 } },
        { id: 'CA-008', description: 'Weekly report of hosts missing from the patch tool, reviewed in the SRE stand-up.', completionCriterion: 'Report exists and has been reviewed 8 weeks in a row.', owner: 'sreLead', dueAfter: 200,
          fate: { is: 'planned' } },
        { id: 'CA-009', description: 'Buy a third-party attack surface monitoring service.', completionCriterion: 'Service contracted and covering all public IPs.', owner: 'ciso', dueAfter: 90,
          fate: { is: 'cancelled', cancelledAfter: 30, reason: 'The CSPM tool already in place (MI-017) covers the public estate once accounts are enrolled; no purchase needed.' } },
      ] },
    ],
  },
  {
    id: 'NC-006', kind: 'minor_nonconformity', source: 'internal_audit', sourceRef: 'AUD-14', references: ['A.5.27', '10.2'], raisedBy: 'leadAuditor', raisedDaysAgo: 48,
    title: 'Post-incident reviews missing for two severity-2 incidents',
    description: 'Of 5 severity-2 incidents in the period, 2 had no post-incident review, so lessons learnt were not recorded as the incident procedure requires.',
    steps: [
      { day: 4, do: 'contain', by: 'sreLead', correction: 'Held the two missing reviews and recorded their lessons learnt.' },
      { day: 12, do: 'analyseRootCause', by: 'sreLead', analysis: {
        technique: { technique: 'five_whys', whys: ['Two reviews were not held.', 'Both incidents were closed by the on-call engineer at night.', 'Closing an incident does not require a linked review.'] },
        similarNonconformities: { similarExist: false, couldOccurElsewhere: true, assessment: 'Severity-3 incidents have the same gap but no review requirement.', relatedFindingIds: [] } } },
    ],
  },
  {
    id: 'NC-007', kind: 'minor_nonconformity', source: 'monitoring_check', sourceRef: 'MI-027', references: ['A.7.2'], raisedBy: 'facilities', raisedDaysAgo: 9,
    title: 'Server room visitor log incomplete in October',
    description: 'Three entries in the badge system have no matching visitor log entry (escorted contractor visits for the cooling maintenance).',
    steps: [{ day: 1, do: 'contain', by: 'facilities', correction: 'Matched the 3 badge entries to the maintenance work orders and completed the log.' }],
  },
  {
    id: 'NC-008', kind: 'minor_nonconformity', source: 'internal_audit', sourceRef: 'AUD-18', references: ['9.3.2'], raisedBy: 'leadAuditor', raisedDaysAgo: 2,
    title: 'Last management review did not consider climate change relevance',
    description: 'The minutes of the last management review record no conclusion on whether climate change is a relevant issue (9.3.2 b, amended 2024).',
    steps: [],
  },
  {
    id: 'NC-009', kind: 'minor_nonconformity', source: 'monitoring_check', sourceRef: 'MI-018', references: ['A.8.28', 'A.5.17'], raisedBy: 'platformLead', raisedDaysAgo: 180,
    title: 'Live API keys committed to the payments-api repository',
    description: 'Secret scanning found two live sandbox API keys for the card processor in the payments-api repository history.',
    steps: [
      { day: 0, do: 'contain', by: 'engineer', correction: 'Rotated both keys with the card processor and purged them from the history.' },
      { day: 5, do: 'analyseRootCause', by: 'platformLead', analysis: {
        technique: { technique: 'five_whys', whys: ['Keys were committed.', 'A developer tested against the sandbox with keys in a config file.', 'No local check stops secrets from being committed.'] },
        similarNonconformities: { similarExist: false, couldOccurElsewhere: true, assessment: 'All 46 repositories scanned; no other live secrets.', relatedFindingIds: [] } } },
      { day: 6, do: 'planActions', by: 'platformLead', actions: [
        { id: 'CA-010', description: 'Install a pre-commit secret scanning hook in every developer setup.', completionCriterion: 'Hook in the standard dev container; 100% of active developers confirmed.', owner: 'engineer', dueAfter: 30,
          fate: { is: 'implemented', startedAfter: 1, implementedAfter: 21, evidence: 'Dev container v5 release notes; confirmation list of 38 developers.' } },
      ] },
      { day: 30, do: 'markImplemented', by: 'platformLead' },
      { day: 31, do: 'scheduleReview', by: 'platformLead', dueAfter: 60 },
      { day: 92, do: 'replan', review: { by: 'ciso', evidence: 'MI-018 check last month: one new secret committed from a machine without the dev container.' },
        reason: 'The root cause stands, but a client-side hook can be bypassed; enforcement must happen on the server.',
        actions: [
          { id: 'CA-011', description: 'Enable server-side push protection for secrets on all repositories.', completionCriterion: 'Push protection on for 46/46 repositories; a test push with a fake key is blocked.', owner: 'platformLead', dueAfter: 120,
            fate: { is: 'in_progress', startedAfter: 10 } },
        ] },
    ],
  },
  {
    id: 'NC-010', kind: 'minor_nonconformity', source: 'external_audit', sourceRef: 'EXT-SURV-1', references: ['A.5.22'], raisedBy: 'ismsManager', raisedDaysAgo: 420,
    title: 'No documented security review of the card processor in the last 12 months',
    description: 'Raised by the certification body at the surveillance audit: the supplier security review of the card processor was last done 19 months earlier.',
    steps: [
      { day: 3, do: 'contain', by: 'ismsManager', correction: 'Obtained the processor’s current PCI DSS AOC and SOC 2 report and reviewed them.' },
      { day: 10, do: 'analyseRootCause', by: 'ismsManager', analysis: {
        technique: { technique: 'five_whys', whys: ['The review was missed.', 'Supplier reviews were tracked in a spreadsheet nobody owned.'] },
        similarNonconformities: { similarExist: true, couldOccurElsewhere: true, assessment: 'Two other critical suppliers were also overdue; reviewed in the same month.', relatedFindingIds: [] } } },
      { day: 12, do: 'planActions', by: 'ismsManager', actions: [
        { id: 'CA-012', description: 'Put supplier reviews into the monitoring matrix as annual checks (MI-028, MI-029).', completionCriterion: 'Items active with owners; first checks scheduled.', owner: 'ismsManager', dueAfter: 30,
          fate: { is: 'implemented', startedAfter: 1, implementedAfter: 14, evidence: 'Matrix items MI-028 and MI-029 active.' } },
      ] },
      { day: 27, do: 'markImplemented', by: 'ismsManager' },
      { day: 28, do: 'scheduleReview', by: 'ismsManager', dueAfter: 300 },
      { day: 330, do: 'closeAfterReview', review: { by: 'leadAuditor', evidence: 'MI-028 annual check done on time with the processor’s current attestation (AUD-10).' } },
    ],
  },
];
