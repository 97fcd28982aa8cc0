// The stand-in's public types (re-exported by local/jira/index.ts): options, the running handle, issue events.
import type { JiraExchange } from './contract/jira-exchange';
import type { JiraDirectory } from './admin/jira-directory';
import type { FaultPlan } from './rate/fault-injector';
import type { StandInStats } from './rate/request-stats';

export interface JiraStandInOptions {
  /** Folder holding `jira.sqlite` (created if missing), or ':memory:'. */
  readonly dataDir: string;
  readonly manifestPath: string;
  /** Defaults to the manifest's app.id. */
  readonly appId?: string;
  /** 0 (default) = a random free port. */
  readonly port?: number;
  readonly now?: () => Date;
  /** Points budget per hour; undefined = unlimited. */
  readonly pointsPerHour?: number;
  /** The Forge environment id used in custom field ARIs (default: derived from the app id, as the Forge host does). */
  readonly environmentId?: string;
  /**
   * Jira's OpenAPI document, for the route/scope table. Defaults to env JIRA_OPENAPI_SPEC, then
   * ../shared/jira-openapi/swagger-v3.v3.json next to the manifest's folder. When absent the stand-in warns and
   * falls back to the scopes its own routes declare.
   */
  readonly openApiSpecPath?: string;
  /** Called with every request/response pair (contract validation, recording). */
  readonly onExchange?: (exchange: JiraExchange) => void;
}

export interface JiraChangelogItem {
  readonly field: string;
  readonly fieldtype: 'jira' | 'custom';
  readonly fieldId: string;
  readonly from: string | null;
  readonly fromString: string | null;
  readonly to: string | null;
  readonly toString: string | null;
}

/**
 * Mirrors the Forge `avi:jira:*:issue` event payload: `issue` (id, key, fields: summary, issuetype, project,
 * status, priority, labels, duedate, assignee, reporter, creator, created, updated), `atlassianId` (the actor),
 * `associatedUsers`, `changelog` (updated events only) and `eventType`. `actorIsApp` is the stand-in's addition,
 * so the Forge host can honour a trigger's `filter.ignoreSelf`.
 */
export interface JiraIssueEvent {
  readonly eventType: 'avi:jira:created:issue' | 'avi:jira:updated:issue' | 'avi:jira:deleted:issue';
  readonly issue: { readonly id: string; readonly key: string; readonly fields: Readonly<Record<string, unknown>> };
  readonly atlassianId?: string;
  readonly associatedUsers: readonly { readonly accountId: string }[];
  readonly changelog?: { readonly id: string; readonly items: readonly JiraChangelogItem[] };
  readonly actorIsApp: boolean;
}

export interface JiraStandIn {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** In-process seeding and lookups: users, groups, projects, roles, issue types, statuses, bulk issues. */
  readonly admin: JiraDirectory;
  /** After each issue create/update/delete; returns the unsubscribe function. */
  onIssueEvent(listener: (event: JiraIssueEvent) => void): () => void;
  /** Adds a request/response listener (like the onExchange option); returns the unsubscribe function. */
  onExchange(listener: (exchange: JiraExchange) => void): () => void;
  setFaults(plan: FaultPlan | undefined): void;
  setPointsPerHour(points: number | undefined): void;
  stats(): StandInStats;
  resetStats(): void;
  /** Milliseconds the last start took to open SQLite and rebuild the in-memory issue documents. */
  readonly startupMs: number;
  /** Stops listening and closes SQLite; calling it again does nothing. */
  close(): Promise<void>;
}
