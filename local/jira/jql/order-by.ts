// ORDER BY → comparator. Choices (documented for the stand-in):
// - keys are compared in order; strings case-insensitively (code-unit order of the lower-cased value), numbers and
//   dates by value; multi-valued fields (labels, arrays) sort by their smallest value;
// - EMPTY sorts after every value in ASC and therefore first in DESC (Jira's behaviour: `ORDER BY duedate DESC`
//   lists issues without a due date first);
// - status, issue type, project (by name) and resolution sort by name: the stand-in has no workflow order;
//   users sort by account id (no display names here); statusCategory sorts To Do, In Progress, Done;
//   key sorts by project key then issue number (ISMS-9 before ISMS-10);
// - ties always break on the numeric issue id, ascending, so pagination is stable;
// - `compare` reads the keys on every call; `sort` computes them once per issue and is the fast path for big lists;
// - without ORDER BY: id DESC (newest first, what `key DESC` gives within one project).
import type { OrderBy } from '@atlaskit/jql-ast';
import { ClauseProblem, jqlMessages, type JqlProblems } from './errors';
import type { SortValue } from './field-spec';
import type { FieldResolver } from './fields';
import type { IssueDocument } from './types';

// Hot-path built-ins as module constants: a global lookup per issue is slow in sandboxes such as Jest's vm contexts.
const toNumber = Number;

export type Comparator = (a: IssueDocument, b: IssueDocument) => number;

interface SortKey {
  readonly read: (issue: IssueDocument) => SortValue;
  readonly direction: 1 | -1;
}

function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const byIdAscending: Comparator = (a, b) => toNumber(a.id) - toNumber(b.id);
const byIdDescending: Comparator = (a, b) => toNumber(b.id) - toNumber(a.id);

function sortKeys(orderBy: OrderBy, resolveField: FieldResolver, problems: JqlProblems): SortKey[] {
  const keys: SortKey[] = [];
  for (const element of orderBy.fields) {
    try {
      const [spec] = resolveField(element.field);
      if (spec?.sortKey === null || spec === undefined) {
        throw new ClauseProblem(jqlMessages.notSortable(element.field.value));
      }
      keys.push({ read: spec.sortKey, direction: element.direction?.value === 'DESC' ? -1 : 1 });
    } catch (error) {
      if (!(error instanceof ClauseProblem)) throw error;
      error.report(problems);
    }
  }
  return keys;
}

export interface Ordering {
  readonly compare: Comparator;
  /** Returns the issues sorted; computes each sort key once per issue (decorate, sort, undecorate). */
  readonly sort: (issues: readonly IssueDocument[]) => IssueDocument[];
}

const byIdDescendingOrdering: Ordering = {
  compare: byIdDescending,
  sort: (issues) => [...issues].sort(byIdDescending),
};

export function compileOrderBy(orderBy: OrderBy | undefined, resolveField: FieldResolver, problems: JqlProblems): Ordering {
  if (orderBy === undefined || orderBy.fields.length === 0) return byIdDescendingOrdering;
  const keys = sortKeys(orderBy, resolveField, problems);
  const [firstKey] = keys;
  if (firstKey === undefined) return byIdDescendingOrdering; // only invalid keys: compileJql reports them
  const compare: Comparator = (a, b) => {
    if (a === b) return 0;
    for (const key of keys) {
      const order = compareValues(key.read(a), key.read(b));
      if (order !== 0) return order * key.direction;
    }
    return byIdAscending(a, b);
  };
  const sort = (issues: readonly IssueDocument[]) => {
    // The first key is read once per issue; later keys only when an issue meets a tie on the keys before them.
    const decorated = issues.map((issue) => ({ issue, id: toNumber(issue.id), values: [firstKey.read(issue)] }));
    const valueAt = (entry: (typeof decorated)[number], index: number, key: SortKey): SortValue => {
      let value = entry.values[index];
      if (value === undefined) {
        value = key.read(entry.issue);
        entry.values[index] = value;
      }
      return value;
    };
    decorated.sort((a, b) => {
      for (let index = 0; index < keys.length; index += 1) {
        const key = keys[index];
        if (key === undefined) break;
        const order = compareValues(valueAt(a, index, key), valueAt(b, index, key));
        if (order !== 0) return order * key.direction;
      }
      return a.id - b.id;
    });
    return decorated.map((entry) => entry.issue);
  };
  return { compare, sort };
}
