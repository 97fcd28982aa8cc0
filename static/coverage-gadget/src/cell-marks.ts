// What one month cell of the coverage grid says, in a mark (colour + glyph, never colour alone) and in words for
// screen readers and tooltips. The worst fact wins the colour: a nonconformity raised, then a check that found a
// problem, then a conforming check, then an audit; an empty past month is a gap in the evidence.
import type { GridCellView } from '../../../src/contracts/gadget-views';

export type CellMark = 'nc' | 'problem' | 'checked' | 'audit' | 'planned' | 'none';

export const MARK_LEGEND: Readonly<Record<Exclude<CellMark, 'none'>, { readonly glyph: string; readonly label: string; readonly tone: string }>> = {
  checked: { glyph: '✔', label: 'Checked, conforming', tone: 'success' },
  problem: { glyph: '✖', label: 'Check found a problem', tone: 'warning' },
  nc: { glyph: '!', label: 'Nonconformity raised', tone: 'danger' },
  audit: { glyph: 'A', label: 'Audited', tone: 'discovery' },
  planned: { glyph: '◌', label: 'Audit planned', tone: 'neutral' },
};

export function cellMark(cell: GridCellView): CellMark {
  if (cell.nonconformitiesRaised > 0) return 'nc';
  if (cell.checksFailing > 0) return 'problem';
  if (cell.checksDone > 0) return 'checked';
  if (cell.audit === 'held') return 'audit';
  if (cell.audit === 'planned') return 'planned';
  return 'none';
}

/** The glyphs shown in the cell: the mark's, plus "A" when an audit was also held in a month with checks. */
export function cellGlyphs(cell: GridCellView): string {
  const mark = cellMark(cell);
  if (mark === 'none') return '';
  const glyph = MARK_LEGEND[mark].glyph;
  return cell.audit === 'held' && mark !== 'audit' ? `${glyph}A` : glyph;
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** "2 checks done, 1 found a problem; audit held; 1 nonconformity raised", or "nothing recorded". */
export function cellSummary(cell: GridCellView): string {
  const parts: string[] = [];
  if (cell.checksDone > 0) parts.push(`${plural(cell.checksDone, 'check')} done${cell.checksFailing > 0 ? `, ${cell.checksFailing} found a problem` : ''}`);
  if (cell.audit === 'held') parts.push('audit held');
  if (cell.audit === 'planned') parts.push('audit planned');
  if (cell.nonconformitiesRaised > 0) parts.push(`${plural(cell.nonconformitiesRaised, 'nonconformity', 'nonconformities')} raised`);
  return parts.length === 0 ? 'nothing recorded' : parts.join('; ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** `2026-03` → { short: 'Mar', year: '26', long: 'March 2026' }. */
export function monthLabel(month: string): { readonly short: string; readonly year: string; readonly long: string } {
  const index = Number(month.slice(5, 7)) - 1;
  return { short: MONTHS[index] ?? month, year: month.slice(2, 4), long: `${LONG[index] ?? month} ${month.slice(0, 4)}` };
}

/** "Jan 2026 – Dec 2026" for a cycle's months. */
export function cycleLabel(months: readonly string[]): string {
  const first = months[0];
  const last = months.at(-1);
  if (first === undefined || last === undefined) return '';
  const short = (month: string) => `${monthLabel(month).short} ${month.slice(0, 4)}`;
  return first === last ? short(first) : `${short(first)} – ${short(last)}`;
}
