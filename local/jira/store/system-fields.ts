// The Jira system fields the stand-in knows, as /rest/api/3/field describes them.

export interface SystemFieldSchema {
  readonly type: string;
  readonly items?: string;
  readonly system: string;
}

export interface SystemField {
  readonly id: string;
  readonly name: string;
  readonly schema?: SystemFieldSchema;
  readonly navigable: boolean;
  readonly orderable: boolean;
  readonly searchable: boolean;
  readonly clauseNames: readonly string[];
  /** False for pseudo-fields that /field lists but issue `fields` never carry (issuekey, statusCategory). */
  readonly rendered: boolean;
}

function field(id: string, name: string, type: string | undefined, clauseNames: readonly string[], extra: Partial<SystemField> = {}): SystemField {
  const schema = type === undefined ? undefined : { type, system: id };
  return { id, name, navigable: true, orderable: true, searchable: true, clauseNames, rendered: true, ...(schema ? { schema } : {}), ...extra };
}

export const systemFields: readonly SystemField[] = [
  field('summary', 'Summary', 'string', ['summary']),
  field('description', 'Description', 'string', ['description']),
  field('issuetype', 'Issue Type', 'issuetype', ['issuetype', 'type']),
  field('project', 'Project', 'project', ['project'], { orderable: false }),
  field('status', 'Status', 'status', ['status'], { orderable: false }),
  field('priority', 'Priority', 'priority', ['priority']),
  field('assignee', 'Assignee', 'user', ['assignee']),
  field('reporter', 'Reporter', 'user', ['reporter']),
  field('creator', 'Creator', 'user', ['creator'], { orderable: false }),
  field('created', 'Created', 'datetime', ['created', 'createdDate'], { orderable: false }),
  field('updated', 'Updated', 'datetime', ['updated', 'updatedDate'], { orderable: false }),
  field('duedate', 'Due date', 'date', ['due', 'duedate']),
  { ...field('labels', 'Labels', undefined, ['labels']), schema: { type: 'array', items: 'string', system: 'labels' } },
  field('resolution', 'Resolution', 'resolution', ['resolution']),
  field('resolutiondate', 'Resolved', 'datetime', ['resolutiondate', 'resolved'], { orderable: false }),
  { ...field('issuelinks', 'Linked Issues', undefined, ['issueLink']), schema: { type: 'array', items: 'issuelinks', system: 'issuelinks' } },
  field('parent', 'Parent', undefined, ['parent'], { orderable: false }),
  { ...field('subtasks', 'Sub-tasks', undefined, ['subtasks'], { orderable: false }), schema: { type: 'array', items: 'issuelinks', system: 'subtasks' } },
  field('statuscategorychangedate', 'Status Category Changed', 'datetime', ['statusCategoryChangedDate'], { orderable: false }),
  field('issuekey', 'Key', undefined, ['id', 'issue', 'issuekey', 'key'], { orderable: false, rendered: false }),
  field('statusCategory', 'Status Category', 'statusCategory', ['statusCategory'], { orderable: false, rendered: false }),
];

export const systemFieldIds: ReadonlySet<string> = new Set(systemFields.map((f) => f.id));
