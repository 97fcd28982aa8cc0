import { latenessOf, type WorkFacts } from '../../src/domain/overdue-work';
import { d } from './monitoring-builders';

const today = d('2026-03-16');

function check(overrides: Partial<Extract<WorkFacts, { kind: 'check' }>> = {}): WorkFacts {
  return { kind: 'check', done: false, skipped: false, dueOn: d('2026-03-10'), reportDueOn: d('2026-03-13'), reportSentOn: null, ...overrides };
}

describe('latenessOf on Monday 2026-03-16', () => {
  it.each<[string, WorkFacts, ReturnType<typeof latenessOf>]>([
    ['an open check due last Tuesday, report due Friday: overdue and report late, counted from the due date', check(), { reasons: ['check_overdue', 'report_late'], since: d('2026-03-10'), daysOverdue: 6 }],
    ['an open check due today', check({ dueOn: today, reportDueOn: d('2026-03-19') }), null],
    ['an open check due yesterday', check({ dueOn: d('2026-03-15'), reportDueOn: d('2026-03-18') }), { reasons: ['check_overdue'], since: d('2026-03-15'), daysOverdue: 1 }],
    ['a done check whose report was sent', check({ done: true, reportSentOn: d('2026-03-12') }), null],
    ['a done check whose report is late', check({ done: true }), { reasons: ['report_late'], since: d('2026-03-13'), daysOverdue: 3 }],
    ['a done check whose report is due today', check({ done: true, reportDueOn: today }), null],
    ['a skipped check owes no report', check({ done: true, skipped: true }), null],
    ['a check without dates', check({ dueOn: null, reportDueOn: null }), null],
    ['an open corrective action past its due date', { kind: 'corrective_action', done: false, dueOn: d('2026-03-01') }, { reasons: ['action_overdue'], since: d('2026-03-01'), daysOverdue: 15 }],
    ['a done corrective action past its due date', { kind: 'corrective_action', done: true, dueOn: d('2026-03-01') }, null],
    ['a corrective action without a due date', { kind: 'corrective_action', done: false, dueOn: null }, null],
    ['an effectiveness review due today', { kind: 'finding', done: false, reviewDueOn: today, reviewPending: true }, { reasons: ['review_due'], since: today, daysOverdue: 0 }],
    ['an effectiveness review due last week, result pending', { kind: 'finding', done: false, reviewDueOn: d('2026-03-09'), reviewPending: true }, { reasons: ['review_due'], since: d('2026-03-09'), daysOverdue: 7 }],
    ['an effectiveness review already recorded', { kind: 'finding', done: false, reviewDueOn: d('2026-03-09'), reviewPending: false }, null],
    ['an effectiveness review due tomorrow', { kind: 'finding', done: false, reviewDueOn: d('2026-03-17'), reviewPending: true }, null],
    ['a closed finding', { kind: 'finding', done: true, reviewDueOn: d('2026-03-09'), reviewPending: true }, null],
  ])('%s', (_name, facts, expected) => {
    expect(latenessOf(facts, today)).toEqual(expected);
  });
});
