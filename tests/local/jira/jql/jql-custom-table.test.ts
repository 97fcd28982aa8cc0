// Custom fields, object-field aliases, issue properties, precedence and NOT, against the fixture.
// Expected sets are derived by hand from fixture-rows.ts.
import { keySet, search } from './search';

const AUD = Array.from({ length: 12 }, (_, index) => `AUD-${index + 1}`).join(' ');

const TABLE: readonly (readonly [string, string])[] = [
  // a Forge string field, by name (any case), cf[n] and the collapsed Name[Type] form
  ['"Finding kind" = "Major nonconformity"', 'ISMS-5 ISMS-13 AUD-6'],
  ['"finding KIND" = "major NONCONFORMITY"', 'ISMS-5 ISMS-13 AUD-6'],
  ['cf[10010] != "Major nonconformity"', 'ISMS-6 ISMS-7 ISMS-15 ISMS-18 AUD-1 AUD-2 AUD-12'],
  ['"Finding kind" in ("Observation", "Opportunity for improvement")', 'ISMS-7 ISMS-15 AUD-2'],
  ['"Finding kind" is EMPTY AND issuetype = Finding', 'AUD-10'],
  ['"Finding kind[Short text]" = Observation', 'ISMS-7 AUD-2'],
  ['"Finding kind" not in (Observation)', 'ISMS-5 ISMS-6 ISMS-13 ISMS-15 ISMS-18 AUD-1 AUD-6 AUD-12'],
  // Field.alias clauses of the Forge object field
  ['Finding.kind = "Major nonconformity"', 'ISMS-5 ISMS-13 AUD-6'],
  ['Finding.kind != Observation', 'ISMS-5 ISMS-6 ISMS-13 ISMS-15 ISMS-18 AUD-1 AUD-6'],
  ['Finding.source = "Internal audit"', 'ISMS-5 ISMS-18 AUD-1 AUD-2'],
  ['finding.SOURCE in ("External audit", Monitoring)', 'ISMS-7 AUD-6 ISMS-6 ISMS-13 AUD-10'],
  ['Finding.control = A.5.18', 'ISMS-5 ISMS-13'],
  ['Finding.control in ("A.5.19", "A.7.7")', 'ISMS-18 AUD-1'],
  ['Finding.control != "A.8.13"', 'ISMS-5 ISMS-13 ISMS-15 ISMS-18 AUD-1 AUD-6 AUD-10'],
  ['Finding.control is EMPTY AND issuetype = Finding', 'ISMS-7 AUD-2 AUD-12'],
  ['Finding.rootCauseStatus = Pending', 'ISMS-5 ISMS-18 AUD-10'],
  ['Finding.rootCauseStatus is EMPTY AND Finding is not EMPTY', 'ISMS-15'],
  ['Finding.severity >= 3', 'ISMS-5 ISMS-13 AUD-6'],
  ['Finding.severity < 1', 'ISMS-15'],
  ['Finding.severity in (1, 2)', 'ISMS-7 AUD-2 AUD-10 ISMS-6 ISMS-18 AUD-1'],
  ['Finding.detectedOn >= startOfMonth()', 'ISMS-7 ISMS-18 AUD-1 AUD-10'],
  ['Finding.detectedOn < "2026-01-01"', 'ISMS-13'],
  ['Finding.clause = "A.5.18" OR Finding.clause = 9.2', 'ISMS-5 AUD-2'],
  ['Finding is EMPTY AND type = Finding', 'AUD-12'],
  // date, number, datetime and list custom fields
  ['"Report due date" < now()', 'ISMS-6 ISMS-13 AUD-1 AUD-6'],
  ['"Report due date" <= endOfMonth() AND "Report due date" >= startOfWeek()', 'ISMS-5 AUD-1 AUD-12'],
  ['cf[10030] > "2026/11/30"', 'ISMS-18'],
  ['"Effort points" > 5', 'ISMS-5 ISMS-8 ISMS-13 AUD-6'],
  ['"Effort points" = 0', 'AUD-12'],
  ['"Effort points" in (1, 2)', 'ISMS-14 AUD-9 ISMS-9 AUD-1'],
  ['"Effort points" <= 1.5', 'ISMS-14 AUD-9 AUD-12'],
  ['"Effort points" != 8', 'ISMS-3 ISMS-6 ISMS-8 ISMS-9 ISMS-13 ISMS-14 ISMS-18 AUD-1 AUD-3 AUD-9 AUD-12'],
  ['"Effort points" is EMPTY AND project = AUD', 'AUD-2 AUD-4 AUD-5 AUD-7 AUD-8 AUD-10 AUD-11'],
  ['cf[10040] > -1 AND cf[10040] < 1', 'AUD-12'],
  ['"Review at" > now()', 'ISMS-5'],
  ['"Review at" <= "2026-01-20 10:00"', 'ISMS-13'],
  ['"Applicable controls" = "A.5.15"', 'ISMS-1'],
  ['"Applicable controls" in ("A.8.13", "A.5.20")', 'ISMS-3 ISMS-12'],
  ['"Applicable controls" != "A.5.18"', 'ISMS-3 ISMS-12'],
  // issue properties
  ['issue.property[clause9].itemId = "item-access"', 'ISMS-1 ISMS-2 ISMS-5 ISMS-8 AUD-10'],
  ['issue.property[clause9].id = "FND-5"', 'ISMS-5'],
  ['issue.property["clause9"].itemId in (item-backup, item-risk)', 'ISMS-3 ISMS-6 ISMS-9 AUD-6 AUD-8'],
  ['issue.property[clause9].itemId is EMPTY', 'ISMS-7 ISMS-10 ISMS-18 AUD-2 AUD-7'],
  ['issue.property[clause9].meta.version >= 2', 'ISMS-16'],
  ['issue.property[clause9].meta.version = 1', 'ISMS-17'],
  ['issue.property[clause9].itemId != item-physical AND project = AUD', 'AUD-6 AUD-8 AUD-9 AUD-10 AUD-11 AUD-12'],
  ['issue.property[clause9].itemId ~ "item-phys*"', 'AUD-1 AUD-3 AUD-4 AUD-5'],
  // precedence, parentheses, NOT (pushed down with De Morgan: NOT f = x is f != x, which skips empty values)
  ['project = AUD AND status = "To Do" OR labels = kpi', 'AUD-1 AUD-5 AUD-8 AUD-12 AUD-9'],
  ['labels = weekly OR project = ISMS AND status = Open', 'ISMS-16 AUD-4 AUD-5 ISMS-4 ISMS-17 ISMS-18'],
  ['(labels = weekly OR project = ISMS) AND status = Open', 'ISMS-4 ISMS-17 ISMS-18'],
  ['NOT project = ISMS', AUD],
  ['((project = AUD))', AUD],
  ['project = AUD AND NOT assignee = currentUser()', 'AUD-2 AUD-3 AUD-4 AUD-6 AUD-9 AUD-11 AUD-12'],
  ['NOT (labels = monthly OR labels = weekly)', 'ISMS-3 ISMS-5 ISMS-6 ISMS-7 ISMS-8 ISMS-9 ISMS-10 ISMS-11 ISMS-12 ISMS-13 ISMS-18 AUD-1 AUD-2 AUD-3 AUD-7 AUD-8 AUD-10 AUD-11 AUD-12'],
  ['type = "Corrective action" AND NOT (project = ISMS AND status = "To Do")', 'ISMS-8 ISMS-9 AUD-3 AUD-7 AUD-8'],
  ['NOT NOT labels = kpi', 'AUD-9'],
  ['NOT "Finding kind" is EMPTY', 'ISMS-5 ISMS-6 ISMS-7 ISMS-13 ISMS-15 ISMS-18 AUD-1 AUD-2 AUD-6 AUD-12'],
  ['NOT summary ~ review AND project = ISMS', 'ISMS-3 ISMS-5 ISMS-6 ISMS-7 ISMS-8 ISMS-9 ISMS-10 ISMS-13 ISMS-14 ISMS-15 ISMS-18'],
  ['status = Closed OR (type = Finding AND NOT resolution is EMPTY)', 'ISMS-11 AUD-7 AUD-11 ISMS-6 ISMS-15 AUD-2'],
  ['project = ISMS AND (labels = backup OR labels = corrective) AND NOT status = Done', 'ISMS-3 ISMS-8 ISMS-10'],
  // field names are case-insensitive and may be quoted; values of names are case-insensitive
  ["PROJECT = isms AND IssueType = \"monitoring CHECK\" AND Status = 'to do'", 'ISMS-2 ISMS-12 ISMS-16'],
  ['"Status" = Open AND project = AUD', 'AUD-10'],
];

describe('JQL engine: custom fields, aliases, properties, precedence', () => {
  test.each(TABLE)('%s', (jql, expected) => {
    expect(keySet(search(jql))).toEqual(keySet(expected));
  });
});
