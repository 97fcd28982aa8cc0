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
  /**
   * First day of the week for startOfWeek()/endOfWeek(). Jira takes it from the user's locale; the engine defaults
   * to 'monday' (ISO 8601, the locale of our European users). Optional, added by the JQL engine.
   */
  readonly weekStart?: 'monday' | 'sunday';
  /**
   * Maps an issue id (or key) used as a value of `parent` to the issue key, so `parent = 10001` works.
   * Optional, added by the JQL engine; without it only keys match `parent`.
   */
  readonly resolveIssueKey?: (idOrKey: string) => string | undefined;
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
  /**
   * Comparator implementing ORDER BY, always ending with a tie-break on the numeric issue id so pages are stable.
   * Without ORDER BY the engine orders by id DESC (newest first, like Jira's key DESC within a project).
   */
  readonly compare: (a: IssueDocument, b: IssueDocument) => number;
  /**
   * Sorts (a copy of) the matching issues by the same order as `compare`, computing each sort key once per issue:
   * the fast path for large result sets. Optional, added by the JQL engine.
   */
  readonly sort?: (issues: readonly IssueDocument[]) => IssueDocument[];
  /** Whether the query has a where clause (see isBoundedJql). Optional, added by the JQL engine. */
  readonly bounded?: boolean;
}
