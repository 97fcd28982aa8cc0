// The app's entry points: exactly the handlers manifest.yml names, nothing else.

// resolvers
export { adminResolver } from './resolvers/admin-resolver';
export { findingResolver } from './resolvers/finding-resolver';
export { gadgetResolver } from './resolvers/gadget-resolver';
export { ismsPageResolver } from './resolvers/isms-page-resolver';

// triggers
export { automationCreateCorrectiveAction } from './triggers/automation-create-corrective-action';
export { automationRaiseFinding } from './triggers/automation-raise-finding';
export { automationRecordKpiMeasurement } from './triggers/automation-record-kpi-measurement';
export { automationScheduleEffectivenessReview } from './triggers/automation-schedule-effectiveness-review';
export { continueDailySweep, dailySweep } from './triggers/daily-sweep';
export { onIssueEvent } from './triggers/issue-event-trigger';
export { clause9OverdueJqlFunction } from './triggers/overdue-jql-function';
export { kpiIngestWebTrigger } from './triggers/kpi-ingest-webtrigger';
