// POST /issue/{issueIdOrKey}/notify: Jira's rules for who receives an issue email, and an outbox standing in for
// the mail queue (kept in memory: the stand-in sends nothing; tests and the local host read `sent()`).
import type { PermissionService } from '../auth/permission-service';
import type { Principal } from '../auth/principal';
import { badRequest } from '../http/jira-http-error';
import type { ProjectPermissionKey } from '../store/directory-records';
import type { JiraStore } from '../store/jira-store';
import type { StoredIssue } from '../store/stored-issue';

export interface NotificationRequest {
  readonly subject?: string | undefined;
  readonly textBody?: string | undefined;
  readonly htmlBody?: string | undefined;
  readonly to: {
    readonly users: readonly string[];
    readonly groups: readonly { readonly name?: string | undefined; readonly groupId?: string | undefined }[];
    readonly assignee: boolean;
    readonly reporter: boolean;
  };
  readonly restrict: {
    readonly groups: readonly { readonly name?: string | undefined; readonly groupId?: string | undefined }[];
    readonly permissions: readonly ProjectPermissionKey[];
  };
}

export interface SentNotification {
  readonly issueKey: string;
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody: string | undefined;
  /** Account ids that would get the email: requested, able to browse the issue, within `restrict`. */
  readonly recipients: readonly string[];
  readonly sentBy: string;
  readonly at: string;
}

export class NotificationOutbox {
  private readonly outbox: SentNotification[] = [];

  constructor(
    private readonly store: JiraStore,
    private readonly permissions: PermissionService,
    private readonly now: () => Date,
  ) {}

  sent(): readonly SentNotification[] {
    return [...this.outbox];
  }

  clear(): void {
    this.outbox.length = 0;
  }

  queue(principal: Principal, issue: StoredIssue, request: NotificationRequest): SentNotification {
    const requested = new Set<string>();
    for (const accountId of request.to.users) {
      if (this.store.users.user(accountId) === undefined) throw badRequest(`The user with account id '${accountId}' does not exist.`);
      requested.add(accountId);
    }
    for (const accountId of this.groupMembers(request.to.groups)) requested.add(accountId);
    if (request.to.assignee) {
      if (issue.assigneeAccountId === null) throw badRequest(`The issue ${issue.key} is unassigned, so it cannot notify its assignee.`);
      requested.add(issue.assigneeAccountId);
    }
    if (request.to.reporter && issue.reporterAccountId !== null) requested.add(issue.reporterAccountId);
    if (requested.size === 1 && requested.has(principal.accountId)) throw badRequest('The only recipient is the calling user.');
    const restrictedTo = request.restrict.groups.length === 0 ? undefined : new Set(this.groupMembers(request.restrict.groups));
    const recipients = [...requested].filter((accountId) => {
      const subject = { kind: 'user', accountId } as const;
      if (this.store.users.user(accountId)?.active !== true) return false;
      if (!this.permissions.can(subject, issue.projectId, 'BROWSE_PROJECTS')) return false;
      if (restrictedTo !== undefined && !restrictedTo.has(accountId)) return false;
      return request.restrict.permissions.every((key) => this.permissions.can(subject, issue.projectId, key));
    });
    const notification: SentNotification = {
      issueKey: issue.key,
      subject: request.subject ?? issue.summary,
      textBody: request.textBody ?? '',
      htmlBody: request.htmlBody,
      recipients,
      sentBy: principal.accountId,
      at: this.now().toISOString(),
    };
    this.outbox.push(notification);
    return notification;
  }

  private groupMembers(groups: NotificationRequest['to']['groups']): string[] {
    return groups.flatMap((reference) => {
      const group = reference.groupId !== undefined ? this.store.users.groupById(reference.groupId) : this.store.users.group(reference.name ?? '');
      if (group === undefined) throw badRequest(`The group '${reference.groupId ?? reference.name ?? ''}' does not exist.`);
      return this.store.users.memberIds(group.name) ?? [];
    });
  }
}
