// The app's entry points: exactly the handlers manifest.yml names, nothing else.

// resolvers
export { adminResolver } from './resolvers/admin-resolver';
export { auditProgrammeResolver } from './resolvers/audit-programme-resolver';
export { findingResolver } from './resolvers/finding-resolver';
export { gadgetResolver } from './resolvers/gadget-resolver';
export { kpiResolver } from './resolvers/kpi-resolver';
export { managementReviewResolver } from './resolvers/management-review-resolver';
export { matrixResolver } from './resolvers/matrix-resolver';

// triggers
export { automationCreateCorrectiveAction } from './triggers/automation-create-corrective-action';
export { automationRaiseFinding } from './triggers/automation-raise-finding';
export { automationRecordKpiMeasurement } from './triggers/automation-record-kpi-measurement';
export { automationScheduleEffectivenessReview } from './triggers/automation-schedule-effectiveness-review';
export { continueDailySweep, dailySweep } from './triggers/daily-sweep';
export { onIssueEvent } from './triggers/issue-event-trigger';
export { clause9OverdueJqlFunction } from './triggers/overdue-jql-function';
export { kpiIngestWebTrigger } from './triggers/kpi-ingest-webtrigger';
