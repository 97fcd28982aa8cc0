// The building blocks of a pack: one input's block (clause, label, source, a "Missing" marker with what is missing)
// and a plain evidence table.
import type { ReactNode } from 'react';

import { PACK_INPUTS, type MissingInput, type PackInput } from '../../../../src/domain/management-review/review-pack';
import { gapsOf } from './review-format';

const LIVE: ReadonlySet<PackInput> = new Set(['previousActions', 'nonconformities', 'monitoring', 'audits', 'improvementOpportunities']);

export function InputBlock({ input, missing, children }: { readonly input: PackInput; readonly missing: readonly MissingInput[]; readonly children: ReactNode }) {
  const { clause, label } = PACK_INPUTS[input];
  const gaps = gapsOf(missing, input);
  return (
    <section className="c9-pack-input" id={`c9-input-${input}`} data-testid={`pack-input-${input}`} data-missing={gaps.length > 0}>
      <h3>
        <span className="c9-clause">{clause}</span> {label.charAt(0).toUpperCase() + label.slice(1)}
        <span className={`c9-lozenge ${gaps.length > 0 ? 'c9-tone-danger' : 'c9-tone-success'}`} data-testid="input-state">{gaps.length > 0 ? 'Missing' : 'Complete'}</span>
        <span className="c9-badge c9-tone-neutral">{LIVE.has(input) ? 'Live data' : 'Entered by the ISMS manager'}</span>
      </h3>
      {gaps.length > 0 && (
        <ul className="c9-gaps" data-testid="input-gaps">
          {gaps.map((gap) => <li key={gap.message}>{gap.message.replace(`${clause} ${label}: `, '')}</li>)}
        </ul>
      )}
      {children}
    </section>
  );
}

export function Table({ head, rows, caption }: { readonly head: readonly string[]; readonly rows: readonly (readonly ReactNode[])[]; readonly caption?: string }) {
  if (rows.length === 0) return <p className="c9-muted">None.</p>;
  return (
    <div className="c9-table-scroll">
      <table className="c9-table">
        {caption !== undefined && <caption>{caption}</caption>}
        <thead><tr>{head.map((cell) => <th key={cell} scope="col">{cell}</th>)}</tr></thead>
        <tbody>{rows.map((row, index) => <tr key={index}>{row.map((cell, column) => <td key={column}>{cell}</td>)}</tr>)}</tbody>
      </table>
    </div>
  );
}

export const NoData = () => <p className="c9-muted">Nothing to show: the input was missing when the pack was built.</p>;
