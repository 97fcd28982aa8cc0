import type { OverdueGadgetItem } from '../../../src/contracts/gadget-views';
import { groupItems } from '../../../static/overdue-gadget/src/overdue-groups';

const item = (issueKey: string, overrides: Partial<OverdueGadgetItem> = {}): OverdueGadgetItem => ({
  issueKey, summary: issueKey, kind: 'check', reasons: ['check_overdue'], ownerAccountId: 'a1', since: '2026-11-01', ageDays: 3, escalationLevel: 0, ...overrides,
});

describe('grouping late work', () => {
  const items = [
    item('ISMS-1', { reasons: ['check_overdue', 'report_late'], ageDays: 40 }),
    item('ISMS-2', { reasons: ['report_late'], ageDays: 10 }),
    item('ISMS-3', { kind: 'corrective_action', reasons: ['action_overdue'], ageDays: 0, ownerAccountId: null }),
  ];
  const names = (id: string | null) => (id === null ? 'No owner' : `Person ${id}`);

  it('by kind lists an issue late for two reasons under both, so each group matches its count', () => {
    expect(groupItems(items, 'reason', names).map((group) => [group.name, group.items.map((each) => each.issueKey)])).toEqual([
      ['Overdue check', ['ISMS-1']],
      ['Late report', ['ISMS-1', 'ISMS-2']],
      ['Overdue corrective action', ['ISMS-3']],
    ]);
  });

  it('by age, oldest bucket first', () => {
    expect(groupItems(items, 'age', names).map((group) => group.name)).toEqual(['More than 30 days late', '8–30 days late', 'Due today']);
  });

  it('by owner, largest group first', () => {
    expect(groupItems(items, 'owner', names).map((group) => [group.name, group.items.length])).toEqual([['Person a1', 2], ['No owner', 1]]);
  });
});
