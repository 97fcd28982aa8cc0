// Writes Northwind Payments' Jira site into the stand-in, in-process: people and groups, the ISMS and ENG projects
// with role-based permissions, the issue types and statuses ordinary teams use, and the ENG/ISMS backlog.
import type { JiraDirectory } from '../jira';
import type { LocalDate } from '../../src/domain/local-date';
import { addDays } from '../../src/domain/local-date';
import { DEMO_ISSUES } from './engineering-issues';
import { DEMO_GROUPS, DEMO_PEOPLE, DEMO_PEOPLE_LIST, ID } from './demo-people';

export interface SeededSite {
  readonly users: number;
  readonly projects: readonly string[];
  readonly issues: number;
}

function seedPeople(admin: JiraDirectory): void {
  for (const group of DEMO_GROUPS) if (group !== 'jira-administrators') admin.createGroup(group);
  for (const person of DEMO_PEOPLE_LIST) {
    admin.createUser({ accountId: person.accountId, displayName: person.displayName, emailAddress: person.emailAddress, timeZone: 'Europe/London', locale: 'en_GB' });
    for (const group of person.groups) admin.addUserToGroup(group, person.accountId);
  }
  admin.makeSiteAdmin(DEMO_PEOPLE.jiraAdmin.accountId);
}

/** ISMS: the ISMS managers administer it, auditors, committee and control owners work in it. ENG: engineering's. */
function seedProjects(admin: JiraDirectory): void {
  admin.createProject({ key: 'ISMS', name: 'Information Security Management', description: 'Monitoring checks, findings, audits and management reviews.', leadAccountId: ID.ismsManager, projectTypeKey: 'business' });
  admin.grantRole('ISMS', 'Administrators', { groupName: 'isms-managers' });
  for (const groupName of ['internal-auditors', 'steering-committee', 'engineering']) admin.grantRole('ISMS', 'Member', { groupName });
  for (const accountId of [ID.hr, ID.facilities]) admin.grantRole('ISMS', 'Member', { accountId });

  admin.createProject({ key: 'ENG', name: 'Platform Engineering', description: 'Payments platform: API, infrastructure and reliability.', leadAccountId: ID.platformLead, projectTypeKey: 'software' });
  admin.grantRole('ENG', 'Administrators', { accountId: ID.platformLead });
  admin.grantRole('ENG', 'Member', { groupName: 'engineering' });
  for (const groupName of ['isms-managers', 'internal-auditors', 'jira-administrators']) admin.grantRole('ENG', 'Viewer', { groupName });
  admin.grantRole('ENG', 'Member', { accountId: ID.ismsManager }); // raises corrective actions as ENG tickets
}

function seedWorkflow(admin: JiraDirectory): void {
  const types = new Set(admin.issueTypes().map((type) => type.name));
  if (!types.has('Story')) admin.createIssueType({ name: 'Story', description: 'A user-facing piece of functionality.' });
  if (!types.has('Bug')) admin.createIssueType({ name: 'Bug', description: 'A problem that impairs or prevents the product from working.' });
  if (!admin.statuses().some((status) => status.name === 'In Review')) admin.createStatus({ name: 'In Review', category: 'indeterminate' });
}

export function seedJiraSite(admin: JiraDirectory, today: LocalDate): SeededSite {
  seedPeople(admin);
  seedProjects(admin);
  seedWorkflow(admin);
  const at = (daysAgo: number): string => `${addDays(today, -daysAgo)}T09:00:00.000Z`;
  const created = admin.createIssues(
    DEMO_ISSUES.map((issue) => ({
      projectKey: issue.project,
      issueType: issue.type,
      summary: issue.summary,
      ...(issue.description === undefined ? {} : { description: issue.description }),
      status: issue.status,
      ...(issue.priority === undefined ? {} : { priority: issue.priority }),
      assigneeAccountId: issue.assignee === null ? null : ID[issue.assignee],
      reporterAccountId: ID[issue.reporter],
      created: at(issue.createdDaysAgo),
      updated: at(Math.max(0, issue.createdDaysAgo - 3)),
      duedate: issue.dueInDays === undefined ? null : addDays(today, issue.dueInDays),
      labels: issue.labels ?? [],
    })),
  );
  return { users: DEMO_PEOPLE_LIST.length, projects: ['ISMS', 'ENG'], issues: created.length };
}
