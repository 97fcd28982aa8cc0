// The audit cycle the grid shows: the current one (the default, following the programme as it moves on) or a
// previous one the read model still holds. The choices come from the gadget resolver.
import { useEffect, useState } from 'react';

import { coverageGadgetViewSchema } from '../../../src/contracts/gadget-views';
import type { CoverageCycle } from '../../../src/contracts/gadget-views';
import { cycleMonths } from '../../../src/domain/audit-programme/audit-cycle';
import { invokeGadget } from '../../shared/invoke';
import type { Loaded } from '../../shared/invoke';
import { ErrorState } from '../../shared/states';
import { cycleLabel } from './cell-marks';

interface Cycles {
  readonly current: string | null;
  readonly cycles: readonly CoverageCycle[];
}

export function CycleSelect({ value, onChange }: { readonly value: string; readonly onChange: (cycle: string) => void }) {
  const [load, setLoad] = useState<Loaded<Cycles>>({ state: 'loading' });
  useEffect(() => {
    // The cheapest question that lists the cycles: the clauses only, in the current cycle.
    void invokeGadget('gadget/coverage', coverageGadgetViewSchema, { scope: ['clauses'] }).then((answer) => {
      setLoad(answer.state === 'ready' ? { state: 'ready', data: { current: answer.data.currentCycleStart, cycles: answer.data.cycles } } : answer);
    });
  }, []);
  const cycles = load.state === 'ready' ? load.data.cycles : [];
  const current = load.state === 'ready' ? cycles.find((cycle) => cycle.start === load.data.current) : undefined;
  const previous = cycles.filter((cycle) => cycle !== current);
  const label = (cycle: CoverageCycle) => `${cycleLabel(cycleMonths(cycle))}${cycle === current ? ' (this cycle, kept when the programme moves on)' : ''}`;
  const unknown = value !== '' && load.state === 'ready' && !cycles.some((cycle) => cycle.start === value);
  return (
    <div className="c9-field">
      <label htmlFor="c9-cycle">Audit cycle</label>
      <select id="c9-cycle" name="cycle" value={value} aria-invalid={unknown} aria-describedby="c9-cycle-help" onChange={(event) => { onChange(event.target.value); }}>
        <option value="">Current cycle{current === undefined ? '' : ` (${cycleLabel(cycleMonths(current))})`}, following the programme</option>
        {cycles.map((cycle) => <option key={cycle.start} value={cycle.start}>{label(cycle)}</option>)}
        {unknown && <option value={value}>{value} (no longer held)</option>}
      </select>
      <span className="c9-muted" id="c9-cycle-help">
        {load.state === 'loading' ? 'Loading the cycles…'
          : unknown ? 'This cycle is no longer held: choose another.'
            : previous.length === 0 ? 'Previous cycles appear here once a new audit programme replaces the current one.'
              : 'The current cycle follows the audit programme; a previous cycle shows its months as last recorded.'}
      </span>
      {load.state === 'error' && <ErrorState error={load.error} />}
    </div>
  );
}
