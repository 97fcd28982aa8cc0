import { historyKeptFrom, withCompletedCheck } from '../../../src/adapters/storage/read-models/check-history-model';
import { localDate } from '../../../src/domain/local-date';

const done = (key: string, completedOn: string) => ({ key, completedOn: localDate(completedOn), outcome: 'conforming' as const });

describe("an item's completed-check history", () => {
  const keptFrom = historyKeptFrom(localDate('2026-11-22'));

  it('keeps 37 months, so a 36-month cycle and the month before it are always there', () => {
    expect(keptFrom).toBe('2023-10-22');
  });

  it('adds, replaces and removes a check by its issue id', () => {
    const one = withCompletedCheck({}, '10001', done('ISMS-1', '2026-03-02'), keptFrom);
    const two = withCompletedCheck(one, '10002', done('ISMS-2', '2026-04-02'), keptFrom);
    expect(Object.keys(two)).toEqual(['10001', '10002']);
    // Reopened and completed again later: its one entry moves month.
    expect(withCompletedCheck(two, '10001', done('ISMS-1', '2026-05-06'), keptFrom)['10001']).toEqual(done('ISMS-1', '2026-05-06'));
    // Reopened and not done: it leaves.
    expect(withCompletedCheck(two, '10002', null, keptFrom)).toEqual(one);
  });

  it('drops entries completed before the kept window', () => {
    const old = { '10000': done('ISMS-0', '2023-01-05') };
    expect(withCompletedCheck(old, '10001', done('ISMS-1', '2026-03-02'), keptFrom)).toEqual({ '10001': done('ISMS-1', '2026-03-02') });
  });
});
