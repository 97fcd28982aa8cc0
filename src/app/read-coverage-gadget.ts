// The coverage gadget's answer, from the coverage read model only (no Jira call): the rows in the configured scope
// (clauses and/or control themes), grouped by theme or by gap class with a count per gap.
import type { CoverageGadgetConfiguration, CoverageScope } from '../contracts/gadget-configuration';
import { COVERAGE_SCOPES } from '../contracts/gadget-configuration';
import type { CoverageGadgetView, CoverageModel, CoverageRow } from '../contracts/gadget-views';
import { COVERAGE_GAPS, type CoverageGap } from '../domain/coverage-gap';

export interface CoverageGadgetPorts {
  readonly readCoverage: () => Promise<CoverageModel | null>;
}

function countGaps(rows: readonly CoverageRow[]): Record<CoverageGap, number> {
  const counts: Record<CoverageGap, number> = { failing: 0, uncovered: 0, stale: 0, ok: 0 };
  for (const row of rows) counts[row.gap] += 1;
  return counts;
}

export async function readCoverageGadget(
  ports: CoverageGadgetPorts,
  request: { readonly projectKey: string; readonly today: string; readonly configuration: CoverageGadgetConfiguration },
): Promise<CoverageGadgetView> {
  const model = await ports.readCoverage();
  const scope = new Set<CoverageScope>(request.configuration.scope ?? COVERAGE_SCOPES);
  const rows = (model?.rows ?? []).filter((row) => scope.has(row.theme));
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
  return { projectKey: request.projectKey, computedAt: model?.computedAt ?? null, today: request.today, rows, groups };
}
