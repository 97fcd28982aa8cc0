// Issue writes with Jira's permission rules: create (one or many), edit, transition, delete. Each write is one
// SQLite transaction, records a changelog entry when fields changed, and then emits the avi:jira:* event.
import { subjectOf, type PermissionService } from '../auth/permission-service';
import type { Principal } from '../auth/principal';
import { badRequest, fieldErrors, forbidden, issueNotFound, JiraHttpError } from '../http/jira-http-error';
import type { ProjectPermissionKey } from '../store/directory-records';
import type { JiraStore } from '../store/jira-store';
import type { StoredIssue } from '../store/stored-issue';
import type { JiraIssueEvent } from '../stand-in-types';
import { applyPatch, applyStatus, blankIssue } from './apply-issue-patch';
import { diffIssues } from './issue-diff';
import type { IssueEventBus } from './issue-events';
import { parseIssueInput, type ParsedIssueInput } from './issue-input';
import { statusForTransition } from './transitions';

export type CreateOutcome = { readonly ok: true; readonly issue: StoredIssue } | { readonly ok: false; readonly error: JiraHttpError };

export class IssueService {
  constructor(
    private readonly store: JiraStore,
    private readonly permissions: PermissionService,
    private readonly events: IssueEventBus,
    private readonly now: () => Date,
  ) {}

  /** The issue if the principal may browse it; 404 like Jira otherwise (no existence leak). */
  visible(principal: Principal, idOrKey: string): StoredIssue {
    const issue = this.store.issues.get(idOrKey);
    if (issue === undefined || !this.permissions.can(subjectOf(principal), issue.projectId, 'BROWSE_PROJECTS')) throw issueNotFound();
    return issue;
  }

  require(principal: Principal, issue: StoredIssue, permission: ProjectPermissionKey, message: string): void {
    if (!this.permissions.can(subjectOf(principal), issue.projectId, permission)) throw forbidden(message);
  }

  create(principal: Principal, body: unknown): StoredIssue {
    const [outcome] = this.createMany(principal, [body]);
    if (outcome === undefined) throw badRequest('Nothing to create.');
    if (!outcome.ok) throw outcome.error;
    return outcome.issue;
  }

  /** Validates every body, then creates the valid ones in one transaction; failures are reported per element. */
  createMany(principal: Principal, bodies: readonly unknown[]): CreateOutcome[] {
    const parsed = bodies.map((body): { ok: true; input: ParsedIssueInput } | { ok: false; error: JiraHttpError } => {
      try {
        const input = parseIssueInput(this.store, body, 'create');
        this.checkCreate(principal, input);
        return { ok: true, input };
      } catch (error) {
        if (error instanceof JiraHttpError) return { ok: false, error };
        throw error;
      }
    });
    const nowIso = this.now().toISOString();
    const created = this.store.transaction(() =>
      parsed.map((entry): CreateOutcome => (entry.ok ? { ok: true, issue: this.insertNew(principal, entry.input, nowIso) } : entry)),
    );
    this.events.deliver(created.flatMap((outcome) => (outcome.ok ? [this.events.build('avi:jira:created:issue', outcome.issue, principal)] : [])));
    return created;
  }

  edit(principal: Principal, issue: StoredIssue, body: unknown): void {
    this.require(principal, issue, 'EDIT_ISSUES', 'You do not have permission to edit issues in this project.');
    const input = parseIssueInput(this.store, body, 'edit', issue);
    if (input.transitionId !== undefined) throw fieldErrors({ transition: 'Use POST /rest/api/3/issue/{issueIdOrKey}/transitions to transition an issue.' });
    this.commit(principal, issue, input, undefined);
  }

  transition(principal: Principal, issue: StoredIssue, body: unknown): void {
    this.require(principal, issue, 'TRANSITION_ISSUES', 'You do not have permission to transition this issue.');
    const input = parseIssueInput(this.store, body, 'edit', issue);
    if (input.transitionId === undefined) throw badRequest("The 'transition' identifier must be specified.");
    this.commit(principal, issue, input, input.transitionId);
  }

  remove(principal: Principal, issue: StoredIssue, deleteSubtasks: boolean): void {
    this.require(principal, issue, 'DELETE_ISSUES', 'You do not have permission to delete issues in this project.');
    const children = this.store.issues.childrenOf(issue.id);
    if (children.length > 0 && !deleteSubtasks) throw badRequest(`The issue ${issue.key} has subtasks; set deleteSubtasks=true to delete them too.`);
    const doomed = [...children, issue];
    const events = doomed.map((victim) => this.events.build('avi:jira:deleted:issue', victim, principal));
    this.store.transaction(() => {
      for (const victim of doomed) {
        this.store.links.removeAllOf(victim.id);
        this.store.changelogs.removeAllOf(victim.id);
        this.store.issues.remove(victim);
      }
    });
    this.events.deliver(events);
  }

  private checkCreate(principal: Principal, input: ParsedIssueInput): void {
    if (input.projectId === undefined) return;
    const subject = subjectOf(principal);
    if (!this.permissions.can(subject, input.projectId, 'BROWSE_PROJECTS')) throw fieldErrors({ project: 'Specify a valid project ID or key' });
    if (!this.permissions.can(subject, input.projectId, 'CREATE_ISSUES')) throw fieldErrors({ project: 'You do not have permission to create issues in this project.' });
  }

  private insertNew(principal: Principal, input: ParsedIssueInput, nowIso: string): StoredIssue {
    const projectId = input.projectId ?? '';
    const project = this.store.projects.project(projectId);
    if (project === undefined) throw new Error(`project ${projectId} vanished`);
    const id = String(this.store.counters.next('issue', 10000));
    const number = this.store.projects.takeIssueNumbers(projectId, 1);
    const status = input.transitionId === undefined ? this.store.workflow.initialStatus() : (statusForTransition(this.store, input.transitionId) ?? this.store.workflow.initialStatus());
    const properties = Object.fromEntries(input.properties.map(({ key, value }) => [key, value]));
    const blank = blankIssue(this.store, { id, key: `${project.key}-${number}`, projectId, creatorAccountId: principal.accountId, reporterAccountId: principal.accountId, status, createdIso: nowIso, properties });
    const issue = applyPatch(this.store, blank, input.patch, nowIso);
    this.store.issues.insert([issue]);
    return issue;
  }

  private commit(principal: Principal, issue: StoredIssue, input: ParsedIssueInput, transitionId: string | undefined): void {
    const nowIso = this.now().toISOString();
    let next = applyPatch(this.store, issue, input.patch, nowIso);
    const status = transitionId === undefined ? undefined : statusForTransition(this.store, transitionId);
    if (status !== undefined) next = applyStatus(next, status, nowIso);
    const items = diffIssues(this.store, issue, next);
    const event = this.store.transaction((): JiraIssueEvent | undefined => {
      let current = issue;
      for (const { key, value } of input.properties) current = this.store.issues.setProperty(current, key, value);
      if (items.length === 0) return undefined;
      const stored = { ...next, properties: current.properties };
      this.store.issues.replace(stored);
      const changelog = this.store.changelogs.append({ issueId: issue.id, authorAccountId: principal.accountId, created: nowIso, items, historyMetadata: null });
      return this.events.build('avi:jira:updated:issue', stored, principal, changelog);
    });
    if (event !== undefined) this.events.deliver([event]);
  }
}
