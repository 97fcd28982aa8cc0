// An issue as Jira returns it (IssueBean): selected fields, properties, and the names/schema/changelog/transitions
// expansions.
import type { JiraStore } from '../store/jira-store';
import { descriptionOf, type StoredIssue } from '../store/stored-issue';
import type { CustomFieldRecord } from '../store/field-registry';
import { renderChangelog } from './render-changelog';
import { jiraDateTime, type EntityJson } from './entity-json';
import type { FieldCatalog } from './field-catalog';
import { selectFieldIds, selectPropertyKeys, type FieldSelection } from './field-selection';
import { renderTransitions } from './transitions';

export interface RenderRequest {
  readonly fields: FieldSelection;
  readonly properties: readonly string[];
  readonly expand: ReadonlySet<string>;
  /** Search only: `fields=id` (the default) answers `{ id }`, `fields=key` answers `{ id, key }`. */
  readonly compactIds?: boolean;
}

export const issueExpandables = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';
const absent = Symbol('absent');

export class IssueRenderer {
  constructor(
    private readonly store: JiraStore,
    private readonly json: EntityJson,
    private readonly catalog: FieldCatalog,
  ) {}

  bean(issue: StoredIssue, request: RenderRequest): Record<string, unknown> {
    const propertyKeys = selectPropertyKeys(request.properties, issue.properties);
    const properties = Object.fromEntries(propertyKeys.map((key) => [key, issue.properties[key]]));
    if (request.compactIds === true && request.fields.idsOnly && request.expand.size === 0 && request.properties.length === 0) {
      return request.fields.withKey ? { id: issue.id, key: issue.key } : { id: issue.id };
    }
    const described = this.catalog.rendered();
    const ids = selectFieldIds(request.fields, described);
    const fields: Record<string, unknown> = {};
    for (const id of ids) {
      const value = this.fieldValue(issue, id);
      if (value !== absent) fields[id] = value;
    }
    const bean: Record<string, unknown> = { expand: issueExpandables, id: issue.id, self: this.issueSelf(issue), key: issue.key, fields };
    if (request.properties.length > 0) bean.properties = properties;
    if (request.expand.has('names')) bean.names = Object.fromEntries(described.filter((field) => field.id in fields).map((field) => [field.id, field.name]));
    if (request.expand.has('schema')) {
      bean.schema = Object.fromEntries(described.flatMap((field) => (field.id in fields && field.schema !== undefined ? [[field.id, field.schema]] : [])));
    }
    if (request.expand.has('changelog')) {
      const { values, total } = this.store.changelogs.page(issue.id, 0, 100);
      bean.changelog = { startAt: 0, maxResults: Math.max(values.length, 0), total, histories: values.map((entry) => renderChangelog(entry, this.store, this.json)) };
    }
    if (request.expand.has('transitions')) bean.transitions = renderTransitions(this.store, this.json);
    return bean;
  }

  issueSelf(issue: Pick<StoredIssue, 'id'>): string {
    return `${this.json.baseUrl}/rest/api/3/issue/${issue.id}`;
  }

  /** The issue as nested in links, parents and sub-tasks: id, key, self and a few fields. */
  linkedIssue(issue: StoredIssue): Record<string, unknown> {
    const fields: Record<string, unknown> = { summary: issue.summary, priority: this.json.priority(issue.priorityId) };
    const status = this.store.workflow.status(issue.statusId);
    const type = this.store.workflow.issueType(issue.issueTypeId);
    if (status !== undefined) fields.status = this.json.status(status);
    if (type !== undefined) fields.issuetype = this.json.issueType(type);
    return { id: issue.id, key: issue.key, self: this.issueSelf(issue), fields };
  }

  issueLinks(issue: StoredIssue): Record<string, unknown>[] {
    return this.store.links.linksOf(issue.id).flatMap((link) => {
      const type = this.store.workflow.linkType(link.typeId);
      const otherId = link.inwardIssueId === issue.id ? link.outwardIssueId : link.inwardIssueId;
      const other = this.store.issues.get(otherId);
      if (type === undefined || other === undefined) return [];
      const direction = link.inwardIssueId === issue.id ? 'outwardIssue' : 'inwardIssue';
      return [{ id: link.id, self: `${this.json.baseUrl}/rest/api/3/issueLink/${link.id}`, type: this.json.linkType(type), [direction]: this.linkedIssue(other) }];
    });
  }

  customValue(field: CustomFieldRecord, stored: unknown): unknown {
    if (stored === null || stored === undefined) return null;
    const one = (item: unknown): unknown => {
      if (typeof item !== 'object' || item === null) return field.type === 'datetime' && typeof item === 'string' ? jiraDateTime(item) : item;
      if (field.type === 'user' && 'accountId' in item && typeof item.accountId === 'string') {
        return this.json.userByIdOrNull(item.accountId, (id) => this.store.users.user(id));
      }
      if (field.type === 'group' && 'name' in item && typeof item.name === 'string') {
        const group = this.store.users.group(item.name);
        return group === undefined ? item : this.json.group(group);
      }
      return item;
    };
    return Array.isArray(stored) ? stored.map(one) : one(stored);
  }

  private fieldValue(issue: StoredIssue, id: string): unknown {
    const users = (accountId: string | null): unknown => this.json.userByIdOrNull(accountId, (candidate) => this.store.users.user(candidate));
    switch (id) {
      case 'summary':
        return issue.summary;
      case 'description':
        return descriptionOf(issue);
      case 'issuetype': {
        const type = this.store.workflow.issueType(issue.issueTypeId);
        return type === undefined ? null : this.json.issueType(type);
      }
      case 'project': {
        const project = this.store.projects.project(issue.projectId);
        return project === undefined ? null : this.json.projectSummary(project);
      }
      case 'status': {
        const status = this.store.workflow.status(issue.statusId);
        return status === undefined ? null : this.json.status(status);
      }
      case 'priority':
        return this.json.priority(issue.priorityId);
      case 'assignee':
        return users(issue.assigneeAccountId);
      case 'reporter':
        return users(issue.reporterAccountId);
      case 'creator':
        return users(issue.creatorAccountId);
      case 'created':
        return jiraDateTime(issue.created);
      case 'updated':
        return jiraDateTime(issue.updated);
      case 'statuscategorychangedate':
        return jiraDateTime(issue.statusCategoryChanged);
      case 'duedate':
        return issue.duedate;
      case 'labels':
        return [...issue.labels];
      case 'resolution':
        return this.json.resolution(issue.resolution);
      case 'resolutiondate':
        return issue.resolutiondate === null ? null : jiraDateTime(issue.resolutiondate);
      case 'issuelinks':
        return this.issueLinks(issue);
      case 'subtasks':
        return this.store.issues.childrenOf(issue.id).map((child) => this.linkedIssue(child));
      case 'parent': {
        const parent = issue.parentId === null ? undefined : this.store.issues.get(issue.parentId);
        return parent === undefined ? absent : this.linkedIssue(parent);
      }
      default: {
        const field = this.store.fields.customField(id);
        return field === undefined ? absent : this.customValue(field, issue.customFields[id]);
      }
    }
  }
}
