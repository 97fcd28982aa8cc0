// Wires the setup use case to Jira (as the admin running it) and to KVS.
import { getAppContext } from '@forge/api';

import { addIssueTypesToScheme } from '../adapters/jira/add-issue-types-to-scheme';
import { createIssueLinkType } from '../adapters/jira/create-issue-link-type';
import { createIssueType } from '../adapters/jira/create-issue-type';
import { createProject } from '../adapters/jira/create-project';
import { getProject } from '../adapters/jira/get-project';
import { getProjectIssueTypeScheme } from '../adapters/jira/get-project-issue-type-scheme';
import type { JiraRequester } from '../adapters/jira/jira-requester';
import { listFields } from '../adapters/jira/list-fields';
import { listIssueLinkTypes } from '../adapters/jira/list-issue-link-types';
import { listIssueTypeSchemeItems } from '../adapters/jira/list-issue-type-scheme-items';
import { listIssueTypes } from '../adapters/jira/list-issue-types';
import { readSetupProgress, writeSetupProgress, writeSetupReport, writeSetupState } from '../adapters/storage/setup-state';
import type { SetupPorts } from '../app/run-setup';

function appUuid(): string | undefined {
  try {
    return getAppContext().appAri.appId;
  } catch {
    return undefined; // outside an invocation (unit tests): match fields by module key only
  }
}

export function setupPorts(jira: JiraRequester): SetupPorts {
  return {
    now: () => new Date(),
    appUuid: appUuid(),
    listIssueTypes: () => listIssueTypes(jira),
    createIssueType: (input) => createIssueType(jira, input),
    listIssueLinkTypes: () => listIssueLinkTypes(jira),
    createIssueLinkType: (input) => createIssueLinkType(jira, input),
    getProject: (projectKey) => getProject(jira, projectKey),
    createProject: (input) => createProject(jira, input),
    getProjectIssueTypeScheme: (projectId) => getProjectIssueTypeScheme(jira, projectId),
    listIssueTypeSchemeItems: (schemeId) => listIssueTypeSchemeItems(jira, schemeId),
    addIssueTypesToScheme: (schemeId, issueTypeIds) => addIssueTypesToScheme(jira, schemeId, issueTypeIds),
    listFields: () => listFields(jira),
    readProgress: readSetupProgress,
    writeProgress: writeSetupProgress,
    writeSetupState,
    writeReport: writeSetupReport,
  };
}
