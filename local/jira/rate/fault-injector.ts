// Injected faults for resilience tests: the next N requests matching a rule are delayed and/or answered with a 5xx.

export interface FaultRule {
  readonly method?: string;
  /** A path (`/rest/api/3/issue/ISMS-1`), an OpenAPI template (`/rest/api/3/issue/{issueIdOrKey}`) or a RegExp. */
  readonly path?: string | RegExp;
  readonly operationId?: string;
  /** 500–599: answer with this status instead of handling the request. Omit for latency only. */
  readonly status?: number;
  readonly latencyMs?: number;
  /** How many matching requests the rule applies to (default 1; Infinity for all). */
  readonly times?: number;
}

export interface FaultPlan {
  readonly rules: readonly FaultRule[];
}

export interface FaultDecision {
  readonly latencyMs: number;
  readonly status: number | undefined;
}

export class FaultInjector {
  private rules: { rule: FaultRule; remaining: number }[] = [];

  set(plan: FaultPlan | undefined): void {
    for (const rule of plan?.rules ?? []) {
      if (rule.status !== undefined && (rule.status < 500 || rule.status > 599)) throw new Error(`fault status must be 5xx, got ${rule.status}`);
    }
    this.rules = (plan?.rules ?? []).map((rule) => ({ rule, remaining: rule.times ?? 1 }));
  }

  /** Consumes the first matching rule, if any. */
  take(method: string, path: string, template: string | undefined, operationId: string | undefined): FaultDecision | undefined {
    const slot = this.rules.find(({ rule, remaining }) => remaining > 0 && matches(rule, method, path, template, operationId));
    if (slot === undefined) return undefined;
    slot.remaining -= 1;
    return { latencyMs: slot.rule.latencyMs ?? 0, status: slot.rule.status };
  }
}

function matches(rule: FaultRule, method: string, path: string, template: string | undefined, operationId: string | undefined): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== method) return false;
  if (rule.operationId !== undefined && rule.operationId !== operationId) return false;
  if (rule.path instanceof RegExp) return rule.path.test(path);
  if (rule.path !== undefined) return rule.path === path || rule.path === template;
  return true;
}
