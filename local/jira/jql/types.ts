// The contract between the Jira stand-in's store and its JQL engine: the engine evaluates queries over
// IssueDocuments (an in-memory projection of each stored issue) with a JqlContext that knows fields, users and time.

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface IssueDocument {
  readonly id: string; // numeric string, e.g. "10042"
  readonly key: string; // "ISMS-42"
  readonly projectId: string;
  readonly projectKey: string;
  readonly projectName: string;
  readonly issueTypeId: string;
  readonly issueTypeName: string;
  readonly statusId: string;
  readonly statusName: string;
  readonly statusCategory: StatusCategoryKey;
  readonly resolution: string | null; // resolution name, null when unresolved
  readonly summary: string;
  readonly description: string; // plain text extracted from ADF, for `text ~` and `description ~`
  readonly assigneeAccountId: string | null;
  readonly reporterAccountId: string | null;
  readonly created: string; // ISO instant
  readonly updated: string; // ISO instant
  readonly resolutiondate: string | null; // ISO instant
  readonly duedate: string | null; // YYYY-MM-DD
  readonly labels: readonly string[];
  readonly parentKey: string | null;
  /** Custom field values by field id ("customfield_10010"), in the shape Jira stores (object fields as JSON objects). */
  readonly customFields: Readonly<Record<string, unknown>>;
  /** Issue entity properties by property key. */
  readonly properties: Readonly<Record<string, unknown>>;
}

export type FieldSchemaType = 'string' | 'number' | 'date' | 'datetime' | 'user' | 'group' | 'object' | 'array' | 'option';

/** A searchable property of a Forge object field (`searchAlias` in the manifest): `Field.alias` in JQL. */
export interface SearchAlias {
  readonly alias: string;
  readonly path: string; // property name inside the stored object
  readonly type: 'string' | 'number' | 'date' | 'datetime' | 'user' | 'group' | 'text';
  readonly isArray: boolean;
}

export interface CustomFieldDefinition {
  readonly id: string; // "customfield_10010"
  readonly name: string; // "Finding kind"
  readonly schemaType: FieldSchemaType;
  readonly itemsType?: FieldSchemaType; // for arrays (collection: list)
  readonly searchAliases: readonly SearchAlias[];
}

export interface JqlContext {
  readonly now: Date;
  readonly timeZone: string; // the user's time zone, for startOfDay() etc.
  readonly currentAccountId: string | null;
  readonly customFields: readonly CustomFieldDefinition[];
  /** Group names the user belongs to, for membersOf(). */
  readonly groupMembers: (groupName: string) => readonly string[] | undefined;
  /** Resolves a user reference in a query (accountId, or display name/email as Jira allows) to an accountId. */
  readonly resolveUser: (reference: string) => string | undefined;
}

/** A JQL problem reported the way Jira does: HTTP 400 with `errorMessages`. */
export class JqlError extends Error {
  override readonly name = 'JqlError';
  constructor(readonly errorMessages: readonly string[]) {
    super(errorMessages.join('; '));
  }
}

export interface CompiledJql {
  readonly matches: (issue: IssueDocument) => boolean;
  /** Comparator implementing ORDER BY (Jira's default when absent: created DESC... see engine). */
  readonly compare: (a: IssueDocument, b: IssueDocument) => number;
}
