import type { GridCellView } from '../../../src/contracts/gadget-views';
import { cellGlyphs, cellMark, cellSummary, cycleLabel, monthLabel } from '../../../static/coverage-gadget/src/cell-marks';

const cell = (overrides: Partial<GridCellView> = {}): GridCellView => ({ checksDone: 0, checksFailing: 0, audit: null, nonconformitiesRaised: 0, issueKeys: [], ...overrides });

describe('a coverage grid cell', () => {
  it.each<[string, Partial<GridCellView>, string, string, string]>([
    ['empty', {}, 'none', '', 'nothing recorded'],
    ['one conforming check', { checksDone: 1 }, 'checked', '✔', '1 check done'],
    ['a check that found a problem', { checksDone: 2, checksFailing: 1 }, 'problem', '✖', '2 checks done, 1 found a problem'],
    ['a nonconformity outranks the checks', { checksDone: 1, nonconformitiesRaised: 2 }, 'nc', '!', '1 check done; 2 nonconformities raised'],
    ['an audit only', { audit: 'held' }, 'audit', 'A', 'audit held'],
    ['an audit beside checks', { checksDone: 1, audit: 'held' }, 'checked', '✔A', '1 check done; audit held'],
    ['a planned audit', { audit: 'planned' }, 'planned', '◌', 'audit planned'],
  ])('%s', (_, facts, mark, glyphs, summary) => {
    expect(cellMark(cell(facts))).toBe(mark);
    expect(cellGlyphs(cell(facts))).toBe(glyphs);
    expect(cellSummary(cell(facts))).toBe(summary);
  });

  it('labels months and cycles', () => {
    expect(monthLabel('2026-03')).toEqual({ short: 'Mar', year: '26', long: 'March 2026' });
    expect(cycleLabel(['2025-10', '2025-11', '2026-09'])).toBe('Oct 2025 – Sep 2026');
    expect(cycleLabel([])).toBe('');
  });
});
