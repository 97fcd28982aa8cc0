// Management needs trends, not single values (9.3.2 d). For the counts in a review pack a trend compares the latest
// period with the one before — simple enough to explain in the meeting — and reads the change against which way is
// good for the measure, in the KPI module's vocabulary (improving / worsening / flat).
import type { TrendDirection } from '../kpi';

export type ChangeDirection = 'up' | 'down' | 'flat' | 'insufficient_data';
/** Fewer nonconformities opened is better; more corrective actions closed is better. */
export type BetterWhen = 'higher' | 'lower';

export interface PeriodTrend {
  readonly latest: number | null;
  readonly previous: number | null;
  readonly change: ChangeDirection;
  readonly direction: TrendDirection;
}

/** The trend of a series ordered oldest first; `null` values (nothing measured) do not count as periods. */
export function periodTrend(series: readonly (number | null)[], betterWhen: BetterWhen): PeriodTrend {
  const measured = series.filter((value): value is number => value !== null);
  const latest = measured.at(-1) ?? null;
  const previous = measured.at(-2) ?? null;
  if (latest === null || previous === null) return { latest, previous, change: 'insufficient_data', direction: 'insufficient_data' };
  if (latest === previous) return { latest, previous, change: 'flat', direction: 'flat' };
  const change: ChangeDirection = latest > previous ? 'up' : 'down';
  const improving = (change === 'up') === (betterWhen === 'higher');
  return { latest, previous, change, direction: improving ? 'improving' : 'worsening' };
}
