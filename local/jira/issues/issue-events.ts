// Issue events for `avi:jira:*:issue` triggers: built after each write, delivered synchronously (before the HTTP
// answer) so tests can rely on them; a throwing listener is logged and does not break the request.
import type { Principal } from '../auth/principal';
import type { ChangeItem } from '../store/changelog-store';
import type { StoredIssue } from '../store/stored-issue';
import type { JiraIssueEvent } from '../stand-in-types';
import { parseFieldSelection } from './field-selection';
import type { IssueRenderer } from './render-issue';

const eventFields = ['summary', 'issuetype', 'project', 'status', 'priority', 'labels', 'duedate', 'assignee', 'reporter', 'creator', 'created', 'updated'];

export class IssueEventBus {
  private readonly listeners = new Set<(event: JiraIssueEvent) => void>();

  constructor(private readonly renderer: IssueRenderer) {}

  subscribe(listener: (event: JiraIssueEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Builds the event payload now (for deletes, before the issue is gone); `deliver` sends it. */
  build(type: JiraIssueEvent['eventType'], issue: StoredIssue, actor: Principal, changelog?: { id: string; items: readonly ChangeItem[] }): JiraIssueEvent {
    const bean = this.renderer.bean(issue, { fields: parseFieldSelection(eventFields, 'id'), properties: [], expand: new Set() });
    const fields = typeof bean.fields === 'object' && bean.fields !== null ? (bean.fields as Record<string, unknown>) : {};
    const associated = [issue.assigneeAccountId, issue.reporterAccountId].filter((id): id is string => id !== null);
    return {
      eventType: type,
      issue: { id: issue.id, key: issue.key, fields },
      atlassianId: actor.accountId,
      associatedUsers: [...new Set(associated)].map((accountId) => ({ accountId })),
      ...(changelog === undefined ? {} : { changelog: { id: changelog.id, items: changelog.items.map((item) => ({ ...item })) } }),
      actorIsApp: actor.kind === 'app',
    };
  }

  deliver(events: readonly JiraIssueEvent[]): void {
    for (const event of events) {
      for (const listener of this.listeners) {
        try {
          listener(event);
        } catch (error) {
          console.error(`[jira stand-in] an issue event listener threw on ${event.eventType} ${event.issue.key}:`, error);
        }
      }
    }
  }
}
