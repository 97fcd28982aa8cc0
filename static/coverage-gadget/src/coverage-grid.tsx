// The cycle's month grid: one row per clause/control (grouped), one column per month. The first column (sticky when
// the months scroll sideways) keeps each row's gap badge, so gaps still jump out; every cell is a button that opens
// the issues behind it as a JQL search. One tab stop for the whole grid; the arrow keys, Home and End move within it.
import { useState } from 'react';
import type { KeyboardEvent } from 'react';

import type { CoverageGadgetRow } from '../../../src/contracts/gadget-views';
import { coverageJql, issueKeysJql, openIssueSearch } from '../../shared/jql';
import { cellGlyphs, cellMark, cellSummary, MARK_LEGEND, monthLabel } from './cell-marks';
import { GAP_LABEL, OUTCOME_LABEL } from './labels';

export interface GridSection {
  readonly key: string;
  readonly title: string;
  readonly rows: readonly CoverageGadgetRow[];
}

interface Position {
  readonly row: number;
  readonly column: number;
}

function rowFacts(row: CoverageGadgetRow): string {
  const outcome = row.lastOutcome === null ? 'never checked' : `last check ${OUTCOME_LABEL[row.lastOutcome]}${row.lastCheckedOn === null ? '' : ` on ${row.lastCheckedOn}`}`;
  const items = row.activeItems === 0 ? 'no active monitoring item' : `${row.activeItems} active monitoring item${row.activeItems === 1 ? '' : 's'}`;
  return [
    items,
    outcome,
    row.staleItems > 0 ? `${row.staleItems} not checked within its window` : null,
    row.auditedInCurrentCycle ? 'audited this cycle' : 'not audited this cycle',
    row.openNonconformities > 0 ? `${row.openNonconformities} open nonconformit${row.openNonconformities === 1 ? 'y' : 'ies'}` : null,
  ].filter((fact) => fact !== null).join('; ');
}

export function CoverageGrid({ sections, months, projectKey, today }: {
  readonly sections: readonly GridSection[];
  readonly months: readonly string[];
  readonly projectKey: string;
  readonly today: string;
}) {
  const [active, setActive] = useState<Position>({ row: 0, column: 0 });
  const rows = sections.flatMap((section) => section.rows);
  const current = { row: Math.min(active.row, Math.max(0, rows.length - 1)), column: Math.min(active.column, months.length) };
  const thisMonth = today.slice(0, 7);

  const move = (event: KeyboardEvent<HTMLTableElement>) => {
    const steps: Record<string, Position> = {
      ArrowRight: { row: current.row, column: Math.min(months.length, current.column + 1) },
      ArrowLeft: { row: current.row, column: Math.max(0, current.column - 1) },
      ArrowDown: { row: Math.min(rows.length - 1, current.row + 1), column: current.column },
      ArrowUp: { row: Math.max(0, current.row - 1), column: current.column },
      Home: { row: current.row, column: 0 },
      End: { row: current.row, column: months.length },
    };
    const next = steps[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-pos="${next.row}:${next.column}"]`)?.focus();
  };
  const tabIndex = (row: number, column: number) => (row === current.row && column === current.column ? 0 : -1);
  let index = -1;

  return (
    <div className="c9-grid-scroll" data-testid="coverage-grid">
      <table className="c9-grid" onKeyDown={move} aria-label={`Coverage by month: ${months.length} months`}>
        <thead>
          <tr>
            <th scope="col" className="c9-grid-rowhead">Clause / control</th>
            {months.map((month) => {
              const label = monthLabel(month);
              return (
                <th key={month} scope="col" abbr={label.long} title={label.long} className={month === thisMonth ? 'c9-grid-now' : undefined}>
                  {label.short}<span className="c9-grid-year">’{label.year}</span>
                </th>
              );
            })}
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section.key} aria-label={section.title}>
            <tr className="c9-grid-section"><th scope="rowgroup" colSpan={months.length + 1}>{section.title} <span className="c9-muted">({section.rows.length})</span></th></tr>
            {section.rows.map((row) => {
              index += 1;
              const position = index;
              const gap = GAP_LABEL[row.gap];
              return (
                <tr key={row.id} data-testid="coverage-row" data-row-id={row.id} data-gap={row.gap}>
                  <th scope="row" className="c9-grid-rowhead">
                    <button type="button" className="c9-link c9-grid-rowlink" data-pos={`${position}:0`} tabIndex={tabIndex(position, 0)}
                      onFocus={() => { setActive({ row: position, column: 0 }); }}
                      onClick={() => { openIssueSearch(coverageJql(projectKey, row)); }}
                      title={`${row.id} ${row.title}: ${gap.label} (${rowFacts(row)})`}
                      aria-label={`${row.id} ${row.title}: ${gap.label}; ${rowFacts(row)}. Show its issues`}>
                      <span className={`c9-badge c9-tone-${gap.tone}`} data-gap={row.gap}><span aria-hidden="true">{gap.icon}</span> {gap.short}</span>
                      <strong>{row.id}</strong>
                      {row.openNonconformities > 0 && <span className="c9-badge c9-tone-danger">{row.openNonconformities} NC</span>}
                      {row.auditedInCurrentCycle && <span className="c9-badge c9-tone-discovery" title="audited this cycle">A</span>}
                      <span className="c9-grid-title">{row.title}</span>
                    </button>
                  </th>
                  {months.map((month, column) => {
                    const cell = row.cells[column];
                    const mark = cell === undefined ? 'none' : cellMark(cell);
                    const summary = cell === undefined ? 'nothing recorded' : cellSummary(cell);
                    const keys = cell?.issueKeys ?? [];
                    const label = `${row.id} in ${monthLabel(month).long}: ${summary}${keys.length > 0 ? `. Open ${keys.length} issue${keys.length === 1 ? '' : 's'}` : ''}`;
                    return (
                      <td key={month} className={`c9-cell c9-cell--${mark}${month > thisMonth ? ' c9-cell--future' : ''}${month === thisMonth ? ' c9-grid-now' : ''}`}>
                        <button type="button" data-pos={`${position}:${column + 1}`} data-month={month} data-mark={mark} tabIndex={tabIndex(position, column + 1)}
                          aria-label={label} title={label} aria-disabled={keys.length === 0}
                          onFocus={() => { setActive({ row: position, column: column + 1 }); }}
                          onClick={() => { if (keys.length > 0) openIssueSearch(issueKeysJql(projectKey, keys)); }}>
                          <span aria-hidden="true">{cell === undefined ? '' : cellGlyphs(cell)}</span>
                        </button>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}

export function GridLegend() {
  return (
    <ul className="c9-legend c9-muted" aria-label="Legend">
      {Object.entries(MARK_LEGEND).map(([mark, legend]) => (
        <li key={mark}><span className={`c9-cell-swatch c9-cell--${mark}`} aria-hidden="true">{legend.glyph}</span>{legend.label}</li>
      ))}
      <li><span className="c9-cell-swatch c9-cell--none" aria-hidden="true" />Nothing recorded</li>
    </ul>
  );
}
