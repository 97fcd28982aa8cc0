// Request counters for tests and benchmarks: how many requests, how many points, per route template.

export interface StandInStats {
  readonly requests: number;
  readonly points: number;
  readonly byRoute: Record<string, number>;
}

export class RequestStats {
  private requests = 0;
  private points = 0;
  private byRoute = new Map<string, number>();

  record(route: string, points: number): void {
    this.requests += 1;
    this.points += points;
    this.byRoute.set(route, (this.byRoute.get(route) ?? 0) + 1);
  }

  snapshot(): StandInStats {
    return { requests: this.requests, points: this.points, byRoute: Object.fromEntries(this.byRoute) };
  }

  reset(): void {
    this.requests = 0;
    this.points = 0;
    this.byRoute = new Map();
  }
}
