// The public contract of the local Forge runtime host (others code against these names).
import type { InvocationRecord } from './host/invoke-function';
import type { ProductEvent } from './host/product-event-delivery';
import type { PushedEvent } from './host/queue-broker';
import type { KvsStore } from './kvs/kvs-store';

export interface ForgeHostOptions {
  readonly manifestPath: string;
  /** The module exporting the manifest handlers, e.g. () => import('../../src/index'). Loaded after the runtime is installed. */
  readonly loadApp: () => Promise<Record<string, unknown>>;
  readonly jiraUrl: string;
  /** Directory for kvs.sqlite, or ':memory:'. */
  readonly dataDir: string;
  readonly cloudId?: string;
  /** Defaults to jiraUrl. */
  readonly siteUrl?: string;
  /** Base of the host clock (scheduled triggers, queue delays, KVS timestamps and TTL); advanceClock adds to it. */
  readonly now?: () => Date;
  /** Port of the web-trigger server on 127.0.0.1 (default: any free port). */
  readonly webTriggerPort?: number;
  /** The app's own Jira account (for trigger filter.ignoreSelf); default `557058:<uuid from app id>`. */
  readonly appAccountId?: string;
  /** 'auto' (default) delivers pushed queue events right after the push; 'manual' waits for runQueues()/advanceClock. */
  readonly queueDelivery?: 'auto' | 'manual';
  /** When set, due scheduled triggers and queue events fire on their own every N ms (for `npm start`). */
  readonly tickIntervalMs?: number;
  /** Multiplies every platform timeout (tests use e.g. 0.001 to see a 25 s resolver timeout in 25 ms). */
  readonly timeoutScale?: number;
  readonly locale?: string;
  readonly timezone?: string;
  /** Receives failures of fire-and-forget invocations (default: console.error). */
  readonly report?: (message: string) => void;
}

export interface ResolverInvocation {
  readonly moduleKey: string;
  /** The resolver key passed to invoke(), e.g. 'admin/status'. */
  readonly functionKey: string;
  readonly payload?: unknown;
  readonly accountId: string;
  /** Module-specific context merged over { type: <module type> } (gadgetConfiguration, issue, project…). */
  readonly extension?: Record<string, unknown>;
  readonly localId?: string;
}

export interface ForgeHost {
  invokeResolver(call: ResolverInvocation): Promise<unknown>;
  runScheduledTrigger(moduleKey: string): Promise<unknown>;
  /** Moves the host clock forward, firing due scheduled triggers and queue events in time order. */
  advanceClock(ms: number): Promise<void>;
  deliverProductEvent(event: ProductEvent): Promise<void>;
  webTriggerUrl(moduleKey: string): string;
  callAutomationAction(actionKey: string, inputs: Record<string, unknown>, accountId: string): Promise<unknown>;
  /** Every event pushed to an @forge/events queue, in push order. */
  pushedEvents(): readonly PushedEvent[];
  /** Delivers every queue event due now (including events pushed by the consumers themselves). */
  runQueues(): Promise<void>;
  readonly kvsStore: KvsStore;
  readonly appAccountId: string;
  now(): Date;
  invocations(): readonly InvocationRecord[];
  close(): Promise<void>;
}
