// How KPI values read everywhere (gadget, KPI page, chart summaries): at most two decimals, the unit after a space
// unless it is "%". One place, so the dashboard and the KPI page never disagree on a figure.

/** Up to two decimals, without trailing zeros: 2, 4.25, 83.33. */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** "83.33%" for a percentage, "3 incidents" otherwise; "no data" for a gap. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return 'no data';
  const number = formatNumber(value);
  return unit === '%' ? `${number}%` : unit === '' ? number : `${number} ${unit}`;
}
