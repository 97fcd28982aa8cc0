// Date-time fields (created, updated, resolved, datetime custom fields) compare at minute granularity: JQL literals
// have minutes, so `created = "2026-11-02 09:30"` matches anything created in that minute, and `<=` agrees with `=`.
// Values stay ISO strings. Canonical UTC ones ("…Z", "…+0000", "…+00:00", what the store writes) are compared as
// strings against the minute's bounds, which avoids parsing 100,000 dates per clause; other offsets are parsed.
import { dateOperand, type Domain, type DomainEnv } from './domains';
import type { Relation, Test } from './operators';

// Hot-path built-ins as module constants: a global lookup per issue is slow in sandboxes such as Jest's vm contexts.
const { parse: parseDate } = Date;
const { floor } = Math;

const MINUTE = 60_000;

function isCanonicalUtc(value: string): boolean {
  return (
    value.length >= 17 &&
    value.charCodeAt(4) === 45 && // '-'
    value.charCodeAt(10) === 84 && // 'T'
    (value.endsWith('Z') || value.endsWith('+0000') || value.endsWith('+00:00'))
  );
}

const minuteOf = (value: string) => floor(parseDate(value) / MINUTE); // NaN for garbage: every test fails

/** 'YYYY-MM-DDTHH:mm' of a minute: every canonical instant in that minute sorts at or after it, before the next. */
const boundOf = (minute: number) => new Date(minute * MINUTE).toISOString().slice(0, 16);

function relationTest(operator: Relation, minute: number): Test<string> {
  const start = boundOf(minute);
  const next = boundOf(minute + 1);
  switch (operator) {
    case '<':
      return (value) => (isCanonicalUtc(value) ? value < start : minuteOf(value) < minute);
    case '<=':
      return (value) => (isCanonicalUtc(value) ? value < next : minuteOf(value) <= minute);
    case '>':
      return (value) => (isCanonicalUtc(value) ? value >= next : minuteOf(value) > minute);
    case '>=':
      return (value) => (isCanonicalUtc(value) ? value >= start : minuteOf(value) >= minute);
  }
}

export function datetimeDomain(env: DomainEnv): Domain<string, number> {
  return {
    resolve: (item) => {
      const values = dateOperand(item, env);
      return values === 'empty' ? values : values.map((value) => Math.floor(value.instant / MINUTE));
    },
    equals: (operands) => {
      const minutes = new Set(operands);
      const ranges = operands.map((minute) => [boundOf(minute), boundOf(minute + 1)] as const);
      return (value) =>
        isCanonicalUtc(value) ? ranges.some(([start, next]) => value >= start && value < next) : minutes.has(minuteOf(value));
    },
    relation: relationTest,
  };
}
