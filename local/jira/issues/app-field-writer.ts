// PUT /app/field/{field}/value and POST /app/field/value: the owning app writes its Forge fields (read-only ones
// included) on many issues at once, with an optional changelog (generateChangelog) and optional issue-updated
// events (generateAppEvents=false suppresses them, as in Jira).
import type { Principal } from '../auth/principal';
import { badRequest, fieldErrors, forbidden, JiraHttpError } from '../http/jira-http-error';
import type { JiraStore } from '../store/jira-store';
import type { StoredIssue } from '../store/stored-issue';
import type { JiraIssueEvent } from '../stand-in-types';
import { mergeCustomFields } from './apply-issue-patch';
import { checkCustomFieldValue } from './custom-field-values';
import { diffCustomFields } from './issue-diff';
import type { IssueEventBus } from './issue-events';

export interface AppFieldUpdate {
  readonly field: string;
  readonly issueIds: readonly number[];
  readonly value: unknown;
}

export interface AppFieldWriteOptions {
  readonly generateChangelog: boolean;
  readonly generateAppEvents: boolean;
}

export class AppFieldWriter {
  constructor(
    private readonly store: JiraStore,
    private readonly events: IssueEventBus,
    private readonly now: () => Date,
  ) {}

  write(principal: Principal, updates: readonly AppFieldUpdate[], options: AppFieldWriteOptions): void {
    const planned = new Map<string, Record<string, unknown>>();
    const seen = new Set<string>();
    const errors: Record<string, string> = {};
    for (const update of updates) {
      const field = this.store.fields.customField(update.field);
      if (field?.active !== true) throw new JiraHttpError(404, [`The custom field '${update.field}' was not found.`]);
      if (principal.kind !== 'app' || principal.appId !== field.appId) throw forbidden(`Only the app that provides the field ${field.id} can update its values.`);
      const check = checkCustomFieldValue(field, update.value, this.store.users);
      if (!check.ok) {
        errors[field.id] = check.message;
        continue;
      }
      const missing = update.issueIds.filter((issueId) => this.store.issues.get(String(issueId)) === undefined);
      if (missing.length > 0) throw badRequest(`No issues exist with the ids ${missing.join(', ')}.`);
      for (const issueId of update.issueIds) {
        const combination = `${field.id}:${issueId}`;
        if (seen.has(combination)) throw badRequest(`The combination of custom field ${field.id} and issue ${issueId} appears more than once.`);
        seen.add(combination);
        const values = planned.get(String(issueId)) ?? {};
        values[field.id] = check.stored;
        planned.set(String(issueId), values);
      }
    }
    if (Object.keys(errors).length > 0) throw fieldErrors(errors);
    const nowIso = this.now().toISOString();
    const events = this.store.transaction(() => [...planned].flatMap(([issueId, values]) => this.apply(principal, issueId, values, nowIso, options)));
    if (options.generateAppEvents) this.events.deliver(events);
  }

  private apply(principal: Principal, issueId: string, values: Record<string, unknown>, nowIso: string, options: AppFieldWriteOptions): JiraIssueEvent[] {
    const issue = this.store.issues.get(issueId);
    if (issue === undefined) return [];
    const customFields = mergeCustomFields(issue.customFields, values);
    const items = diffCustomFields(this.store, issue.customFields, customFields);
    if (items.length === 0) return [];
    const next: StoredIssue = { ...issue, customFields, updated: nowIso };
    this.store.issues.replace(next);
    if (!options.generateChangelog) return [this.events.build('avi:jira:updated:issue', next, principal)];
    const changelog = this.store.changelogs.append({ issueId, authorAccountId: principal.accountId, created: nowIso, items, historyMetadata: null });
    return [this.events.build('avi:jira:updated:issue', next, principal, changelog)];
  }
}
