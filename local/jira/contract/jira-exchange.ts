// One HTTP request/response pair as the stand-in handled it: what contract checks and recordings consume.

export interface JiraExchange {
  readonly method: string;
  /** Path without the query string, as sent (percent-encoded). */
  readonly path: string;
  readonly query: Readonly<Record<string, readonly string[]>>;
  readonly requestHeaders: Readonly<Record<string, string>>;
  /** Parsed JSON body, the raw text when it was not JSON, undefined when empty. */
  readonly requestBody: unknown;
  readonly status: number;
  readonly responseHeaders: Readonly<Record<string, string>>;
  /** Parsed JSON body, undefined when empty. */
  readonly responseBody: unknown;
  /** The OpenAPI operation the path matched, when any. */
  readonly operationId?: string;
  readonly template?: string;
  readonly durationMs: number;
}

export type ExchangeListener = (exchange: JiraExchange) => void;
