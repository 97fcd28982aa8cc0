// Every Jira adapter in one module, for tests that call adapters directly. Load it AFTER startTestStack() with
// `await import('./all-jira-adapters')` (type it with `import type * as JiraAdapters from './all-jira-adapters'`):
// @forge/api must first be loaded by the Forge host, which installs its runtime before the app's code runs.
export { bulkFetchIssues } from '../../src/adapters/jira/bulk-fetch-issues';
export { countIssues } from '../../src/adapters/jira/count-issues';
export { createIssue } from '../../src/adapters/jira/create-issue';
export { createIssueLink } from '../../src/adapters/jira/create-issue-link';
export { createIssueLinkType } from '../../src/adapters/jira/create-issue-link-type';
export { createIssueType } from '../../src/adapters/jira/create-issue-type';
export { createIssues } from '../../src/adapters/jira/create-issues';
export { createProject } from '../../src/adapters/jira/create-project';
export { editIssue } from '../../src/adapters/jira/edit-issue';
export { getClause9Property, getIssueProperty } from '../../src/adapters/jira/get-issue-property';
export { getMyPermissions } from '../../src/adapters/jira/get-my-permissions';
export { getMyself } from '../../src/adapters/jira/get-myself';
export { getProject } from '../../src/adapters/jira/get-project';
export { getUserGroups, isInGroup } from '../../src/adapters/jira/get-user-groups';
export { groupExists } from '../../src/adapters/jira/group-exists';
export { listFields, findAppFieldIds } from '../../src/adapters/jira/list-fields';
export { listIssueLinkTypes } from '../../src/adapters/jira/list-issue-link-types';
export { listIssueTypes } from '../../src/adapters/jira/list-issue-types';
export { notifyIssue } from '../../src/adapters/jira/notify-issue';
export { forEachIssuePage, searchIssueKeys, searchIssuePage, searchIssuePages, searchIssues } from '../../src/adapters/jira/search-issues';
export { setAppFieldValues } from '../../src/adapters/jira/set-app-field-values';
export { setClause9Property, setIssueProperty } from '../../src/adapters/jira/set-issue-property';
export { listTransitions, transitionIssue } from '../../src/adapters/jira/transition-issue';
export { moveToStatusCategory } from '../../src/adapters/jira/move-to-status-category';
