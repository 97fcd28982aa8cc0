// The Jira side of every finding and corrective-action use case, as small functions the shell wires to Jira
// (adapters/jira/finding-issue-store.ts) and tests may replace. Reads happen after the caller was authorised.
import type { CorrectiveActionProperty } from '../adapters/jira/corrective-action-property';
import type { FindingProperty } from '../adapters/jira/finding-property';
import type { AppFieldValues } from '../adapters/jira/issue-fields';
import type { StatusCategoryKey } from '../adapters/jira/transition-issue';

export interface IssueRef {
  readonly issueId: string;
  readonly issueKey: string;
}

export interface StoredFinding extends IssueRef {
  readonly property: FindingProperty;
  /** Of the issue's Jira status; undefined when Jira did not say. */
  readonly statusCategory: StatusCategoryKey | undefined;
  readonly statusName: string | undefined;
}

export interface StoredCorrectiveAction extends IssueRef {
  readonly property: CorrectiveActionProperty;
  readonly statusCategory: StatusCategoryKey | undefined;
  readonly statusName: string | undefined;
}

/** A corrective action to create as a Jira issue (owner → assignee, due date → due date), validated by the domain. */
export interface CorrectiveActionDraft {
  readonly property: CorrectiveActionProperty;
  readonly summary: string;
}

export interface AppIssuePorts {
  /** AppError NOT_FOUND when the issue does not exist or carries no finding. */
  readonly readFinding: (issueKey: string) => Promise<StoredFinding>;
  /** AppError NOT_FOUND when the issue does not exist or carries no corrective action. */
  readonly readCorrectiveAction: (issueKey: string) => Promise<StoredCorrectiveAction>;
  /** The corrective actions on these issues (ids or keys); issues without one are left out. */
  readonly readCorrectiveActions: (issueIds: readonly string[]) => Promise<StoredCorrectiveAction[]>;
  /** The `rev` stored right now (undefined: no record); read again just before writing. */
  readonly readRevision: (issueKey: string) => Promise<number | undefined>;
  readonly writeFields: (issueId: string, values: AppFieldValues) => Promise<void>;
  /** Jira's own fields of the issue (e.g. assignee, duedate), as `PUT /issue` takes them. */
  readonly editIssueFields: (issueId: string, fields: Readonly<Record<string, unknown>>) => Promise<void>;
  readonly writeProperty: (issueKey: string, property: FindingProperty | CorrectiveActionProperty) => Promise<void>;
  /** Moves the issue into a status of the category; false when its workflow offers no such transition. */
  readonly mirrorStatus: (issueKey: string, category: StatusCategoryKey) => Promise<boolean>;
}

export interface CorrectiveActionIssuePorts {
  /** App id → issue, for the ids that already have an issue (a retried plan adopts them). */
  readonly findAppIssues: (appIds: readonly string[]) => Promise<Map<string, IssueRef>>;
  /** Creates the issues (with their `clause9` property) in this order; throws when any fails (a retry adopts the rest). */
  readonly createCorrectiveActionIssues: (drafts: readonly CorrectiveActionDraft[]) => Promise<IssueRef[]>;
  /** "<action> is corrective action for <finding>"; linking twice is harmless. */
  readonly linkCorrectiveAction: (actionIssueId: string, findingIssueId: string) => Promise<void>;
}
