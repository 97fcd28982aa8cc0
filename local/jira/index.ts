// The Jira Cloud REST v3 stand-in of the local stack. See docs in local/jira/README.md.
export { startJiraStandIn } from './start-jira-stand-in';
export type { JiraStandIn, JiraStandInOptions, JiraIssueEvent, JiraChangelogItem } from './stand-in-types';
export type { FaultPlan, FaultRule } from './rate/fault-injector';
export type { StandInStats } from './rate/request-stats';
export { JiraDirectory } from './admin/jira-directory';
export type { AdminIssueInput, ProjectInput, UserInput } from './admin/jira-directory';
export type { JiraExchange } from './contract/jira-exchange';
export type { SentNotification } from './issues/notification-outbox';
export { principalHeader, appIdHeader } from './auth/principal';
