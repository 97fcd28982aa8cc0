// A changelog entry as Jira returns it (Changelog: id, author, created, items, historyMetadata).
import type { ChangelogRecord } from '../store/changelog-store';
import type { JiraStore } from '../store/jira-store';
import { jiraDateTime, type EntityJson } from './entity-json';

export function renderChangelog(entry: ChangelogRecord, store: JiraStore, json: EntityJson): Record<string, unknown> {
  const author = entry.authorAccountId === null ? undefined : store.users.user(entry.authorAccountId);
  return {
    id: entry.id,
    ...(author === undefined ? {} : { author: json.userDetails(author) }),
    created: jiraDateTime(entry.created),
    items: entry.items.map((item) => ({ ...item })),
    ...(entry.historyMetadata === null ? {} : { historyMetadata: entry.historyMetadata }),
  };
}
