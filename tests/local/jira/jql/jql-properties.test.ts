// Algebraic properties of the engine over random queries and random issues, with Jira's EMPTY semantics:
// `f = x` and `f != x` are disjoint and together are `f is not EMPTY`; NOT is De Morgan with flipped operators.
import fc from 'fast-check';
import { compileJql, type IssueDocument } from '../../../../local/jira/jql';
import { ISSUES, makeContext } from './fixture';

const ctx = makeContext();
const matching = (jql: string, issues: readonly IssueDocument[]) => {
  const { matches } = compileJql(jql, ctx);
  return issues.map((issue) => matches(issue));
};

const LABELS = ['monthly', 'weekly', '"audit"', 'corrective', 'backup', 'kpi'];
const POOLS: Readonly<Record<string, readonly string[]>> = {
  labels: LABELS,
  assignee: ['acc-alice', 'acc-bob', 'acc-carol', 'acc-dave'],
  due: ['2026-11-22', '2026-11-01', '-1w', '2d', 'startOfMonth()', 'endOfWeek("-1")'],
  '"Finding kind"': ['"Major nonconformity"', '"Minor nonconformity"', 'Observation'],
  'Finding.control': ['"A.5.18"', '"A.8.13"', '"A.5.19"'],
  '"Effort points"': ['0', '2', '5', '8'],
  status: ['"To Do"', 'Open', 'Done', 'Closed'],
  resolution: ['Done', '"Won\'t Do"'],
};
const FIELDS = Object.keys(POOLS);
const ORDERED_FIELDS = ['due', '"Effort points"'];

const fieldValue = fc.constantFrom(...FIELDS).chain((field) => fc.tuple(fc.constant(field), fc.constantFrom(...(POOLS[field] ?? []))));

const atom: fc.Arbitrary<string> = fc.oneof(
  fieldValue.chain(([field, value]) => fc.constantFrom(`${field} = ${value}`, `${field} != ${value}`)),
  fieldValue.map(([field, value]) => `${field} in (${value}, EMPTY)`),
  fieldValue.map(([field, value]) => `${field} not in (${value})`),
  fc.constantFrom(...FIELDS).chain((field) => fc.constantFrom(`${field} is EMPTY`, `${field} is not EMPTY`)),
  fc.constantFrom(...ORDERED_FIELDS).chain((field) =>
    fc.tuple(fc.constantFrom('<', '<=', '>', '>='), fc.constantFrom(...(POOLS[field] ?? []))).map(([op, value]) => `${field} ${op} ${value}`),
  ),
  fc.constantFrom('summary ~ review', 'text ~ "backup"', 'summary !~ "monthly"'),
);

