// Jira answers 429 (with Retry-After) when the app's points budget is spent, and 5xx or time-outs on a bad day.
// Long jobs (the sweep) wrap their requester in this so they wait and resume instead of failing; UI resolvers
// keep a short deadline so a user is told "try again" rather than left waiting past Forge's 25 s limit.
import type { JiraRequester } from './jira-requester';

export interface RetryPolicy {
  readonly maxAttempts: number;
  /** Give up (return the last response) once waiting would pass this many ms from the first attempt. */
  readonly deadlineMs: number;
  readonly baseDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly clock: () => number;
}

export const UI_RETRY_POLICY: Omit<RetryPolicy, 'sleep' | 'clock'> = { maxAttempts: 2, deadlineMs: 5_000, baseDelayMs: 250 };
export const JOB_RETRY_POLICY: Omit<RetryPolicy, 'sleep' | 'clock'> = { maxAttempts: 6, deadlineMs: 120_000, baseDelayMs: 500 };

export function realTimers(): Pick<RetryPolicy, 'sleep' | 'clock'> {
  return { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), clock: () => Date.now() };
}

function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function isRetryable(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504 || status === 500;
}

/** Retries 429/5xx (honouring Retry-After) and thrown network errors, within the policy's attempts and deadline. */
export function retryingRequester(inner: JiraRequester, policy: RetryPolicy): JiraRequester {
  return async (path, init) => {
    const started = policy.clock();
    for (let attempt = 1; ; attempt += 1) {
      let waitMs: number;
      try {
        const response = await inner(path, init);
        if (!isRetryable(response.status) || attempt >= policy.maxAttempts) return response;
        waitMs = retryAfterMs(response.headers.get('retry-after')) ?? policy.baseDelayMs * 2 ** (attempt - 1);
        if (policy.clock() + waitMs - started > policy.deadlineMs) return response;
      } catch (error) {
        waitMs = policy.baseDelayMs * 2 ** (attempt - 1);
        if (attempt >= policy.maxAttempts || policy.clock() + waitMs - started > policy.deadlineMs) throw error;
      }
      await policy.sleep(waitMs);
    }
  };
}
