// Nonconformities that went (most of) the 10.2 loop: closed, in effectiveness review, implemented, and one that an
// ineffective review sent back for a second root cause analysis.
import type { FindingStory } from './finding-story';

const noSimilar = (assessment: string) => ({ similarExist: false, couldOccurElsewhere: false, assessment, relatedFindingIds: [] });

export const SETTLED_NONCONFORMITIES: readonly FindingStory[] = [
  {
    id: 'NC-001', kind: 'minor_nonconformity', source: 'internal_audit', sourceRef: 'AUD-04', references: ['A.5.18', 'A.6.5'], raisedBy: 'auditor', raisedDaysAgo: 260,
    title: 'Leavers kept access to production for up to 9 days',
    description: 'In a sample of 15 leavers from the last quarter, 4 still had active SSO accounts 3–9 days after their last working day, against the one-working-day rule of the access control policy.',
    steps: [
      { day: 1, do: 'contain', by: 'itOps', correction: 'Disabled the 4 accounts and reviewed their last logins: no activity after the leaving dates.' },
      { day: 8, do: 'analyseRootCause', by: 'ismsManager', analysis: {
        technique: { technique: 'five_whys', whys: [
          'Accounts stayed active after people left.', 'IT learnt about leavers late.', 'HR notified IT by email, not through a ticket.',
          'The HRIS has no integration with the identity provider.', 'Deprovisioning was never designed as an automated process.'] },
        similarNonconformities: noSimilar('Checked movers (role changes): handled through tickets, no delays found.') } },
      { day: 10, do: 'planActions', by: 'ismsManager', actions: [
        { id: 'CA-001', description: 'Automate deprovisioning: the HRIS leaving date disables the SSO account at 18:00 that day.', completionCriterion: 'Integration live; 10 test leavers disabled automatically.', owner: 'itOps', dueAfter: 45,
          fate: { is: 'implemented', startedAfter: 2, implementedAfter: 38, evidence: 'Change CHG-1142 deployed; test report with 10 synthetic leavers attached.' } },
        { id: 'CA-002', description: 'Weekly reconciliation report of active accounts against the HR headcount, sent to the ISMS manager.', completionCriterion: 'Report runs weekly for 4 consecutive weeks.', owner: 'hr', dueAfter: 60,
          fate: { is: 'implemented', startedAfter: 5, implementedAfter: 52, evidence: 'Four weekly reports archived in the ISMS evidence folder.' } },
      ] },
      { day: 63, do: 'markImplemented', by: 'ismsManager' },
      { day: 64, do: 'scheduleReview', by: 'ismsManager', dueAfter: 90 },
      { day: 152, do: 'closeAfterReview', review: { by: 'leadAuditor', evidence: 'Re-sampled 20 leavers over 3 months: all disabled on their last day (MI-024 checks all conforming).' } },
    ],
  },
  {
    id: 'NC-002', kind: 'major_nonconformity', source: 'monitoring_check', sourceRef: 'MI-002', references: ['A.8.13', 'A.5.30'], raisedBy: 'ciso', raisedDaysAgo: 130,
    title: 'Quarterly restore test of the payments ledger failed',
    description: 'The restore of the ledger database from last night’s backup failed after 4 hours: the WAL archive for the upgraded PostgreSQL 16 cluster was not included in the backup set. The recovery time objective of 2 hours could not be met.',
    steps: [
      { day: 0, do: 'contain', by: 'platformLead', correction: 'Added the WAL archive to the backup set and ran a successful manual restore within 80 minutes.', consequences: 'For 19 days the ledger could only have been restored to the previous night, not point-in-time.' },
      { day: 6, do: 'analyseRootCause', by: 'platformLead', analysis: {
        technique: { technique: 'fishbone', causes: {
          people: ['Upgrade owner was new to the backup tooling'], process: ['Upgrade checklist has no backup verification step'], technology: ['Backup job selects volumes by an old tag'],
          environment: [], supplier: [], measurement: ['Restore tests only quarterly'] }, rootCause: { category: 'process', cause: 'Upgrade checklist has no backup verification step' } },
        similarNonconformities: { similarExist: false, couldOccurElsewhere: true, assessment: 'Any database upgrade could break backups the same way; the checklist change covers all of them.', relatedFindingIds: [] } } },
      { day: 7, do: 'planActions', by: 'platformLead', actions: [
        { id: 'CA-003', description: 'Add “verify backup and restore” to the database upgrade checklist.', completionCriterion: 'Checklist v3 published and used in the next upgrade.', owner: 'platformLead', dueAfter: 14,
          fate: { is: 'implemented', startedAfter: 1, implementedAfter: 12, evidence: 'Checklist v3 in Confluence; used for the Redis upgrade (CHG-1201).' } },
        { id: 'CA-004', description: 'Automate a monthly restore test of the ledger to a scratch cluster with an RTO timer.', completionCriterion: 'Two consecutive automated monthly tests pass under 2 hours.', owner: 'sreLead', dueAfter: 75,
          fate: { is: 'implemented', startedAfter: 3, implementedAfter: 70, evidence: 'Pipeline “ledger-restore-test”: runs of two months passed in 74 and 69 minutes.' } },
      ] },
      { day: 78, do: 'markImplemented', by: 'platformLead' },
      { day: 80, do: 'scheduleReview', by: 'ciso', dueAfter: 70 },
    ],
  },
  {
    id: 'NC-003', kind: 'minor_nonconformity', source: 'monitoring_check', sourceRef: 'MI-025', references: ['A.8.32', '8.1'], raisedBy: 'ismsManager', raisedDaysAgo: 75,
    title: 'Emergency changes deployed without retrospective approval',
    description: 'Of 30 sampled production changes, 3 emergency changes had no retrospective CAB approval recorded within 5 working days, as the change management procedure requires.',
    steps: [
      { day: 2, do: 'contain', by: 'platformLead', correction: 'The CAB approved the 3 changes retrospectively after reviewing them; none caused an incident.' },
      { day: 9, do: 'analyseRootCause', by: 'platformLead', analysis: {
        technique: { technique: 'five_whys', whys: ['Emergency changes lacked approval.', 'Nobody chased the retrospective approval.', 'The deployment tool does not flag emergency changes awaiting approval.'] },
        similarNonconformities: noSimilar('Standard and normal changes in the sample were all approved beforehand.') } },
      { day: 10, do: 'planActions', by: 'platformLead', actions: [
        { id: 'CA-005', description: 'Deployment tool opens a Jira approval task for every emergency change, due in 5 working days.', completionCriterion: 'Tasks created for all emergency changes in one month.', owner: 'engineer', dueAfter: 40,
          fate: { is: 'implemented', startedAfter: 4, implementedAfter: 44, evidence: 'Automation rule live; 2 emergency changes since then, both approved via their tasks.' } },
      ] },
      { day: 55, do: 'markImplemented', by: 'platformLead' },
    ],
  },
  {
    id: 'NC-004', kind: 'minor_nonconformity', source: 'monitoring_check', sourceRef: 'MI-009', references: ['A.6.3', '7.2'], raisedBy: 'ismsManager', raisedDaysAgo: 200,
    title: 'Annual security awareness training overdue for 12% of staff',
    description: 'The LMS report shows 41 of 342 people without a current awareness training certificate; the policy requires completion within 30 days of the anniversary.',
    steps: [
      { day: 3, do: 'contain', by: 'hr', correction: 'Line managers of the 41 people were asked to have the training completed within two weeks; 35 completed it.' },
      { day: 12, do: 'analyseRootCause', by: 'hr', analysis: {
        technique: { technique: 'five_whys', whys: ['Training certificates expired unnoticed.', 'The LMS stopped sending reminder emails.', 'Reminders were switched off during the LMS migration and never re-enabled.'] },
        similarNonconformities: noSimilar('Other mandatory courses (AML, code of conduct) use the same reminders and were checked.') } },
      { day: 13, do: 'planActions', by: 'hr', actions: [
        { id: 'CA-006', description: 'Re-enable LMS reminders at 30, 14 and 3 days before expiry, copying line managers.', completionCriterion: 'Reminder job visible in the LMS scheduler; one reminder cycle sent.', owner: 'hr', dueAfter: 20,
          fate: { is: 'implemented', startedAfter: 1, implementedAfter: 9, evidence: 'LMS scheduler screenshot; reminder log for one cycle.' } },
      ] },
      { day: 25, do: 'markImplemented', by: 'hr' },
      { day: 26, do: 'scheduleReview', by: 'ismsManager', dueAfter: 90 },
      { day: 118, do: 'reopen', review: { by: 'leadAuditor', evidence: 'LMS report at review: 9% still overdue, nearly all of them contractors.' },
        reason: 'The root cause was incomplete: contractors are not in the LMS at all, so reminders never reach them.' },
    ],
  },
];
