// One figure a benchmark prints: `npm run bench` collects them into a table.
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
}