const { clause } = fc.letrec<{ clause: string }>((tie) => ({
  clause: fc.oneof(
    { maxDepth: 3, withCrossShrink: true },
    atom,
    fc.tuple(tie('clause'), fc.constantFrom('AND', 'OR'), tie('clause')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    tie('clause').map((a) => `NOT (${a})`),
  ),
}));

/** Fixture issues with shuffled labels, due dates, assignees and effort, to reach EMPTY and multi-valued cases. */
const issues: fc.Arbitrary<IssueDocument[]> = fc.array(
  fc.record({
    base: fc.constantFrom(...ISSUES),
    labels: fc.subarray(['monthly', 'weekly', 'audit', 'Corrective', 'backup', 'kpi']),
    due: fc.option(fc.constantFrom('2026-11-01', '2026-11-15', '2026-11-22', '2026-11-24', '2026-12-31'), { nil: null }),
    assignee: fc.option(fc.constantFrom('acc-alice', 'acc-bob', 'acc-carol', 'acc-dave'), { nil: null }),
  }).map(({ base, labels, due, assignee }, ): IssueDocument => ({ ...base, labels, duedate: due, assigneeAccountId: assignee })),
  { minLength: 1, maxLength: 40 },
).map((generated) => [...ISSUES, ...generated]);

const and = (a: readonly boolean[], b: readonly boolean[]) => a.map((value, index) => value && b[index] === true);
const or = (a: readonly boolean[], b: readonly boolean[]) => a.map((value, index) => value || b[index] === true);

describe('JQL engine: properties', () => {
  test('AND is intersection, OR is union', () => {
    fc.assert(
      fc.property(clause, clause, issues, (a, b, docs) => {
        const [left, right] = [matching(a, docs), matching(b, docs)];
        expect(matching(`(${a}) AND (${b})`, docs)).toEqual(and(left, right));
        expect(matching(`(${a}) OR (${b})`, docs)).toEqual(or(left, right));
      }),
      { numRuns: 60 },
    );
  });

  test('NOT follows De Morgan and is an involution', () => {
    fc.assert(
      fc.property(clause, clause, issues, (a, b, docs) => {
        expect(matching(`NOT (NOT (${a}))`, docs)).toEqual(matching(a, docs));
        expect(matching(`NOT ((${a}) AND (${b}))`, docs)).toEqual(matching(`NOT (${a}) OR NOT (${b})`, docs));
        expect(matching(`NOT ((${a}) OR (${b}))`, docs)).toEqual(matching(`NOT (${a}) AND NOT (${b})`, docs));
      }),
      { numRuns: 60 },
    );
  });

  test('f = x and f != x are disjoint and together are f is not EMPTY; NOT f = x is f != x', () => {
    fc.assert(
      fc.property(fieldValue, issues, ([field, value], docs) => {
        const equal = matching(`${field} = ${value}`, docs);
        const notEqual = matching(`${field} != ${value}`, docs);
        expect(and(equal, notEqual).some(Boolean)).toBe(false);
        expect(or(equal, notEqual)).toEqual(matching(`${field} is not EMPTY`, docs));
        expect(matching(`NOT ${field} = ${value}`, docs)).toEqual(notEqual);
        expect(matching(`${field} is EMPTY OR ${field} is not EMPTY`, docs).every(Boolean)).toBe(true);
      }),
    );
  });

  test('IN is a disjunction of =, NOT IN a conjunction of !=', () => {
    fc.assert(
      fc.property(fieldValue, fc.nat(), issues, ([field, value], pick, docs) => {
        const pool = POOLS[field] ?? [];
        const other = pool[pick % pool.length] ?? value;
        expect(matching(`${field} in (${value}, ${other})`, docs)).toEqual(matching(`${field} = ${value} OR ${field} = ${other}`, docs));
        expect(matching(`${field} not in (${value}, ${other})`, docs)).toEqual(
          matching(`${field} != ${value} AND ${field} != ${other}`, docs),
        );
      }),
    );
  });

  test('on a single-valued field, < x and >= x split the issues where it is not EMPTY', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ORDERED_FIELDS), issues, (field, docs) =>
        (POOLS[field] ?? []).every((value) => {
          const below = matching(`${field} < ${value}`, docs);
          const atLeast = matching(`${field} >= ${value}`, docs);
          return !and(below, atLeast).some(Boolean) && or(below, atLeast).join() === matching(`${field} is not EMPTY`, docs).join();
        }),
      ),
    );
  });

  test('ORDER BY is a total order: the sorted result does not depend on the input order', () => {
    const keys = ['duedate', 'labels', 'assignee', '"Finding kind"', 'Finding.severity', 'created', 'key', 'status'];
    fc.assert(
      fc.property(fc.subarray(keys, { minLength: 1 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), issues, (fields, desc, docs) => {
        const orderBy = fields.map((field, index) => `${field} ${desc[index] === true ? 'DESC' : 'ASC'}`).join(', ');
        const { compare } = compileJql(`ORDER BY ${orderBy}`, ctx);
        const once = [...docs].sort(compare);
        const again = [...docs].reverse().sort(compare);
        expect(again.map((issue) => issue.id)).toEqual(once.map((issue) => issue.id));
        for (const [index, issue] of once.slice(1).entries()) expect(compare(once[index] ?? issue, issue)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 100 },
    );
  });
});
