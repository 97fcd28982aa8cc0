// Jira's points-based hourly quota: a GET costs 1 point + 1 per object returned, a write costs 1. Over budget,
// Jira answers 429 with Retry-After (seconds) and X-RateLimit-* headers until the hour's window resets.

const windowMs = 3_600_000;

export type BudgetCheck = { readonly ok: true } | { readonly ok: false; readonly headers: Readonly<Record<string, string>> };

export class PointsBudget {
  private windowStart: number | undefined;
  private used = 0;

  constructor(
    private readonly now: () => Date,
    private limit: number | undefined,
  ) {}

  get pointsPerHour(): number | undefined {
    return this.limit;
  }

  /** Sets (or removes) the budget and starts a fresh window. */
  setLimit(limit: number | undefined): void {
    this.limit = limit;
    this.windowStart = undefined;
    this.used = 0;
  }

  check(): BudgetCheck {
    if (this.limit === undefined) return { ok: true };
    this.roll();
    if (this.used < this.limit) return { ok: true };
    const resetAt = (this.windowStart ?? this.now().getTime()) + windowMs;
    const retryAfter = Math.max(1, Math.ceil((resetAt - this.now().getTime()) / 1000));
    return {
      ok: false,
      headers: {
        ...this.headers(),
        'Retry-After': String(retryAfter),
        'X-RateLimit-Reset': new Date(resetAt).toISOString().slice(0, 16) + 'Z',
        'RateLimit-Reason': 'jira-quota-global-based',
      },
    };
  }

  /** Records the cost of a handled request; returns the headers to attach to its response. */
  charge(points: number): Record<string, string> {
    if (this.limit === undefined) return {};
    this.roll();
    this.used += points;
    return this.headers();
  }

  private roll(): void {
    const now = this.now().getTime();
    if (this.windowStart === undefined || now >= this.windowStart + windowMs) {
      this.windowStart = now;
      this.used = 0;
    }
  }

  private headers(): Record<string, string> {
    const limit = this.limit ?? 0;
    const remaining = Math.max(0, limit - this.used);
    return {
      'X-RateLimit-Limit': String(limit),
      'X-RateLimit-Remaining': String(remaining),
      'X-RateLimit-NearLimit': String(remaining < limit * 0.2),
      'Beta-RateLimit-Policy': `"global-app-quota";q=${limit};w=3600`,
    };
  }
}

/** POST operations that only read (search, counts, bulk fetch, parse, permission checks): Jira prices them as reads. */
const READ_ONLY_POSTS: ReadonlySet<string> = new Set([
  '/rest/api/3/search/jql',
  '/rest/api/3/search/approximate-count',
  '/rest/api/3/issue/bulkfetch',
  '/rest/api/3/jql/parse',
  '/rest/api/3/permissions/check',
]);

/** Cost of one request: writes cost 1; reads (GETs and read-only POSTs) cost 1 + the objects returned. */
export function pointsFor(method: string, objectCount: number, routeTemplate = ''): number {
  const isRead = method === 'GET' || (method === 'POST' && READ_ONLY_POSTS.has(routeTemplate));
  return isRead ? 1 + objectCount : 1;
}

/** Objects in a response body when the handler did not say: array length, `issues`/`values`/`keys` length, else 1. */
export function countObjects(body: unknown): number {
  if (body === undefined || body === null) return 0;
  if (Array.isArray(body)) return body.length;
  if (typeof body !== 'object') return 1;
  for (const key of ['issues', 'values', 'keys', 'transitions', 'issueLinkTypes'] as const) {
    const value = (body as Record<string, unknown>)[key];
    if (Array.isArray(value)) return value.length;
  }
  return 1;
}
