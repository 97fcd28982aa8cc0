// The coverage gadget's answer, from the read models only (no Jira call): the rows in the configured scope
// (clauses and/or control themes) with their gap state as of the last rebuild, grouped by theme or by gap class,
// and each row's month cells in the chosen audit cycle (the current one unless another is configured).
import type { CoverageGadgetConfiguration, CoverageScope } from '../contracts/gadget-configuration';
import { COVERAGE_SCOPES } from '../contracts/gadget-configuration';
import type { CoverageCycle, CoverageGadgetView, CoverageModel, CoverageRow, GridRowEntry } from '../contracts/gadget-views';
import { cycleMonths } from '../domain/audit-programme/audit-cycle';
import { COVERAGE_GAPS, type CoverageGap } from '../domain/coverage-gap';
import { AppError } from './app-error';

export interface CoverageGadgetPorts {
  readonly readCoverage: () => Promise<CoverageModel | null>;
  /** The cycles whose grids are held, newest start first. */
  readonly readCycles: () => Promise<readonly CoverageCycle[]>;
  /** The grid rows (by row id) of the cycle starting in that month. */
  readonly readCycleGrid: (cycleStart: string) => Promise<ReadonlyMap<string, GridRowEntry>>;
}

function countGaps(rows: readonly CoverageRow[]): Record<CoverageGap, number> {
  const counts: Record<CoverageGap, number> = { failing: 0, uncovered: 0, stale: 0, ok: 0 };
  for (const row of rows) counts[row.gap] += 1;
  return counts;
}

/** The configured cycle, else the one the coverage rows were computed for, else the newest held. */
function chosenCycle(cycles: readonly CoverageCycle[], current: string | null, configured: string | undefined): CoverageCycle | null {
  if (configured !== undefined) {
    const found = cycles.find((cycle) => cycle.start === configured);
    if (found !== undefined) return found;
    const held = cycles.map((cycle) => cycle.start).join(', ');
    throw new AppError('NOT_FOUND', `cycle: no coverage record for an audit cycle starting ${configured}${held === '' ? '' : `; choose one of ${held}`}. Edit the gadget and choose a cycle.`, 'configuration.cycle');
  }
  return cycles.find((cycle) => cycle.start === current) ?? cycles[0] ?? null;
}

export async function readCoverageGadget(
  ports: CoverageGadgetPorts,
  request: { readonly projectKey: string; readonly today: string; readonly configuration: CoverageGadgetConfiguration },
): Promise<CoverageGadgetView> {
  const [model, cycles] = await Promise.all([ports.readCoverage(), ports.readCycles()]);
  const currentCycleStart = model?.cycleStart ?? null;
  const cycle = chosenCycle(cycles, currentCycleStart, request.configuration.cycle);
  const grid = cycle === null ? new Map<string, GridRowEntry>() : await ports.readCycleGrid(cycle.start);
  const scope = new Set<CoverageScope>(request.configuration.scope ?? COVERAGE_SCOPES);
  const rows = (model?.rows ?? []).filter((row) => scope.has(row.theme)).map((row) => ({ ...row, cells: grid.get(row.id)?.cells ?? [] }));
  const grouping = request.configuration.grouping ?? 'theme';
  const groups =
    grouping === 'theme'
      ? COVERAGE_SCOPES.filter((theme) => scope.has(theme)).map((theme) => {
          const inTheme = rows.filter((row) => row.theme === theme);
          return { name: theme, rows: inTheme.length, gaps: countGaps(inTheme) };
        })
      : COVERAGE_GAPS.map((gap) => {
          const withGap = rows.filter((row) => row.gap === gap);
          return { name: gap, rows: withGap.length, gaps: countGaps(withGap) };
        });
  return {
    projectKey: request.projectKey,
    computedAt: model?.computedAt ?? null,
    today: request.today,
    rows,
    groups,
    cycle,
    currentCycleStart,
    months: cycle === null ? [] : cycleMonths(cycle),
    cycles: [...cycles],
  };
}
